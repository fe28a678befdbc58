/**
 * The box a factor label occupies: wrapped lines, estimated text width and padding. Layout keeps
 * these boxes apart, and arrows start and end at their boundary.
 */
import { textWidth, wrapLabel } from "../svg/text-width.js";

/** A label laid out at a position: (x, y) is the centre of the box. */
export interface LabelBox {
  readonly id: string;
  readonly lines: readonly string[];
  x: number;
  y: number;
  readonly width: number;
  readonly height: number;
}

/** Sizes used for factor labels. */
export interface LabelStyle {
  readonly fontSize: number;
  /** Labels wrap at spaces into lines of at most this many characters. */
  readonly maxChars: number;
  readonly padX: number;
  readonly padY: number;
}

/** Line height relative to the font size. */
export const LINE_HEIGHT = 1.25;

/** A label box (at the origin) for `text`. */
export function labelBox(id: string, text: string, style: LabelStyle): LabelBox {
  const lines = wrapLabel(text, style.maxChars);
  const width = Math.max(...lines.map((l) => textWidth(l, style.fontSize))) + 2 * style.padX;
  const height = lines.length * style.fontSize * LINE_HEIGHT + 2 * style.padY;
  return { id, lines, x: 0, y: 0, width, height };
}

/** True when two boxes, each grown by `gap / 2` on every side, overlap. */
export function boxesOverlap(a: LabelBox, b: LabelBox, gap = 0): boolean {
  return (
    Math.abs(a.x - b.x) < (a.width + b.width) / 2 + gap &&
    Math.abs(a.y - b.y) < (a.height + b.height) / 2 + gap
  );
}
