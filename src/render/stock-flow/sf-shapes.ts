/**
 * The symbols of stock-and-flow diagrams (Forrester's notation as drawn by Stella and Vensim):
 * a cloud for a source or sink outside the model, a valve on a pipe, and arrowheads.
 */
import type { ViewPoint } from "../../model/types.js";
import { num } from "../svg/num.js";

/** A cloud centred at p. */
export function cloudShape(p: ViewPoint): string {
  const x = p.x;
  const y = p.y;
  return `<path class="cloud" d="M${num(x - 13)},${num(y + 6)}a6,6 0 0,1 1,-11a8,8 0 0,1 14,-3a7,7 0 0,1 10,6a5,5 0 0,1 -2,9z" fill="#ffffff" stroke="#555555" stroke-width="1.2"/>`;
}

/** A valve (bow tie on the pipe plus a small disc) at p; `vertical` when the pipe runs up or down. */
export function valveShape(p: ViewPoint, vertical: boolean): string {
  const x = p.x;
  const y = p.y;
  const tie = vertical
    ? `M${num(x - 7)},${num(y - 8)}L${num(x + 7)},${num(y - 8)}L${num(x - 7)},${num(y + 8)}L${num(x + 7)},${num(y + 8)}z`
    : `M${num(x - 8)},${num(y - 7)}L${num(x - 8)},${num(y + 7)}L${num(x + 8)},${num(y - 7)}L${num(x + 8)},${num(y + 7)}z`;
  return `<path class="valve" d="${tie}" fill="#ffffff" stroke="#333333" stroke-width="1.2"/><circle cx="${num(x)}" cy="${num(y)}" r="3" fill="#333333"/>`;
}

/** A filled arrowhead whose tip is at `tip`, pointing along the unit vector `u`. */
export function arrowShape(
  tip: ViewPoint,
  u: ViewPoint,
  length: number,
  half: number,
  colour: string,
): string {
  const bx = tip.x - u.x * length;
  const by = tip.y - u.y * length;
  const pts = [
    [tip.x, tip.y],
    [bx - u.y * half, by + u.x * half],
    [bx + u.y * half, by - u.x * half],
  ];
  return `<polygon points="${pts.map(([a, b]) => `${num(a!)},${num(b!)}`).join(" ")}" fill="${colour}"/>`;
}
