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
import { type Movable, placeMovables } from "./place-movables.js";
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
/** Room around an auxiliary's circle and label. */
const AUX_PAD = 5;

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
  const chains = stockChains(model).map((c) => {
    const row = chainRow(c, stockSize, symbolSize);
    return { row, box: extent(row.taken), small: c.stocks.length <= 1 };
  });
  // chains of two stocks or more are rows; a lone stock with its clouds moves like an auxiliary
  const rows = chains.filter((c) => !c.small);
  const page = Math.max(ROWS_PAGE_WIDTH, ...chains.map((r) => r.box.x1 - r.box.x0));
  const stocks = new Map<string, StockPlace>();
  const flows = new Map<string, FlowPlace>();
  const clouds: ViewPoint[] = [];
  const taken: Area[] = [];
  const put = (row: ChainRow, dx: number, dy: number) => {
    const move = (p: ViewPoint) => ({ x: p.x + dx, y: p.y + dy });
    for (const [id, s] of row.stocks) stocks.set(id, { ...s, ...move(s), dimensions: "inside" });
    for (const [id, f] of row.flows) {
      flows.set(id, { ...f, valve: move(f.valve), pipe: f.pipe.map(move) });
    }
    clouds.push(...row.clouds.map(move));
  };
  // shelves: rows left to right while they fit the page, each shelf centred
  let y = rows.length > 0 ? BAND : 0;
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
      put(row, x - box.x0, y - box.y0);
      taken.push(...row.taken.map((a) => shift(a, x - box.x0, y - box.y0)));
      x += box.x1 - box.x0 + SHELF_GAP;
    }
    y += height + BAND;
  }
  const contentBottom = Math.max(1, y - BAND);
  // the auxiliaries and the small chains, beside what they read and feed
  const neighbours = new Map<string, string[]>();
  for (const l of links) {
    neighbours.set(l.from, [...(neighbours.get(l.from) ?? []), l.to]);
    neighbours.set(l.to, [...(neighbours.get(l.to) ?? []), l.from]);
  }
  const fixed = new Map<string, ViewPoint>([
    ...[...stocks].map(([id, s]) => [id, { x: s.x, y: s.y }] as const),
    ...[...flows].map(([id, f]) => [id, f.valve] as const),
  ]);
  const small = chains.filter((c) => c.small);
  const inSmall = new Set(small.flatMap((c) => [...c.row.stocks.keys(), ...c.row.flows.keys()]));
  const auxiliaries = model.variables
    .filter((v) => !parts.hidden.has(v.id) && v.kind !== "stock" && !flows.has(v.id))
    .filter((v) => !inSmall.has(v.id))
    .map((v): Movable => {
      const z = symbolSize(v.id);
      return {
        id: v.id,
        members: new Map([[v.id, { x: 0, y: 0 }]]),
        areas: [
          {
            x0: -z.width / 2 - AUX_PAD,
            y0: -z.centre - AUX_PAD,
            x1: z.width / 2 + AUX_PAD,
            y1: z.height - z.centre + AUX_PAD,
          },
        ],
      };
    });
  const chainsMoved = small.map(
    ({ row }, i): Movable => ({
      id: `\u0000chain${i}`,
      members: new Map([
        ...[...row.stocks].map(([id, s]) => [id, { x: s.x, y: s.y }] as const),
        ...[...row.flows].map(([id, f]) => [id, f.valve] as const),
      ]),
      areas: row.taken,
    }),
  );
  const widest = Math.max(0, ...auxiliaries.map((m) => m.areas[0]!.x1 - m.areas[0]!.x0));
  const placed = placeMovables({
    movables: [...auxiliaries, ...chainsMoved],
    neighbours: (id) => neighbours.get(id) ?? [],
    fixed,
    taken,
    page: { x0: 0, y0: 0, x1: Math.max(page, widest + 20), y1: contentBottom },
  });
  for (const [i, { row }] of small.entries()) {
    const p = placed.at.get(`\u0000chain${i}`)!;
    put(row, p.x, p.y);
  }
  const nodes = new Map(auxiliaries.map((m) => [m.id, placed.at.get(m.id)!]));
  // connectors around every symbol and every label but their own ends', across pipes as little
  // as they can
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
      label: labelArea(f.valve, parts.label(id)),
    })),
    ...[...nodes].map(([id, p]) => ({
      id,
      centre: p,
      area: areaOf(p.x, p.y, 2 * AUX_RADIUS, 2 * AUX_RADIUS),
      label: labelArea(p, parts.label(id)),
    })),
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
    pipes,
    bounds: { x0: all.x0 - 20, y0: all.y0 - 20, x1: all.x1 + 20, y1: all.y1 + 20 },
  });
  const connectors = new Map<string, ConnectorRoute>();
  for (const l of links) {
    const key = connectorKey(l.from, l.to);
    if (connectors.has(key)) continue;
    const routed = router.route(l.from, l.to);
    if (routed !== undefined) connectors.set(key, routed);
  }
  return { stocks, flows, nodes, clouds, angles: new Map(), connectors };
}
