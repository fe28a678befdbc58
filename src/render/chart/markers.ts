/**
 * Point markers, one shape per series (with the colour, so that series stay apart in grey print
 * and for colour-blind readers): circle, square, triangle, diamond, triangle down, cross.
 */
import { num } from "../svg/num.js";

/** The marker shapes, in the order series take them. */
export const MARKER_SHAPES = ["circle", "square", "triangle", "diamond", "down", "cross"] as const;

/** A marker shape. */
export type MarkerShape = (typeof MARKER_SHAPES)[number];

/** The marker of series number `i`. */
export function markerOf(i: number): MarkerShape {
  return MARKER_SHAPES[((i % MARKER_SHAPES.length) + MARKER_SHAPES.length) % MARKER_SHAPES.length]!;
}

/** A marker centred at (x, y) of radius r, filled with `colour` and outlined in white. */
export function markerSvg(
  shape: MarkerShape,
  x: number,
  y: number,
  r: number,
  colour: string,
): string {
  const pts = (list: [number, number][]) =>
    list.map(([dx, dy]) => `${num(x + dx * r)},${num(y + dy * r)}`).join(" ");
  const paint = `fill="${colour}" stroke="#ffffff" stroke-width="1"`;
  switch (shape) {
    case "circle":
      return `<circle cx="${num(x)}" cy="${num(y)}" r="${num(r)}" ${paint}/>`;
    case "square":
      return `<rect x="${num(x - r * 0.9)}" y="${num(y - r * 0.9)}" width="${num(1.8 * r)}" height="${num(1.8 * r)}" ${paint}/>`;
    case "triangle":
      return `<polygon points="${pts([
        [0, -1.15],
        [1.1, 0.85],
        [-1.1, 0.85],
      ])}" ${paint}/>`;
    case "diamond":
      return `<polygon points="${pts([
        [0, -1.25],
        [1.1, 0],
        [0, 1.25],
        [-1.1, 0],
      ])}" ${paint}/>`;
    case "down":
      return `<polygon points="${pts([
        [0, 1.15],
        [1.1, -0.85],
        [-1.1, -0.85],
      ])}" ${paint}/>`;
    case "cross":
      return `<path d="M${num(x - r)},${num(y - r)}L${num(x + r)},${num(y + r)}M${num(x - r)},${num(y + r)}L${num(x + r)},${num(y - r)}" stroke="${colour}" stroke-width="2.2"/>`;
  }
}
