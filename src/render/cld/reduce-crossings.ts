/**
 * Fewer crossing links, by local search on straight links (a standard heuristic for straight-line
 * crossing minimisation): passes over the factors that (1) swap two nearby factors' places and
 * (2) move a factor to a free spot at or around the centre of its neighbours, each kept only when
 * the crossings of the links at the moved factors drop. Factors and candidates are visited in a
 * fixed order, so the result depends on the input alone. After the stress placement it roughly
 * halves the systeemkaart's crossings (docs/pictures.md).
 */
import type { Point } from "./edge-geometry.js";
import type { LabelBox } from "./label-box.js";

function orient(p: Point, q: Point, r: Point): number {
  return (q.x - p.x) * (r.y - p.y) - (q.y - p.y) * (r.x - p.x);
}

/** True when segments ab and cd cross at a point inside both. */
export function segmentsCross(a: Point, b: Point, c: Point, d: Point): boolean {
  return orient(c, d, a) * orient(c, d, b) < 0 && orient(a, b, c) * orient(a, b, d) < 0;
}

/** Options of {@link reduceCrossings}. */
export interface ReduceCrossingsOptions {
  /** How many nearest factors each factor may swap with. */
  readonly neighbours?: number;
  readonly maxPasses?: number;
  /** Free space a moved factor keeps from every other box, in pixels (0: no moves). */
  readonly room?: number;
}

/**
 * Swap and move boxes while straight-link crossings drop; `links` are pairs of box indices.
 * Returns the crossings left.
 */
export function reduceCrossings(
  boxes: LabelBox[],
  links: readonly (readonly [number, number])[],
  options: ReduceCrossingsOptions = {},
): number {
  const { neighbours = 14, maxPasses = 8, room = 0 } = options;
  const n = boxes.length;
  const xs = Float64Array.from(boxes, (b) => b.x);
  const ys = Float64Array.from(boxes, (b) => b.y);
  const la = Int32Array.from(links, (l) => l[0]);
  const lb = Int32Array.from(links, (l) => l[1]);
  const m = links.length;
  const incident = boxes.map(() => [] as number[]);
  links.forEach(([a, b], k) => {
    incident[a]!.push(k);
    incident[b]!.push(k);
  });
  const side = (p: number, q: number, r: number) =>
    (xs[q]! - xs[p]!) * (ys[r]! - ys[p]!) - (ys[q]! - ys[p]!) * (xs[r]! - xs[p]!);
  const crosses = (k: number, j: number): boolean => {
    const a = la[k]!;
    const b = lb[k]!;
    const c = la[j]!;
    const d = lb[j]!;
    if (a === c || a === d || b === c || b === d) return false;
    return side(c, d, a) * side(c, d, b) < 0 && side(a, b, c) * side(a, b, d) < 0;
  };
  /** Crossings of the links at factors i and j (each counted once). */
  const around = (i: number, j: number): number => {
    let count = 0;
    for (const k of incident[i]!) for (let o = 0; o < m; o++) if (crosses(k, o)) count++;
    for (const k of incident[j]!) {
      const shared = la[k] === i || lb[k] === i;
      if (shared) continue;
      for (let o = 0; o < m; o++) {
        if (!crosses(k, o)) continue;
        // a crossing with a link at i was counted above already
        if (la[o] !== i && lb[o] !== i) count++;
      }
    }
    return count;
  };
  const crowded = (i: number, x: number, y: number): boolean => {
    for (let j = 0; j < n; j++) {
      if (j === i) continue;
      if (
        Math.abs(xs[j]! - x) < (boxes[j]!.width + boxes[i]!.width) / 2 + room &&
        Math.abs(ys[j]! - y) < (boxes[j]!.height + boxes[i]!.height) / 2 + room
      )
        return true;
    }
    return false;
  };
  const nearest = () =>
    boxes.map((_, i) =>
      boxes
        .map((_, j) => ({ j, d: Math.hypot(xs[i]! - xs[j]!, ys[i]! - ys[j]!) }))
        .filter((o) => o.j > i)
        .sort((u, v) => u.d - v.d || u.j - v.j)
        .slice(0, neighbours)
        .map((o) => o.j),
    );
  const swap = (i: number, j: number) => {
    [xs[i], xs[j]] = [xs[j]!, xs[i]!];
    [ys[i], ys[j]] = [ys[j]!, ys[i]!];
  };
  for (let pass = 0; pass < maxPasses; pass++) {
    let improved = false;
    const near = nearest();
    for (let i = 0; i < n; i++) {
      for (const j of near[i]!) {
        const before = around(i, j);
        if (before === 0) continue;
        swap(i, j);
        if (around(i, j) < before) improved = true;
        else swap(i, j);
      }
    }
    for (let i = 0; room > 0 && i < n; i++) {
      const inc = incident[i]!;
      if (inc.length === 0) continue;
      const before = around(i, i);
      if (before === 0) continue;
      let cx = 0;
      let cy = 0;
      for (const k of inc) {
        const o = la[k] === i ? lb[k]! : la[k]!;
        cx += xs[o]! / inc.length;
        cy += ys[o]! / inc.length;
      }
      const [hx, hy] = [xs[i]!, ys[i]!];
      const r = Math.hypot(cx - hx, cy - hy) / 2 + 40;
      const spots: [number, number][] = [
        [cx, cy],
        [(hx + cx) / 2, (hy + cy) / 2],
      ];
      for (let k = 0; k < 8; k++) {
        spots.push([cx + r * Math.cos((k * Math.PI) / 4), cy + r * Math.sin((k * Math.PI) / 4)]);
      }
      let best = before;
      let at: [number, number] | undefined;
      for (const [x, y] of spots) {
        if (crowded(i, x, y)) continue;
        [xs[i], ys[i]] = [x, y];
        const now = around(i, i);
        if (now < best) [best, at] = [now, [x, y]];
      }
      [xs[i], ys[i]] = at ?? [hx, hy];
      if (at !== undefined) improved = true;
    }
    if (!improved) break;
  }
  boxes.forEach((b, i) => {
    b.x = xs[i]!;
    b.y = ys[i]!;
  });
  let left = 0;
  for (let k = 0; k < m; k++) for (let j = k + 1; j < m; j++) if (crosses(k, j)) left++;
  return left;
}
