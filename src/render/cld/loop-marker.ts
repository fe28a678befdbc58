/**
 * Loop markers: the loop's id (`R1`, `B2`) inside a circular arrow turning the way the loop
 * runs, placed at the centroid of the loop's factors, or at the nearest spot that covers no
 * label and no other marker.
 */

import { escapeXml } from "../svg/escape-xml.js";
import { num } from "../svg/num.js";
import type { CldLoop } from "./cld-input.js";
import type { Point } from "./edge-geometry.js";
import type { LabelBox } from "./label-box.js";

/** Radius of the circular arrow. */
export const MARKER_RADIUS = 14;

/** Twice the signed area of the loop polygon; positive when it runs clockwise on screen (y down). */
export function signedArea(points: readonly Point[]): number {
  let sum = 0;
  points.forEach((p, i) => {
    const q = points[(i + 1) % points.length]!;
    sum += p.x * q.y - q.x * p.y;
  });
  return sum;
}

function free(p: Point, boxes: readonly LabelBox[], taken: readonly Point[]): boolean {
  const r = MARKER_RADIUS + 4;
  const clearOfBoxes = boxes.every(
    (b) => Math.abs(p.x - b.x) >= b.width / 2 + r || Math.abs(p.y - b.y) >= b.height / 2 + r,
  );
  return clearOfBoxes && taken.every((q) => Math.hypot(p.x - q.x, p.y - q.y) >= 2 * r);
}

/** Where to put a loop's marker: the centroid, or the closest free spot around it. */
export function markerPosition(
  centroid: Point,
  boxes: readonly LabelBox[],
  taken: readonly Point[],
): Point {
  for (let ring = 0; ring <= 12; ring++) {
    const steps = ring === 0 ? 1 : 8 + 4 * ring;
    for (let k = 0; k < steps; k++) {
      const angle = (2 * Math.PI * k) / steps;
      const p = {
        x: centroid.x + ring * 10 * Math.cos(angle),
        y: centroid.y + ring * 10 * Math.sin(angle),
      };
      if (free(p, boxes, taken)) return p;
    }
  }
  return centroid;
}

/** The marker's SVG: a circular arrow (300°) in the loop's turning direction around its id. */
export function loopMarker(
  loop: CldLoop,
  at: Point,
  clockwise: boolean,
  colour: string,
  opacity: number,
): string {
  const r = MARKER_RADIUS;
  const s = clockwise ? 1 : -1;
  const a0 = -Math.PI / 2 - s * 0.5;
  const a1 = a0 + s * ((5 * Math.PI) / 3);
  const p0 = { x: at.x + r * Math.cos(a0), y: at.y + r * Math.sin(a0) };
  const p1 = { x: at.x + r * Math.cos(a1), y: at.y + r * Math.sin(a1) };
  const u = { x: -Math.sin(a1) * s, y: Math.cos(a1) * s };
  const tip = { x: p1.x + u.x * 5, y: p1.y + u.y * 5 };
  const left = { x: p1.x - u.y * 4, y: p1.y + u.x * 4 };
  const right = { x: p1.x + u.y * 4, y: p1.y - u.x * 4 };
  const pts = [tip, left, right].map((p) => `${num(p.x)},${num(p.y)}`).join(" ");
  return [
    `<g class="loop-marker" data-loop="${escapeXml(loop.id)}"${opacity < 1 ? ` opacity="${num(opacity)}"` : ""}>`,
    `<path d="M${num(p0.x)},${num(p0.y)}A${r},${r} 0 1 ${clockwise ? 1 : 0} ${num(p1.x)},${num(p1.y)}" fill="none" stroke="${colour}" stroke-width="1.5"/>`,
    `<polygon points="${pts}" fill="${colour}"/>`,
    `<text x="${num(at.x)}" y="${num(at.y)}" dy="0.35em" text-anchor="middle" font-size="11" font-weight="bold" fill="${colour}">${escapeXml(loop.id)}</text>`,
    "</g>",
  ].join("");
}
