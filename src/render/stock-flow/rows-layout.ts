/**
 * The dense rows layout of a stock-and-flow diagram without a view: each chain of stocks is a
 * row with straight pipes (`chain-row.ts`), rows stacked down an A4-landscape-wide page with
 * room between them, short chains side by side; then the auxiliaries go one by one to the free
 * spot nearest to what they read and feed (`place-auxiliaries.ts`), and connectors are routed
 * around every symbol (`route-connectors.ts`). Denser than ELK's layers, which give every
 * auxiliary a column of its own (docs/pictures.md, "Readability, measured").
 */
import type { Model, ViewPoint } from "../../model/types.js";
import { textWidth, wrapLabel } from "../svg/text-width.js";
import type { AutoLayoutParts } from "./auto-layout.js";
import { type ChainRow, chainRow, type StockSize, type ValveSize } from "./chain-row.js";
import { type Area, areaOf } from "./free-space.js";
import type { ModelLink } from "./model-links.js";
import { placeAuxiliaries } from "./place-auxiliaries.js";
import { connectorRouter, type Shape } from "./route-connectors.js";
import {
  type ConnectorRoute,
  connectorKey,
  type FlowPlace,
  type SfLayout,
  type StockPlace,
} from "./sf-layout.js";
import {
  AUX_RADIUS,
  LABEL_DROP,
  SF_LABEL_SIZE,
  SF_LINE,
  SF_WRAP,
  STACK_OFFSET,
  stockBoxInside,
  symbolBox,
} from "./sf-node-sizes.js";
import { stockChains } from "./stock-chains.js";

/** Width of the page the rows fill: A4 landscape at 1600 px, less the margins. */
export const ROWS_PAGE_WIDTH = 1540;
/** Room between rows, and above the first, for the auxiliaries. */
const BAND = 70;
const SHELF_GAP = 40;

function shift(a: Area, dx: number, dy: number): Area {
  return { x0: a.x0 + dx, y0: a.y0 + dy, x1: a.x1 + dx, y1: a.y1 + dy };
}

function extent(areas: readonly Area[]): Area {
  if (areas.length === 0) return { x0: 0, y0: 0, x1: 0, y1: 0 };
  return {
    x0: Math.min(...areas.map((a) => a.x0)),
    y0: Math.min(...areas.map((a) => a.y0)),
    x1: Math.max(...areas.map((a) => a.x1)),
    y1: Math.max(...areas.map((a) => a.y1)),
  };
}

/** The text of a symbol's label under its centre. */
function labelArea(p: ViewPoint, label: string): Area {
  const lines = wrapLabel(label, SF_WRAP);
  const width = Math.max(...lines.map((l) => textWidth(l, SF_LABEL_SIZE)));
  return {
    x0: p.x - width / 2,
    y0: p.y + LABEL_DROP - 0.8 * SF_LABEL_SIZE,
    x1: p.x + width / 2,
    y1: p.y + LABEL_DROP + (lines.length - 1) * SF_LINE + 0.2 * SF_LABEL_SIZE,
  };
}

