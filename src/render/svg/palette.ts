/**
 * Colours shared by every picture: one for each link polarity and a categorical palette for
 * groups, series and loops: the Okabe–Ito colours, told apart with every common kind of colour
 * blindness (the yellow darkened to read on white), then two greys.
 */
import type { Polarity } from "../../model/types.js";

/** Colour of a link or loop by its polarity. */
export const POLARITY_COLOURS: Readonly<Record<Polarity, string>> = {
  "+": "#1f5fa8",
  "-": "#c0392b",
  "?": "#7f7f7f",
};

/** Categorical colours, cycled by index. */
export const CATEGORY_COLOURS: readonly string[] = [
  "#0072b2",
  "#e69f00",
  "#009e73",
  "#d55e00",
  "#cc79a7",
  "#56b4e9",
  "#b8a200",
  "#000000",
  "#7f7f7f",
  "#bbbbbb",
];

/** The categorical colour of index `i`. */
export function categoryColour(i: number): string {
  return CATEGORY_COLOURS[
    ((i % CATEGORY_COLOURS.length) + CATEGORY_COLOURS.length) % CATEGORY_COLOURS.length
  ]!;
}

/** Text colour. */
export const INK = "#222222";
/** Colour of axes, axis labels and other secondary text. */
export const MUTED = "#666666";
/** Colour of grid lines. */
export const GRID = "#e3e3e3";
