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
  margin = 2,
): number {
  let count = 0;
  const x0 = Math.min(curve.start.x, curve.control.x, curve.end.x) - margin;
  const x1 = Math.max(curve.start.x, curve.control.x, curve.end.x) + margin;
  const y0 = Math.min(curve.start.y, curve.control.y, curve.end.y) - margin;
  const y1 = Math.max(curve.start.y, curve.control.y, curve.end.y) + margin;
  for (const box of boxes) {
    if (ends.includes(box.id)) continue;
    // the curve lies within the triangle of its points: skip boxes outside that triangle's bounds
    if (
      box.x + box.width / 2 < x0 ||
      box.x - box.width / 2 > x1 ||
      box.y + box.height / 2 < y0 ||
      box.y - box.height / 2 > y1
    )
      continue;
    for (let i = 1; i < SAMPLES; i++) {
      const p = pointAt(curve, i / SAMPLES);
      if (
        Math.abs(p.x - box.x) <= box.width / 2 + margin &&
        Math.abs(p.y - box.y) <= box.height / 2 + margin
      ) {
        count++;
        break;
      }
    }
  }
  return count;
}

/**
 * The curve from `a` to `b` with the fewest label crossings (boxes grown by `margin`). `sided`
 * links (one of a pair of opposite links) keep the side of their bend so that the pair stays
 * apart; others may also run straight.
 */
export function routeLink(
  a: LabelBox,
  b: LabelBox,
  preferred: number,
  sided: boolean,
  boxes: readonly LabelBox[],
  margin = 2,
): Curve {
  const s = Math.sign(preferred) || 1;
  const bends = sided
    ? [preferred, s * 0.1, s * 0.3, s * 0.45, s * 0.7]
    : [
        preferred,
        -preferred,
        0,
        s * 0.15,
        -s * 0.15,
        s * 0.3,
        -s * 0.3,
        s * 0.45,
        -s * 0.45,
        s * 0.7,
        -s * 0.7,
      ];
  let best = linkCurve(a, b, bends[0]!);
  let fewest = labelCrossings(best, boxes, [a.id, b.id], margin);
  for (const bend of bends.slice(1)) {
    if (fewest === 0) break;
    const curve = linkCurve(a, b, bend);
    const crossings = labelCrossings(curve, boxes, [a.id, b.id], margin);
    if (crossings < fewest) {
      best = curve;
      fewest = crossings;
    }
  }
  return best;
}
