/**
 * Fewer crossing links: a greedy pass over pairs of nearby factors that swaps two factors'
 * places whenever that lowers the number of crossings between straight links (counted for the
 * links at the two factors only). Pairs are visited in a fixed order, so the result depends on
 * the input alone. Applied after the stress placement, it roughly halves the systeemkaart's
 * crossings (docs/pictures.md).
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

/**
 * Swap the places of nearby boxes while crossings drop; `links` are pairs of box indices.
 * `neighbours` is how many nearest boxes each box may swap with; returns the crossings left.
 */
export function reduceCrossings(
  boxes: LabelBox[],
  links: readonly (readonly [number, number])[],
  neighbours = 14,
  maxPasses = 8,
): number {
  const at = boxes.map((b) => ({ x: b.x, y: b.y }));
  const incident = boxes.map(() => [] as number[]);
  links.forEach(([a, b], k) => {
    incident[a]!.push(k);
    incident[b]!.push(k);
  });
  const crosses = (k: number, m: number): boolean => {
    const [a, b] = links[k]!;
    const [c, d] = links[m]!;
    if (a === c || a === d || b === c || b === d) return false;
    return segmentsCross(at[a]!, at[b]!, at[c]!, at[d]!);
  };
  const around = (i: number, j: number): number => {
    const mine = new Set([...incident[i]!, ...incident[j]!]);
    let n = 0;
    for (const k of mine) {
      for (let m = 0; m < links.length; m++) {
        if (m === k || (mine.has(m) && m < k)) continue;
        if (crosses(k, m)) n++;
      }
    }
    return n;
  };
  const nearest = () =>
    at.map((p, i) =>
      at
        .map((q, j) => ({ j, d: Math.hypot(p.x - q.x, p.y - q.y) }))
        .filter((o) => o.j > i)
        .sort((u, v) => u.d - v.d || u.j - v.j)
        .slice(0, neighbours)
        .map((o) => o.j),
    );
  for (let pass = 0; pass < maxPasses; pass++) {
    let improved = false;
    const near = nearest();
    for (let i = 0; i < at.length; i++) {
      for (const j of near[i]!) {
        const before = around(i, j);
        if (before === 0) continue;
        [at[i], at[j]] = [at[j]!, at[i]!];
        if (around(i, j) < before) improved = true;
        else [at[i], at[j]] = [at[j]!, at[i]!];
      }
    }
    if (!improved) break;
  }
  boxes.forEach((b, i) => {
    b.x = at[i]!.x;
    b.y = at[i]!.y;
  });
  let left = 0;
  for (let k = 0; k < links.length; k++)
    for (let m = k + 1; m < links.length; m++) if (crosses(k, m)) left++;
  return left;
}
