/**
 * The dense rows layout of stock-and-flow diagrams (issue 16): chains as rows with straight
 * pipes, tracks under the row for pipes that turn back, auxiliaries in free spots, connectors
 * around every symbol. Checked on small inline models against plain geometric oracles.
 */
import { describe, expect, it } from "vitest";
import type { Model } from "../../src/model/types.js";
import { assignTracks } from "../../src/render/stock-flow/assign-tracks.js";
import { modelLinks } from "../../src/render/stock-flow/model-links.js";
import { connectorRouter, type Shape } from "../../src/render/stock-flow/route-connectors.js";
import { rowsLayout } from "../../src/render/stock-flow/rows-layout.js";
import type { SfLayout } from "../../src/render/stock-flow/sf-layout.js";
import { stockChains } from "../../src/render/stock-flow/stock-chains.js";

const stock = (id: string, inflows: string[], outflows: string[]) =>
  ({ kind: "stock", id, initial: "1", inflows, outflows }) as const;
const flow = (id: string, equation: string) => ({ kind: "flow", id, equation }) as const;

/** Victims: a main chain, a bypass to a second stock in the same column, and a relapse back. */
const victims: Model = {
  kind: "stock-flow",
  specs: { start: 0, stop: 1, dt: 1 },
  variables: [
    stock("risk", ["inflow"], ["recruit"]),
    stock("hidden", ["recruit", "relapse"], ["to_shelter", "to_care"]),
    stock("shelter", ["to_shelter"], ["leave_shelter"]),
    stock("care", ["to_care"], ["leave_care"]),
    stock("recovered", ["leave_shelter", "leave_care"], ["relapse"]),
    flow("inflow", "10"),
    flow("recruit", "risk * rate"),
    flow("to_shelter", "hidden / 4"),
    flow("to_care", "hidden / 4"),
    flow("leave_shelter", "shelter / 2"),
    flow("leave_care", "care / 2"),
    flow("relapse", "recovered * rate"),
    { kind: "aux", id: "rate", equation: "0.1" },
  ],
};

function layOut(model: Model): SfLayout {
  return rowsLayout(model, modelLinks(model), {
    label: (id) => id,
    dimensions: () => undefined,
    hidden: new Set(),
  });
}

/** Whether the polyline or Bézier chain (flattened) passes through the rectangle. */
function passesThrough(
  points: readonly { x: number; y: number }[],
  cubic: boolean,
  r: { x0: number; y0: number; x1: number; y1: number },
): boolean {
  const flat: { x: number; y: number }[] = [points[0]!];
  if (cubic) {
    for (let i = 0; i + 3 < points.length; i += 3) {
      const [p, c1, c2, q] = [points[i]!, points[i + 1]!, points[i + 2]!, points[i + 3]!];
      for (let k = 1; k <= 32; k++) {
        const t = k / 32;
        const u = 1 - t;
        flat.push({
          x: u ** 3 * p.x + 3 * u * u * t * c1.x + 3 * u * t * t * c2.x + t ** 3 * q.x,
          y: u ** 3 * p.y + 3 * u * u * t * c1.y + 3 * u * t * t * c2.y + t ** 3 * q.y,
        });
      }
    }
  } else flat.push(...points.slice(1));
  // sample every segment densely: the slow, obvious check
  return flat.slice(1).some((q, i) => {
    const p = flat[i]!;
    for (let k = 0; k <= 50; k++) {
      const x = p.x + ((q.x - p.x) * k) / 50;
      const y = p.y + ((q.y - p.y) * k) / 50;
      if (x > r.x0 && x < r.x1 && y > r.y0 && y < r.y1) return true;
    }
    return false;
  });
}

describe("stockChains", () => {
  it("puts stocks in columns along the pipes, a second stock of a column on a lane below", () => {
    const [chain] = stockChains(victims);
    expect(chain!.stocks).toHaveLength(5);
    const col = (s: string) => chain!.column.get(s);
    expect([col("risk"), col("hidden"), col("shelter"), col("recovered")]).toEqual([0, 1, 2, 3]);
    expect(col("care")).toBe(2);
    expect(chain!.lane.get("shelter")).toBe(0); // the first stock hidden feeds stays on the row
    expect(chain!.lane.get("care")).toBe(1);
  });
});

describe("assignTracks", () => {
  it("gives nested pipes nested tracks, the shorter nearer the row; disjoint ones share", () => {
    expect(
      assignTracks(
        [
          [0, 400],
          [0, 200],
          [300, 500],
        ],
        10,
      ),
    ).toEqual([1, 0, 0]);
    expect(
      assignTracks(
        [
          [0, 100],
          [200, 300],
        ],
        10,
      ),
    ).toEqual([0, 0]);
  });
});

