/**
 * Curved arrows between label boxes: a quadratic Bézier bent to one side, clipped where it
 * leaves the source box and where it enters the target box, with an arrowhead along the
 * curve's final tangent. Pure geometry; no SVG here.
 */
import type { LabelBox } from "./label-box.js";

/** A point. */
export interface Point {
  readonly x: number;
  readonly y: number;
}

/** A clipped quadratic Bézier from `start` to `end` with control point `control`. */
export interface Curve {
  readonly start: Point;
  readonly control: Point;
  readonly end: Point;
}

/** Point of the curve at parameter t ∈ [0, 1]. */
export function pointAt(c: Curve, t: number): Point {
  const u = 1 - t;
  return {
    x: u * u * c.start.x + 2 * u * t * c.control.x + t * t * c.end.x,
    y: u * u * c.start.y + 2 * u * t * c.control.y + t * t * c.end.y,
  };
}

/** Unit tangent of the curve at t. */
export function tangentAt(c: Curve, t: number): Point {
  const dx = 2 * (1 - t) * (c.control.x - c.start.x) + 2 * t * (c.end.x - c.control.x);
  const dy = 2 * (1 - t) * (c.control.y - c.start.y) + 2 * t * (c.end.y - c.control.y);
  const d = Math.hypot(dx, dy) || 1;
  return { x: dx / d, y: dy / d };
}

/** Where the ray from the box centre towards `toward` leaves the box grown by `margin`. */
export function exitPoint(box: LabelBox, toward: Point, margin: number): Point {
  const dx = toward.x - box.x;
  const dy = toward.y - box.y;
  const hw = box.width / 2 + margin;
  const hh = box.height / 2 + margin;
  if (dx === 0 && dy === 0) return { x: box.x, y: box.y - hh };
  const t = Math.min(
    dx === 0 ? Number.POSITIVE_INFINITY : hw / Math.abs(dx),
    dy === 0 ? Number.POSITIVE_INFINITY : hh / Math.abs(dy),
  );
  return { x: box.x + dx * Math.min(t, 1), y: box.y + dy * Math.min(t, 1) };
}

/**
 * The curve from box `a` to box `b`, bent by `bend` (a fraction of the centre distance; positive
 * bends to the left of the direction of travel in screen coordinates).
 */
export function linkCurve(a: LabelBox, b: LabelBox, bend: number, margin = 3): Curve {
  const mx = (a.x + b.x) / 2;
  const my = (a.y + b.y) / 2;
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  // the left normal of (dx, dy) in screen coordinates (y down) is (dy, -dx)
  const control = { x: mx + bend * dy, y: my - bend * dx };
  return { start: exitPoint(a, control, margin), control, end: exitPoint(b, control, margin + 2) };
}

/** A self-link: a small loop above the box. */
export function selfCurve(a: LabelBox): Curve {
  const top = a.y - a.height / 2;
  return {
    start: { x: a.x - a.width / 4, y: top - 2 },
    control: { x: a.x, y: top - 48 },
    end: { x: a.x + a.width / 4, y: top - 4 },
  };
}

/** The arrowhead triangle at the end of a curve: tip, then the two base corners. */
export function arrowhead(c: Curve, length: number, halfWidth: number): [Point, Point, Point] {
  const u = tangentAt(c, 1);
  const tip = c.end;
  const base = { x: tip.x - u.x * length, y: tip.y - u.y * length };
  return [
    tip,
    { x: base.x - u.y * halfWidth, y: base.y + u.x * halfWidth },
    { x: base.x + u.y * halfWidth, y: base.y - u.x * halfWidth },
  ];
}

/**
 * The part of a curve that ends `cut` pixels (straight-line distance) before its end: the same
 * Bézier split at that point (de Casteljau), so the drawn line follows the routed one exactly.
 */
export function curveUntil(c: Curve, cut: number): Curve {
  let lo = 0;
  let hi = 1;
  for (let i = 0; i < 30; i++) {
    const mid = (lo + hi) / 2;
    const p = pointAt(c, mid);
    if (Math.hypot(c.end.x - p.x, c.end.y - p.y) > cut) lo = mid;
    else hi = mid;
  }
  const t = lo;
  const control = {
    x: c.start.x + t * (c.control.x - c.start.x),
    y: c.start.y + t * (c.control.y - c.start.y),
  };
  return { start: c.start, control, end: pointAt(c, t) };
}
