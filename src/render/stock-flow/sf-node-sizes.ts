/**
 * The room each part of a stock-and-flow diagram takes, label included, so that a layout that
 * keeps these boxes apart keeps every label clear too. Auxiliaries and valves are drawn as a
 * small symbol with their label underneath; stocks carry their label inside, and an arrayed
 * stock is a stack of boxes with its dimensions named underneath.
 */
import { textWidth, wrapLabel } from "../svg/text-width.js";

/** Font size of every label in a stock-and-flow diagram. */
export const SF_LABEL_SIZE = 12;
/** Line step of wrapped labels. */
export const SF_LINE = SF_LABEL_SIZE * 1.2;
/** Characters per line of auxiliary and flow labels. */
export const SF_WRAP = 14;
/** Radius of an auxiliary's circle; a valve fits the same square. */
export const AUX_RADIUS = 9;
/** Distance from a symbol's centre to the baseline of its label's first line. */
export const LABEL_DROP = 23;
/** Offset of each box behind an arrayed stock. */
export const STACK_OFFSET = 4;

/** The box of a symbol with its label below: size, and the symbol's centre from the box's top. */
export interface SymbolSize {
  readonly width: number;
  readonly height: number;
  readonly centre: number;
}

/** The {@link SymbolSize} of a symbol with this label under it. */
export function symbolBox(label: string): SymbolSize {
  const lines = wrapLabel(label, SF_WRAP);
  const width = Math.max(2 * AUX_RADIUS + 4, ...lines.map((l) => textWidth(l, SF_LABEL_SIZE))) + 4;
  const centre = AUX_RADIUS + 2;
  const height = centre + LABEL_DROP + (lines.length - 1) * SF_LINE + SF_LABEL_SIZE * 0.3 + 2;
  return { width, height, centre };
}

/** The lines of a stock's label inside its box. */
export function stockLines(label: string): string[] {
  return wrapLabel(label, 13);
}

/** The lines naming an arrayed stock's dimensions: one dimension a line, joined by `×`. */
export function dimensionLines(dimensions: readonly string[]): string[] {
  return dimensions.map((d, i) => (i < dimensions.length - 1 ? `${d} \u00d7` : d));
}

/**
 * A stock's node: the front box (wide enough for its label and its dimension names), and for an
 * arrayed stock the boxes stacked behind it and the dimension names underneath.
 */
export function stockBox(
  label: string,
  dimensions: readonly string[] | undefined,
): { width: number; height: number; front: { width: number; height: number } } {
  const lines = stockLines(label);
  const dims = dimensions === undefined ? [] : dimensionLines(dimensions);
  const front = {
    width: Math.max(
      90,
      ...lines.map((l) => textWidth(l, SF_LABEL_SIZE) + 12),
      ...dims.map((l) => textWidth(l, SF_LABEL_SIZE - 1)),
    ),
    height: Math.max(50, lines.length * 14 + 14),
  };
  if (dims.length === 0) return { ...front, front };
  return {
    width: front.width + 2 * STACK_OFFSET,
    height: front.height + 2 * STACK_OFFSET + dims.length * DIM_LINE + 4,
    front,
  };
}

/** Line step of the dimension names under an arrayed stock. */
export const DIM_LINE = 13;

/**
 * The front box of a stock that names its dimensions inside it, under its label: wide enough
 * for both, and tall enough for the label's lines and the dimension lines.
 */
export function stockBoxInside(
  label: string,
  dimensions: readonly string[] | undefined,
): { width: number; height: number } {
  const lines = stockLines(label);
  const dims = dimensions === undefined ? [] : dimensionLines(dimensions);
  return {
    width: Math.max(
      90,
      ...lines.map((l) => textWidth(l, SF_LABEL_SIZE) + 12),
      ...dims.map((l) => textWidth(l, SF_LABEL_SIZE - 1) + 12),
    ),
    height: Math.max(50, lines.length * 14 + dims.length * DIM_LINE + 14),
  };
}
