/**
 * Where the `+`/`−` of each link goes: beside the arrowhead, on one side of the line, at the
 * first of a few spots (closer to or further from the head, on the outer side of the bend or the
 * other) that covers no factor label and no sign placed before it. Greedy, in link order.
 */
import { type Curve, type Point, pointAt, tangentAt } from "./edge-geometry.js";
import type { LabelBox } from "./label-box.js";

/** Half the width and height of a sign's text box (14 px bold). */
export const SIGN_HALF = { w: 5.5, h: 8 } as const;

interface Rect {
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

/** An obstacle rectangle of a label box, grown by `pad`. */
export function boxRect(b: LabelBox, pad: number): Rect {
  return {
    x0: b.x - b.width / 2 - pad,
    y0: b.y - b.height / 2 - pad,
    x1: b.x + b.width / 2 + pad,
    y1: b.y + b.height / 2 + pad,
  };
}

/** Area shared by two rectangles. */
export function sharedArea(a: Rect, b: Rect): number {
  const w = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
  const h = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
  return w > 0 && h > 0 ? w * h : 0;
}

function signRect(p: Point): Rect {
  return {
    x0: p.x - SIGN_HALF.w,
    y0: p.y - SIGN_HALF.h,
    x1: p.x + SIGN_HALF.w,
    y1: p.y + SIGN_HALF.h,
  };
}

/** The outer side of a curve's bend: +1 for the left normal, −1 for the right. */
function outerSide(c: Curve): number {
  const tan = tangentAt(c, 0.5);
  const off =
    (c.control.x - (c.start.x + c.end.x) / 2) * -tan.y +
    (c.control.y - (c.start.y + c.end.y) / 2) * tan.x;
  return off >= 0 ? 1 : -1;
}

/**
 * Sign positions for `curves`, in order. `obstacles` are rectangles already taken (labels,
 * markers); placed signs are added to it.
 */
export function placeSigns(
  curves: readonly Curve[],
  boxes: readonly LabelBox[],
  taken: Rect[],
): Point[] {
  const fixed = boxes.map((b) => boxRect(b, 1));
  return curves.map((c) => {
    const side = outerSide(c);
    let best: { p: Point; cost: number } | undefined;
    for (const t of [0.84, 0.76, 0.9, 0.68, 0.6, 0.5, 0.4]) {
      const p = pointAt(c, t);
      const u = tangentAt(c, t);
      for (const s of [side, -side]) {
        for (const d of [10, 14, 19]) {
          const q = { x: p.x - u.y * d * s, y: p.y + u.x * d * s };
          const r = signRect(q);
          const cost = [...fixed, ...taken].reduce((sum, o) => sum + sharedArea(r, o), 0);
          if (best === undefined || cost < best.cost) best = { p: q, cost };
          if (cost === 0) break;
        }
        if (best!.cost === 0) break;
      }
      if (best!.cost === 0) break;
    }
    taken.push(signRect(best!.p));
    return best!.p;
  });
}

export type { Rect };
