/**
 * Automatic stock-and-flow layout, for models without a view. Stocks linked by flows form
 * chains; each chain is a row, its stocks in flow order (column = longest flow path from the
 * chain's sources). Flows sit between their stocks (a pipe below the row when they run
 * backwards or skip a column); a flow with an open end gets a cloud. Auxiliaries start near
 * what they feed (or what feeds them) and are relaxed by a seeded d3-force simulation with
 * stocks and valves fixed, then kept apart by overlap removal.
 */
import { forceCollide, forceLink, forceSimulation, type SimulationNodeDatum } from "d3-force";
import { randomLcg } from "d3-random";
import type { Model, ViewPoint } from "../../model/types.js";
import type { LabelBox } from "../cld/label-box.js";
import { removeOverlaps } from "../cld/remove-overlaps.js";
import { textWidth } from "../svg/text-width.js";
import type { ModelLink } from "./model-links.js";
import { type FlowPlace, type SfLayout, STOCK_SIZE, type StockPlace } from "./sf-layout.js";

const COLUMN = 240;
const ROW = 230;
const CLOUD = 150;

interface Ends {
  from?: string;
  to?: string;
}

function flowEnds(model: Model): Map<string, Ends> {
  const ends = new Map<string, Ends>();
  for (const v of model.variables) if (v.kind === "flow") ends.set(v.id, {});
  for (const v of model.variables) {
    if (v.kind !== "stock") continue;
    for (const f of v.outflows) if (ends.has(f)) ends.get(f)!.from = v.id;
    for (const f of v.inflows) if (ends.has(f)) ends.get(f)!.to = v.id;
  }
  return ends;
}

/** Rows of stock chains with each stock's column. */
function placeStocks(model: Model, ends: Map<string, Ends>): Map<string, StockPlace> {
  const stocks = model.variables.filter((v) => v.kind === "stock").map((v) => v.id);
  const next = new Map(stocks.map((s) => [s, [] as string[]]));
  const neighbours = new Map(stocks.map((s) => [s, new Set<string>()]));
  for (const e of ends.values()) {
    if (e.from === undefined || e.to === undefined || e.from === e.to) continue;
    next.get(e.from)!.push(e.to);
    neighbours.get(e.from)!.add(e.to);
    neighbours.get(e.to)!.add(e.from);
  }
  const places = new Map<string, StockPlace>();
  const seen = new Set<string>();
  let row = 0;
  for (const start of stocks) {
    if (seen.has(start)) continue;
    const chain: string[] = [];
    const queue = [start];
    seen.add(start);
    while (queue.length > 0) {
      const s = queue.shift()!;
      chain.push(s);
      for (const n of neighbours.get(s)!) {
        if (seen.has(n)) continue;
        seen.add(n);
        queue.push(n);
      }
    }
    // column: longest path from a source of the chain, following flows, visiting each stock once
    const column = new Map(chain.map((s) => [s, 0]));
    const hasInflow = new Set(chain.flatMap((s) => next.get(s)!));
    const sources = chain.filter((s) => !hasInflow.has(s));
    const order = sources.length > 0 ? sources : [chain[0]!];
    for (const source of order) {
      const stack: [string, number, Set<string>][] = [[source, 0, new Set([source])]];
      while (stack.length > 0) {
        const [s, depth, path] = stack.pop()!;
        if (depth > column.get(s)!) column.set(s, depth);
        if (depth > chain.length) continue;
        for (const n of next.get(s)!)
          if (!path.has(n)) stack.push([n, depth + 1, new Set([...path, n])]);
      }
    }
    // stocks sharing a column in a chain stack vertically within the row
    const used = new Map<number, number>();
    for (const s of chain) {
      const col = column.get(s)!;
      const k = used.get(col) ?? 0;
      used.set(col, k + 1);
      places.set(s, { x: col * COLUMN, y: row * ROW + k * 120, ...STOCK_SIZE });
    }
    row += 1 + Math.max(0, ...[...used.values()].map((n) => n - 1)) * 0.6;
  }
  return places;
}