describe("rowsLayout", () => {
  const layout = layOut(victims);
  const s = (id: string) => layout.stocks.get(id)!;

  it("draws the main chain as a row from left to right with straight pipes between", () => {
    const row = ["risk", "hidden", "shelter", "recovered"];
    for (const id of row) expect(s(id).y).toBe(s("risk").y);
    for (let i = 1; i < row.length; i++) expect(s(row[i]!).x).toBeGreaterThan(s(row[i - 1]!).x);
    const recruit = layout.flows.get("recruit")!;
    expect(recruit.pipe).toHaveLength(2);
    expect(recruit.pipe[0]!.y).toBe(recruit.pipe[1]!.y);
    expect(recruit.valve.x).toBeGreaterThan(s("risk").x + s("risk").width / 2);
    expect(recruit.valve.x).toBeLessThan(s("hidden").x - s("hidden").width / 2);
    expect(s("care").y).toBeGreaterThan(s("shelter").y);
    expect(s("care").x).toBe(s("shelter").x);
  });

  it("runs the relapse back along a track under the row, clear of every stock", () => {
    const pipe = layout.flows.get("relapse")!.pipe;
    const bottom = Math.max(...[...layout.stocks.values()].map((p) => p.y + p.height / 2));
    expect(Math.max(...pipe.map((p) => p.y))).toBeGreaterThan(bottom);
    for (const [id, p] of layout.stocks) {
      if (id === "recovered" || id === "hidden") continue;
      const box = {
        x0: p.x - p.width / 2,
        y0: p.y - p.height / 2,
        x1: p.x + p.width / 2,
        y1: p.y + p.height / 2,
      };
      expect(passesThrough(pipe, false, box), id).toBe(false);
    }
  });

  it("routes every connector clear of every symbol but its own two ends", () => {
    const boxes = [
      ...[...layout.stocks].map(([id, p]) => ({
        id,
        x0: p.x - p.width / 2,
        y0: p.y - p.height / 2,
        x1: p.x + p.width / 2,
        y1: p.y + p.height / 2,
      })),
      ...[...layout.flows].map(([id, f]) => ({
        id,
        x0: f.valve.x - 3,
        y0: f.valve.y - 3,
        x1: f.valve.x + 3,
        y1: f.valve.y + 3,
      })),
      ...[...layout.nodes].map(([id, p]) => ({
        id,
        x0: p.x - 9,
        y0: p.y - 9,
        x1: p.x + 9,
        y1: p.y + 9,
      })),
    ];
    const links = modelLinks(victims);
    expect(layout.connectors?.size).toBe(links.length);
    for (const l of links) {
      const route = layout.connectors!.get(`${l.from}\u2192${l.to}`)!;
      for (const b of boxes) {
        if (b.id === l.from || b.id === l.to) continue;
        expect(passesThrough(route.points, route.cubic, b), `${l.from}→${l.to} via ${b.id}`).toBe(
          false,
        );
      }
    }
  });

  it("routes every connector clear of every label but its own two ends'", () => {
    // a label is drawn under its symbol: 0.6 em a character, baseline 23 px below the centre
    const labelOf = (id: string, p: { x: number; y: number }) => ({
      id,
      x0: p.x - (id.length * 12 * 0.6) / 2,
      y0: p.y + 23 - 0.8 * 12,
      x1: p.x + (id.length * 12 * 0.6) / 2,
      y1: p.y + 23 + 0.2 * 12,
    });
    const labels = [
      ...[...layout.flows].map(([id, f]) => labelOf(id, f.valve)),
      ...[...layout.nodes].map(([id, p]) => labelOf(id, p)),
    ];
    for (const l of modelLinks(victims)) {
      const route = layout.connectors!.get(`${l.from}\u2192${l.to}`)!;
      for (const b of labels) {
        if (b.id === l.from || b.id === l.to) continue;
        expect(passesThrough(route.points, route.cubic, b), `${l.from}→${l.to} over ${b.id}`).toBe(
          false,
        );
      }
    }
  });

  it("is deterministic", () => {
    const again = layOut(victims);
    expect([...again.nodes]).toEqual([...layout.nodes]);
    expect([...again.connectors!]).toEqual([...layout.connectors!]);
  });
});

describe("connectorRouter", () => {
  const circle = (id: string, x: number, y: number, label?: Shape["label"]): Shape => ({
    id,
    centre: { x, y },
    area: { x0: x - 9, y0: y - 9, x1: x + 9, y1: y + 9 },
    ...(label === undefined ? {} : { label }),
  });
  const bounds = { x0: -100, y0: -150, x1: 400, y1: 150 };

  it("walks round a label that is not its ends', even far round", () => {
    // c's long name lies across the way from a down to b: crossing it is short, going round
    // it is not
    const over = { x0: -60, y0: -6, x1: 260, y1: 6 };
    const router = connectorRouter({
      shapes: [circle("a", 60, -60), circle("b", 60, 60), circle("c", 150, -20, over)],
      pipes: [],
      bounds,
    });
    const ab = router.route("a", "b")!;
    expect(passesThrough(ab.points, ab.cubic, over)).toBe(false);
    expect(passesThrough(ab.points, ab.cubic, { x0: 141, y0: -29, x1: 159, y1: -11 })).toBe(false);
  });

  it("still draws a connector that foreign labels wall in, across as few as it can", () => {
    // b stands in a closed ring of other symbols' labels
    const ring = [
      { x0: 160, y0: -40, x1: 240, y1: -25 },
      { x0: 160, y0: 25, x1: 240, y1: 40 },
      { x0: 160, y0: -40, x1: 175, y1: 40 },
      { x0: 225, y0: -40, x1: 240, y1: 40 },
    ];
    const router = connectorRouter({
      shapes: [
        circle("a", 0, 0),
        circle("b", 200, 0),
        ...ring.map((r, i) => circle(`x${i}`, 300, -120 + 60 * i, r)),
      ],
      pipes: [],
      bounds,
    });
    const ab = router.route("a", "b")!;
    expect(ab).toBeDefined();
    expect(ring.filter((r) => passesThrough(ab.points, ab.cubic, r))).toHaveLength(1);
  });
});