/** Lay out a model without a view in dense rows (see the file comment). */
export function rowsLayout(
  model: Model,
  links: readonly ModelLink[],
  parts: AutoLayoutParts,
): SfLayout {
  const stockSize = (id: string): StockSize => {
    const dims = parts.dimensions(id);
    // dimension names inside the box keep the room under it free for pipes
    return {
      ...stockBoxInside(parts.label(id), dims),
      below: 0,
      stack: dims ? 2 * STACK_OFFSET : 0,
    };
  };
  const symbolSize = (id: string): ValveSize => symbolBox(parts.label(id));
  const rows: { row: ChainRow; box: Area }[] = stockChains(model).map((c) => {
    const row = chainRow(c, stockSize, symbolSize);
    return { row, box: extent(row.taken) };
  });
  const page = Math.max(ROWS_PAGE_WIDTH, ...rows.map((r) => r.box.x1 - r.box.x0));
  // shelves: rows left to right while they fit the page, each shelf centred
  const stocks = new Map<string, StockPlace>();
  const flows = new Map<string, FlowPlace>();
  const clouds: ViewPoint[] = [];
  const taken: Area[] = [];
  let y = BAND;
  for (let i = 0; i < rows.length; ) {
    const shelf = [rows[i]!];
    let width = rows[i]!.box.x1 - rows[i]!.box.x0;
    for (i++; i < rows.length; i++) {
      const w = rows[i]!.box.x1 - rows[i]!.box.x0;
      if (width + SHELF_GAP + w > page) break;
      shelf.push(rows[i]!);
      width += SHELF_GAP + w;
    }
    let x = (page - width) / 2;
    const height = Math.max(...shelf.map((r) => r.box.y1 - r.box.y0));
    for (const { row, box } of shelf) {
      const dx = x - box.x0;
      const dy = y - box.y0;
      const move = (p: ViewPoint) => ({ x: p.x + dx, y: p.y + dy });
      for (const [id, s] of row.stocks) {
        stocks.set(id, { ...s, ...move(s), dimensions: "inside" });
      }
      for (const [id, f] of row.flows) {
        flows.set(id, { ...f, valve: move(f.valve), pipe: f.pipe.map(move) });
      }
      clouds.push(...row.clouds.map(move));
      taken.push(...row.taken.map((a) => shift(a, dx, dy)));
      x += box.x1 - box.x0 + SHELF_GAP;
    }
    y += height + BAND;
  }
  const contentBottom = y - BAND;
  // the auxiliaries, beside what they read and feed
  const drawn = model.variables
    .filter((v) => !parts.hidden.has(v.id) && v.kind !== "stock" && !flows.has(v.id))
    .map((v) => v.id);
  const neighbours = new Map<string, string[]>();
  for (const l of links) {
    neighbours.set(l.from, [...(neighbours.get(l.from) ?? []), l.to]);
    neighbours.set(l.to, [...(neighbours.get(l.to) ?? []), l.from]);
  }
  const fixed = new Map<string, ViewPoint>([
    ...[...stocks].map(([id, s]) => [id, { x: s.x, y: s.y }] as const),
    ...[...flows].map(([id, f]) => [id, f.valve] as const),
  ]);
  const widest = Math.max(0, ...drawn.map((id) => symbolSize(id).width));
  const placed = placeAuxiliaries({
    ids: drawn,
    neighbours: (id) => neighbours.get(id) ?? [],
    size: symbolSize,
    fixed,
    taken,
    page: { x0: 0, y0: 0, x1: Math.max(page, widest + 20), y1: Math.max(contentBottom, 1) },
  });
  const nodes = placed.at;
  // connectors around every symbol, across labels and pipes as little as they can
  const shapes: Shape[] = [
    ...[...stocks].map(([id, s]) => {
      const stack = parts.dimensions(id) === undefined ? 0 : 2 * STACK_OFFSET;
      return {
        id,
        centre: { x: s.x, y: s.y },
        area: {
          x0: s.x - s.width / 2,
          y0: s.y - s.height / 2 - stack,
          x1: s.x + s.width / 2 + stack,
          y1: s.y + s.height / 2,
        },
      };
    }),
    ...[...flows].map(([id, f]) => ({
      id,
      centre: f.valve,
      area: areaOf(f.valve.x, f.valve.y, 17, 17),
    })),
    ...[...nodes].map(([id, p]) => ({
      id,
      centre: p,
      area: areaOf(p.x, p.y, 2 * AUX_RADIUS, 2 * AUX_RADIUS),
    })),
  ];
  const labels: Area[] = [
    ...[...flows].map(([id, f]) => labelArea(f.valve, parts.label(id))),
    ...[...nodes].map(([id, p]) => labelArea(p, parts.label(id))),
  ];
  const pipes = [...flows.values()].flatMap((f) =>
    f.pipe.slice(1).map((p, i) => {
      const q = f.pipe[i]!;
      return {
        x0: Math.min(p.x, q.x) - 4,
        y0: Math.min(p.y, q.y) - 4,
        x1: Math.max(p.x, q.x) + 4,
        y1: Math.max(p.y, q.y) + 4,
      };
    }),
  );
  const all = extent([...taken, ...placed.taken]);
  const router = connectorRouter({
    shapes,
    labels,
    pipes,
    bounds: { x0: all.x0 - 20, y0: all.y0 - 20, x1: all.x1 + 20, y1: all.y1 + 20 },
  });
  const connectors = new Map<string, ConnectorRoute>();
  for (const l of links) {
    const key = connectorKey(l.from, l.to);
    if (connectors.has(key)) continue;
    const points = router.route(l.from, l.to);
    if (points !== undefined) connectors.set(key, { points, cubic: false });
  }
  return { stocks, flows, nodes, clouds, angles: new Map(), connectors };
}
