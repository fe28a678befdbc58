/**
 * Auxiliaries beside what they feed (the dense rows layout, `rows-layout.ts`): one at a time,
 * the one with the most neighbours already placed first, each at the free spot (its circle and
 * label clear of every box, label and pipe taken so far) nearest to its placed neighbours, on a
 * lattice within the page's width. Greedy and deterministic; the areas taken grow as it goes.
 */
import type { ViewPoint } from "../../model/types.js";
import type { ValveSize } from "./chain-row.js";
import { type Area, FreeSpace } from "./free-space.js";

/** What the placement needs to know. */
export interface AuxiliaryInput {
  /** The auxiliaries to place, in model order. */
  readonly ids: readonly string[];
  /** Each auxiliary's neighbours (read or fed), placed or not. */
  readonly neighbours: (id: string) => readonly string[];
  /** The size of an auxiliary's circle and label. */
  readonly size: (id: string) => ValveSize;
  /** Where the parts placed already are (stocks, valves). */
  readonly fixed: ReadonlyMap<string, ViewPoint>;
  /** The areas taken already. */
  readonly taken: readonly Area[];
  /** The page: x from x0 to x1; y from y0 to y1 costs nothing, beyond it a little. */
  readonly page: Area;
}

const STEP = 8;
const RADIUS = 720;
const PAD = 5;
const ROUNDS = 3;

/** The auxiliaries' symbol centres; also returns the areas they take. */
export function placeAuxiliaries(input: AuxiliaryInput): {
  at: Map<string, ViewPoint>;
  taken: Area[];
} {
  const at = new Map<string, ViewPoint>();
  const boxes = new Map<string, Area>();
  const known = (id: string) => at.get(id) ?? input.fixed.get(id);
  const { page } = input;
  const boxAt = (id: string, x: number, y: number): Area => {
    const z = input.size(id);
    return {
      x0: x - z.width / 2 - PAD,
      y0: y - z.centre - PAD,
      x1: x + z.width / 2 + PAD,
      y1: y - z.centre + z.height + PAD,
    };
  };
  /** The free spot of least cost: the sum of the distances to the placed neighbours. */
  const bestSpot = (id: string, space: FreeSpace, radius: number): ViewPoint => {
    const anchors = input.neighbours(id).flatMap((x) => known(x) ?? []);
    const target =
      anchors.length === 0
        ? { x: (page.x0 + page.x1) / 2, y: page.y0 }
        : {
            x: anchors.reduce((s, p) => s + p.x, 0) / anchors.length,
            y: anchors.reduce((s, p) => s + p.y, 0) / anchors.length,
          };
    const z = input.size(id);
    const cost = (x: number, y: number) => {
      let c = 0;
      for (const p of anchors) c += Math.hypot(p.x - x, p.y - y);
      if (anchors.length === 0) c = Math.hypot(target.x - x, target.y - y);
      const outside = Math.max(0, page.y0 - y, y - page.y1);
      return c + 3 * outside * Math.max(1, anchors.length);
    };
    let spot: ViewPoint | undefined;
    let lowest = Number.POSITIVE_INFINITY;
    const current = at.get(id);
    if (current !== undefined) {
      spot = current;
      lowest = cost(current.x, current.y);
    }
    const cx = Math.round(target.x / STEP) * STEP;
    const cy = Math.round(target.y / STEP) * STEP;
    for (let r = radius; ; r *= 2) {
      for (let dy = -r; dy <= r; dy += STEP) {
        for (let dx = -r; dx <= r; dx += STEP) {
          const x = cx + dx;
          const y = cy + dy;
          if (x - z.width / 2 < page.x0 || x + z.width / 2 > page.x1) continue;
          const c = cost(x, y);
          if (c >= lowest || !space.isFree(boxAt(id, x, y))) continue;
          lowest = c;
          spot = { x, y };
        }
      }
      if (spot !== undefined) return spot;
    }
  };
  const space = new FreeSpace();
  for (const a of input.taken) space.take(a);
  const left = new Set(input.ids);
  while (left.size > 0) {
    // the auxiliary with the most neighbours placed (model order breaks ties)
    let best: string | undefined;
    let count = -1;
    for (const id of input.ids) {
      if (!left.has(id)) continue;
      const n = input.neighbours(id).filter((x) => known(x) !== undefined).length;
      if (n > count) {
        best = id;
        count = n;
      }
    }
    const id = best!;
    left.delete(id);
    const spot = bestSpot(id, space, RADIUS);
    at.set(id, spot);
    boxes.set(id, boxAt(id, spot.x, spot.y));
    space.take(boxes.get(id)!);
  }
  // a few rounds of moving each to its best spot now that all its neighbours are placed
  for (let round = 0; round < ROUNDS; round++) {
    for (const id of input.ids) {
      const others = new FreeSpace();
      for (const a of input.taken) others.take(a);
      for (const [k, b] of boxes) if (k !== id) others.take(b);
      const spot = bestSpot(id, others, RADIUS / 2);
      at.set(id, spot);
      boxes.set(id, boxAt(id, spot.x, spot.y));
    }
  }
  return { at, taken: [...boxes.values()] };
}
