/**
 * Bends that cross less: once boxes are placed and every link is clear of foreign boxes, each
 * link may take another bend (straight, or curved a little to either side; one of a pair of
 * opposite links keeps its side) when that bend still touches no foreign box and crosses fewer
 * other links. Links are visited in input order for two passes, so the result depends on the
 * input alone, and no link ever gains a box it runs through.
 */
import { deepestHit, type RoutedLink } from "./clear-links.js";
import { type Flat, flatCrossings, flatten, shareEnd } from "./count-crossings.js";
import { linkCurve } from "./edge-geometry.js";
import type { LabelBox } from "./label-box.js";

const BENDS = [0, 0.08, -0.08, 0.16, -0.16, 0.25, -0.25, 0.35, -0.35];

/**
 * Re-bend links while crossings drop; `sided` tells for each link the sign its bend must keep
 * (0: free). Self-links are kept. Returns new routes.
 */
export function untangleBends(
  routes: readonly RoutedLink[],
  sided: readonly number[],
  boxes: readonly LabelBox[],
  clearance: number,
  passes = 2,
): RoutedLink[] {
  const at = new Map(boxes.map((b) => [b.id, b]));
  const out = [...routes];
  const flats: Flat[] = out.map((r) => flatten(r.curve));
  const crossingsOf = (i: number, f: Flat): number => {
    let n = 0;
    for (let j = 0; j < out.length; j++) {
      if (j !== i && !shareEnd(out[i]!, out[j]!)) n += flatCrossings(f, flats[j]!);
    }
    return n;
  };
  for (let pass = 0; pass < passes; pass++) {
    let changed = false;
    out.forEach((r, i) => {
      if (r.from === r.to) return;
      const a = at.get(r.from)!;
      const b = at.get(r.to)!;
      let best = crossingsOf(i, flats[i]!);
      if (best === 0) return;
      for (const bend of BENDS) {
        if (sided[i]! !== 0 && Math.sign(bend) !== sided[i]) continue;
        const curve = linkCurve(a, b, bend);
        const f = flatten(curve);
        const n = crossingsOf(i, f);
        if (n >= best) continue;
        const clear = boxes.every(
          (box) => box.id === r.from || box.id === r.to || !deepestHit(curve, box, clearance),
        );
        if (!clear) continue;
        best = n;
        out[i] = { from: r.from, to: r.to, curve };
        flats[i] = f;
        changed = true;
      }
    });
    if (!changed) break;
  }
  return out;
}