function placeFlows(
  ends: Map<string, Ends>,
  stocks: Map<string, StockPlace>,
): { flows: Map<string, FlowPlace>; clouds: ViewPoint[]; loose: string[] } {
  const flows = new Map<string, FlowPlace>();
  const clouds: ViewPoint[] = [];
  const loose: string[] = [];
  const slots = new Map<string, number>();
  const slot = (key: string) => {
    const n = slots.get(key) ?? 0;
    slots.set(key, n + 1);
    return n === 0 ? 0 : (n % 2 === 1 ? 1 : -1) * Math.ceil(n / 2) * 60;
  };
  for (const [flow, e] of ends) {
    const a = e.from === undefined ? undefined : stocks.get(e.from);
    const b = e.to === undefined ? undefined : stocks.get(e.to);
    if (a && b && e.from !== e.to) {
      const straight = Math.abs(a.y - b.y) < 1 && b.x - a.x === COLUMN;
      if (straight) {
        const pipe = [
          { x: a.x + a.width / 2, y: a.y },
          { x: b.x - b.width / 2, y: b.y },
        ];
        flows.set(flow, { valve: { x: (a.x + b.x) / 2, y: a.y }, pipe });
      } else {
        const low =
          Math.max(a.y + a.height / 2, b.y + b.height / 2) + 40 + slot(`below:${e.from}`) / 3;
        const pipe = [
          { x: a.x, y: a.y + a.height / 2 },
          { x: a.x, y: low },
          { x: b.x, y: low },
          { x: b.x, y: b.y + b.height / 2 },
        ];
        flows.set(flow, { valve: { x: (a.x + b.x) / 2, y: low }, pipe });
      }
    } else if (b) {
      const dy = slot(`in:${e.to}`);
      const cloud = { x: b.x - CLOUD, y: b.y + dy };
      clouds.push(cloud);
      flows.set(flow, {
        valve: { x: b.x - CLOUD / 2 - 10, y: b.y + dy },
        pipe: [cloud, { x: b.x - b.width / 2, y: b.y + dy * 0.3 }],
      });
    } else if (a) {
      const dy = slot(`out:${e.from}`);
      const cloud = { x: a.x + CLOUD, y: a.y + dy };
      clouds.push(cloud);
      flows.set(flow, {
        valve: { x: a.x + CLOUD / 2 + 10, y: a.y + dy },
        pipe: [{ x: a.x + a.width / 2, y: a.y + dy * 0.3 }, cloud],
      });
    } else {
      loose.push(flow);
    }
  }
  return { flows, clouds, loose };
}

interface AuxNode extends SimulationNodeDatum {
  readonly id: string;
  readonly radius: number;
}

/** Lay out a model without a view; `seed` fixes the force relaxation. */
export function autoLayout(model: Model, links: readonly ModelLink[], seed: number): SfLayout {
  const ends = flowEnds(model);
  const stocks = placeStocks(model, ends);
  const { flows, clouds, loose } = placeFlows(ends, stocks);
  const fixed = new Map<string, ViewPoint>([...stocks].map(([id, p]) => [id, { x: p.x, y: p.y }]));
  for (const [id, f] of flows) fixed.set(id, f.valve);
  const auxIds = [
    ...model.variables.filter((v) => v.kind !== "stock" && v.kind !== "flow").map((v) => v.id),
    ...loose,
  ];
  const maxY = Math.max(0, ...[...fixed.values()].map((p) => p.y));
  const random = randomLcg((Math.abs(seed) % 1e9) / 1e9);
  const nodes: AuxNode[] = [];
  const index = new Map<string, number>();
  const all = [...fixed.keys(), ...auxIds];
  all.forEach((id, i) => {
    const isFixed = fixed.has(id);
    const p = fixed.get(id);
    const name = model.variables.find((v) => v.id === id)?.name ?? id;
    index.set(id, i);
    nodes.push({
      id,
      radius: isFixed && stocks.has(id) ? 55 : Math.max(22, textWidth(name, 11) / 2 + 6),
      ...(p ? { x: p.x, y: p.y, fx: p.x, fy: p.y } : {}),
    });
  });
  // start each auxiliary above what it feeds, else below what feeds it, else on a spare row
  auxIds.forEach((id, k) => {
    const targets = links
      .filter((l) => l.from === id && fixed.has(l.to))
      .map((l) => fixed.get(l.to)!);
    const sources = links
      .filter((l) => l.to === id && fixed.has(l.from))
      .map((l) => fixed.get(l.from)!);
    const near = targets.length > 0 ? targets : sources;
    const node = nodes[index.get(id)!]!;
    if (near.length > 0) {
      node.x = near.reduce((s, p) => s + p.x, 0) / near.length + (random() - 0.5) * 40;
      node.y = near.reduce((s, p) => s + p.y, 0) / near.length + (targets.length > 0 ? -95 : 95);
    } else {
      node.x = (k % 5) * 140;
      node.y = maxY + 160 + Math.floor(k / 5) * 80;
    }
  });
  const simLinks = links
    .filter((l) => index.has(l.from) && index.has(l.to) && l.from !== l.to)
    .map((l) => ({ source: index.get(l.from)!, target: index.get(l.to)! }));
  forceSimulation(nodes)
    .randomSource(random)
    .force("link", forceLink(simLinks).distance(110).strength(0.08))
    .force("collide", forceCollide<AuxNode>((n) => n.radius).strength(0.9))
    .stop()
    .tick(200);
  const boxes: LabelBox[] = auxIds.map((id) => {
    const n = nodes[index.get(id)!]!;
    return { id, lines: [], x: n.x ?? 0, y: n.y ?? 0, width: 2 * n.radius, height: 34 };
  });
  removeOverlaps(boxes, 6);
  return {
    stocks,
    flows,
    nodes: new Map(boxes.map((b) => [b.id, { x: b.x, y: b.y }])),
    clouds,
    angles: new Map(),
  };
}
