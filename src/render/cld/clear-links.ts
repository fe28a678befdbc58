/**
 * No link through a factor that is not its end: after routing, every factor box that a link's
 * curve still touches is pushed off the curve (away from its nearest point, by the depth of the
 * hit plus a gap), boxes are kept apart again, and the links are routed anew, until no link
 * touches a foreign box or the pass limit is reached.
 */
import { type Curve, pointAt, tangentAt } from "./edge-geometry.js";
import type { LabelBox } from "./label-box.js";
import { removeOverlaps } from "./remove-overlaps.js";

const SAMPLES = 32;

/** The sample of `curve` deepest inside `box` grown by `gap`, or undefined when clear. */
export function deepestHit(
  curve: Curve,
  box: LabelBox,
  gap: number,
): { x: number; y: number; t: number; depth: number } | undefined {
  const x0 = Math.min(curve.start.x, curve.control.x, curve.end.x);
  const x1 = Math.max(curve.start.x, curve.control.x, curve.end.x);
  const y0 = Math.min(curve.start.y, curve.control.y, curve.end.y);
  const y1 = Math.max(curve.start.y, curve.control.y, curve.end.y);
  const hw = box.width / 2 + gap;
  const hh = box.height / 2 + gap;
  if (box.x + hw < x0 || box.x - hw > x1 || box.y + hh < y0 || box.y - hh > y1) return undefined;
  let best: { x: number; y: number; t: number; depth: number } | undefined;
  for (let i = 0; i <= SAMPLES; i++) {
    const p = pointAt(curve, i / SAMPLES);
    const dx = box.width / 2 + gap - Math.abs(p.x - box.x);
    const dy = box.height / 2 + gap - Math.abs(p.y - box.y);
    if (dx <= 0 || dy <= 0) continue;
    const depth = Math.min(dx, dy);
    if (best === undefined || depth > best.depth) best = { x: p.x, y: p.y, t: i / SAMPLES, depth };
  }
  return best;
}

/** A routed link: its ends and curve. */
export interface RoutedLink {
  readonly from: string;
  readonly to: string;
  readonly curve: Curve;
}

/**
 * Push boxes off the links that cross them (to `gap` from the link; boxes stay `spacing` apart);
 * `route` routes every link for the current boxes.
 * Returns the final routes and the number of link–box hits left (0 unless the limit was hit).
 */
export function clearLinks(
  boxes: LabelBox[],
  route: () => RoutedLink[],
  gap: number,
  spacing: number,
  maxPasses = 100,
): { routes: RoutedLink[]; hits: number } {
  let routes = route();
  for (let pass = 0; pass < maxPasses; pass++) {
    let hits = 0;
    for (const r of routes) {
      for (const box of boxes) {
        if (box.id === r.from || box.id === r.to) continue;
        const hit = deepestHit(r.curve, box, gap);
        if (hit === undefined) continue;
        hits++;
        // push the box off the curve along the curve's normal at the deepest point, far
        // enough that the box (its extent along the normal) clears the curve by the gap
        const u = tangentAt(r.curve, hit.t);
        let nx = -u.y;
        let ny = u.x;
        const along = (box.x - hit.x) * nx + (box.y - hit.y) * ny;
        if (along < 0 || (along === 0 && pass % 2 === 1)) {
          nx = -nx;
          ny = -ny;
        }
        const extent = (Math.abs(nx) * box.width) / 2 + (Math.abs(ny) * box.height) / 2;
        const move = extent + gap + 1 - Math.abs(along);
        box.x += nx * move;
        box.y += ny * move;
      }
    }
    if (hits === 0) return { routes, hits: 0 };
    removeOverlaps(boxes, spacing);
    routes = route();
  }
  let left = 0;
  for (const r of routes) {
    for (const box of boxes) {
      if (box.id !== r.from && box.id !== r.to && deepestHit(r.curve, box, 0)) left++;
    }
  }
  return { routes, hits: left };
}
