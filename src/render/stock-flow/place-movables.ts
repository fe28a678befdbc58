/**
 * Auxiliaries (and small chains: a stock with its clouds) beside what they read and feed, for
 * the dense rows layout (`rows-layout.ts`): one at a time, the one with the most neighbours
 * already placed first, each at the free spot (its circles, boxes and labels clear of every box,
 * label and pipe taken so far) where its connectors are shortest, on a lattice within the
 * page's width; then a few rounds of moving each to its best spot once all its neighbours
 * stand. Greedy and deterministic.
 */
import type { ViewPoint } from "../../model/types.js";
import { type Area, FreeSpace } from "./free-space.js";

/** A part placed as a whole: the parts it holds, and the areas it takes, around its origin. */
export interface Movable {
  readonly id: string;
  /** Each part it holds (an auxiliary, or a small chain's stock and valves) by offset. */
  readonly members: ReadonlyMap<string, ViewPoint>;
  readonly areas: readonly Area[];
}

/** What the placement needs to know. */
export interface MovableInput {
  /** The parts to place, in model order. */
  readonly movables: readonly Movable[];
  /** Each part's neighbours (read or fed), placed or not. */
  readonly neighbours: (id: string) => readonly string[];
  /** Where the parts placed already are (the rows' stocks and valves). */
  readonly fixed: ReadonlyMap<string, ViewPoint>;
  /** The areas taken already. */
  readonly taken: readonly Area[];
  /** The page: x from x0 to x1; y from y0 to y1 costs nothing, beyond it a little. */
  readonly page: Area;
}

const STEP = 8;
const RADIUS = 720;
const ROUNDS = 3;

function shifted(a: Area, p: ViewPoint): Area {
  return { x0: a.x0 + p.x, y0: a.y0 + p.y, x1: a.x1 + p.x, y1: a.y1 + p.y };
}

/** The origin of each movable; also returns the areas they take. */
export function placeMovables(input: MovableInput): {
  at: Map<string, ViewPoint>;
  taken: Area[];
} {
  const at = new Map<string, ViewPoint>();
  const where = new Map<string, ViewPoint>(); // part → position, as placed
  const { page } = input;
  const known = (part: string) => where.get(part) ?? input.fixed.get(part);
  /** Offset of each member and the placed neighbours outside the movable it reaches. */
  const pairs = (m: Movable) =>
    [...m.members].flatMap(([part, off]) =>
      input
        .neighbours(part)
        .filter((n) => !m.members.has(n))
        .flatMap((n) => {
          const p = known(n);
          return p === undefined ? [] : [{ off, p }];
        }),
    );
  /** The free spot of least cost: the sum of the connector lengths to placed neighbours. */
  const bestSpot = (m: Movable, space: FreeSpace, radius: number): ViewPoint => {
    const links = pairs(m);
    const x0 = Math.min(...m.areas.map((a) => a.x0));
    const x1 = Math.max(...m.areas.map((a) => a.x1));
    const target =
      links.length === 0
        ? { x: (page.x0 + page.x1) / 2, y: page.y0 }
        : {
            x: links.reduce((s, l) => s + l.p.x - l.off.x, 0) / links.length,
            y: links.reduce((s, l) => s + l.p.y - l.off.y, 0) / links.length,
          };
    const cost = (x: number, y: number) => {
      let c = 0;
      for (const l of links) c += Math.hypot(l.p.x - l.off.x - x, l.p.y - l.off.y - y);
      if (links.length === 0) c = Math.hypot(target.x - x, target.y - y);
      const outside = Math.max(0, page.y0 - y, y - page.y1);
      return c + 3 * outside * Math.max(1, links.length);
    };
    const free = (p: ViewPoint) => m.areas.every((a) => space.isFree(shifted(a, p)));
    let spot = at.get(m.id);
    let lowest = spot === undefined ? Number.POSITIVE_INFINITY : cost(spot.x, spot.y);
    const cx = Math.round(target.x / STEP) * STEP;
    const cy = Math.round(target.y / STEP) * STEP;
    for (let r = radius; ; r *= 2) {
      for (let dy = -r; dy <= r; dy += STEP) {
        for (let dx = -r; dx <= r; dx += STEP) {
          const x = cx + dx;
          const y = cy + dy;
          if (x + x0 < page.x0 || x + x1 > page.x1) continue;
          const c = cost(x, y);
          if (c >= lowest || !free({ x, y })) continue;
          lowest = c;
          spot = { x, y };
        }
      }
      if (spot !== undefined) return spot;
    }
  };
  const put = (m: Movable, p: ViewPoint) => {
    at.set(m.id, p);
    for (const [part, off] of m.members) where.set(part, { x: p.x + off.x, y: p.y + off.y });
  };
  const space = new FreeSpace();
  for (const a of input.taken) space.take(a);
  const left = new Set(input.movables);
  while (left.size > 0) {
    // the one with the most links to parts placed (model order breaks ties)
    let best: Movable | undefined;
    let count = -1;
    for (const m of input.movables) {
      if (!left.has(m)) continue;
      const n = pairs(m).length;
      if (n > count) {
        best = m;
        count = n;
      }
    }
    const m = best!;
    left.delete(m);
    const spot = bestSpot(m, space, RADIUS);
    put(m, spot);
    for (const a of m.areas) space.take(shifted(a, spot));
  }
  for (let round = 0; round < ROUNDS; round++) {
    for (const m of input.movables) {
      const others = new FreeSpace();
      for (const a of input.taken) others.take(a);
      for (const o of input.movables) {
        if (o !== m) for (const a of o.areas) others.take(shifted(a, at.get(o.id)!));
      }
      put(m, bestSpot(m, others, RADIUS / 2));
    }
  }
  return {
    at,
    taken: input.movables.flatMap((m) => m.areas.map((a) => shifted(a, at.get(m.id)!))),
  };
}
