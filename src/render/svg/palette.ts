/**
 * Colours shared by every picture: one for each link polarity and a categorical palette for
 * groups, series and loops (the ten colours of Tableau 10, readable on white).
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
  "#4e79a7",
  "#f28e2b",
  "#e15759",
  "#76b7b2",
  "#59a14f",
  "#edc948",
  "#b07aa1",
  "#ff9da7",
  "#9c755f",
  "#bab0ac",
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
