/**
 * Crossings of routed links: points where two drawn curves that share no factor cross (links
 * that share one meet at it anyway), counted on each curve flattened to a polyline. The same
 * count the readability tests read back from the SVG, so the layout can compare candidate
 * layouts by the figure a reader sees.
 */
import { type Curve, type Point, pointAt } from "./edge-geometry.js";
import { segmentsCross } from "./reduce-crossings.js";

/** A link's curve with its two ends. */
export interface CurveLink {
  readonly from: string;
  readonly to: string;
  readonly curve: Curve;
}

/** A curve flattened to a polyline, with its bounds. */
export interface Flat {
  readonly pts: readonly Point[];
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

const STEPS = 12;

/** The curve as a polyline of {@link STEPS} segments. */
export function flatten(curve: Curve): Flat {
  const pts = Array.from({ length: STEPS + 1 }, (_, i) => pointAt(curve, i / STEPS));
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const p of pts) {
    [x0, y0] = [Math.min(x0, p.x), Math.min(y0, p.y)];
    [x1, y1] = [Math.max(x1, p.x), Math.max(y1, p.y)];
  }
  return { pts, x0, y0, x1, y1 };
}

/** True when two links share a factor (and so meet at it rather than cross). */
export function shareEnd(a: CurveLink, b: CurveLink): boolean {
  return a.from === b.from || a.from === b.to || a.to === b.from || a.to === b.to;
}

/** The points where two flattened curves cross. */
export function flatCrossings(p: Flat, q: Flat): number {
  if (p.x1 < q.x0 || q.x1 < p.x0 || p.y1 < q.y0 || q.y1 < p.y0) return 0;
  let n = 0;
  for (let s = 1; s < p.pts.length; s++) {
    for (let k = 1; k < q.pts.length; k++) {
      if (segmentsCross(p.pts[s - 1]!, p.pts[s]!, q.pts[k - 1]!, q.pts[k]!)) n++;
    }
  }
  return n;
}

/** The number of crossings between links that share no factor. */
export function countCrossings(links: readonly CurveLink[]): number {
  const flats = links.map((l) => flatten(l.curve));
  let n = 0;
  for (let i = 0; i < links.length; i++) {
    for (let j = i + 1; j < links.length; j++) {
      if (!shareEnd(links[i]!, links[j]!)) n += flatCrossings(flats[i]!, flats[j]!);
    }
  }
  return n;
}
