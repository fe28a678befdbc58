/**
 * Arrows that avoid labels: among a few bends of a link's curve (the preferred bend first, then
 * the opposite side, then stronger bends), take the first one whose curve crosses the fewest
 * other factor labels. Crossings are counted on points sampled along the curve.
 */
import { type Curve, linkCurve, pointAt } from "./edge-geometry.js";
import type { LabelBox } from "./label-box.js";

const SAMPLES = 24;

/** Number of `boxes` (other than the link's own ends) that the curve passes through. */
export function labelCrossings(
  curve: Curve,
  boxes: readonly LabelBox[],
  ends: readonly string[],
): number {
  let count = 0;
  for (const box of boxes) {
    if (ends.includes(box.id)) continue;
    for (let i = 1; i < SAMPLES; i++) {
      const p = pointAt(curve, i / SAMPLES);
      if (
        Math.abs(p.x - box.x) <= box.width / 2 + 2 &&
        Math.abs(p.y - box.y) <= box.height / 2 + 2
      ) {
        count++;
        break;
      }
    }
  }
  return count;
}

/**
 * The curve from `a` to `b` with the fewest label crossings. `sided` links (one of a pair of
 * opposite links) keep the side of their bend so that the pair stays apart.
 */
export function routeLink(
  a: LabelBox,
  b: LabelBox,
  preferred: number,
  sided: boolean,
  boxes: readonly LabelBox[],
): Curve {
  const s = Math.sign(preferred) || 1;
  const size = Math.max(Math.abs(preferred), 0.08);
  const bends = sided
    ? [preferred, s * 0.35, s * 0.5]
    : [preferred, -preferred, s * 0.3, -s * 0.3, s * 0.5, -s * 0.5].map((x) =>
        x === 0 ? size : x,
      );
  let best = linkCurve(a, b, bends[0]!);
  let fewest = labelCrossings(best, boxes, [a.id, b.id]);
  for (const bend of bends.slice(1)) {
    if (fewest === 0) break;
    const curve = linkCurve(a, b, bend);
    const crossings = labelCrossings(curve, boxes, [a.id, b.id]);
    if (crossings < fewest) {
      best = curve;
      fewest = crossings;
    }
  }
  return best;
}
