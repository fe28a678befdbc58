/**
 * Reading a table in the modes of Vensim's LOOKUP functions (see `LookupMode`): extrapolating,
 * stepping forward or backward, inverting, and integrating. Each works on the explicit points
 * of a {@link Table}; the table's own type (continuous, extrapolate, discrete) applies only to
 * its ordinary reading, `lookupTable`.
 */
import type { LookupMode } from "../expr/types.js";
import { readTable, type Table } from "./graphical-function.js";

/** Vensim's :NA:, what LOOKUP INVERT gives for an output the table never reaches. */
export const VENSIM_NA = -1e38;

/** The table read at `x` with its end segments extended linearly. */
export function lookupExtrapolate(table: Table, x: number): number {
  return readTable({ ...table, type: "extrapolate" }, x);
}

/** The y of the first point whose x is at or after `x`; the last y beyond the table. */
export function lookupForward(table: Table, x: number): number {
  const n = table.x.length;
  if (n === 0) return 0;
  if (Number.isNaN(x)) return x;
  for (let i = 0; i < n; i++) if (table.x[i]! >= x) return table.y[i]!;
  return table.y[n - 1]!;
}

/** The y of the last point whose x is at or before `x`; the first y before the table. */
export function lookupBackward(table: Table, x: number): number {
  const n = table.x.length;
  if (n === 0) return 0;
  if (Number.isNaN(x)) return x;
  for (let i = n - 1; i >= 0; i--) if (table.x[i]! <= x) return table.y[i]!;
  return table.y[0]!;
}

/**
 * The smallest x at which the linearly interpolated table equals `y`, or {@link VENSIM_NA}
 * when `y` is outside the range of the table's y values.
 */
export function lookupInvert(table: Table, y: number): number {
  const { x: xs, y: ys } = table;
  const n = xs.length;
  if (n === 0 || Number.isNaN(y)) return VENSIM_NA;
  for (let i = 0; i < n; i++) {
    if (ys[i] === y) return xs[i]!;
    if (i + 1 < n) {
      const y0 = ys[i]!;
      const y1 = ys[i + 1]!;
      if ((y0 < y && y < y1) || (y1 < y && y < y0)) {
        return xs[i]! + ((xs[i + 1]! - xs[i]!) * (y - y0)) / (y1 - y0);
      }
    }
  }
  return VENSIM_NA;
}

/**
 * The area under the linearly interpolated table from its first x point to `x` (negative
 * before the first point), the end values held constant outside the table.
 */
export function lookupArea(table: Table, x: number): number {
  const { x: xs, y: ys } = table;
  const n = xs.length;
  if (n === 0) return 0;
  if (Number.isNaN(x)) return x;
  const first = xs[0]!;
  if (x <= first) return (x - first) * ys[0]!;
  let area = 0;
  for (let i = 0; i + 1 < n; i++) {
    const x0 = xs[i]!;
    const x1 = xs[i + 1]!;
    if (x <= x0) return area;
    const end = Math.min(x, x1);
    // Trapezoid from x0 to end under the segment's line.
    const yEnd = x1 === x0 ? ys[i + 1]! : ys[i]! + ((ys[i + 1]! - ys[i]!) * (end - x0)) / (x1 - x0);
    area += ((ys[i]! + yEnd) / 2) * (end - x0);
    if (x <= x1) return area;
  }
  return area + (x - xs[n - 1]!) * ys[n - 1]!;
}

/** The table read at `x` in `mode` (the table's own reading without one). */
export function lookupInMode(table: Table, mode: LookupMode | undefined, x: number): number {
  switch (mode) {
    case undefined:
      return readTable(table, x);
    case "extrapolate":
      return lookupExtrapolate(table, x);
    case "forward":
      return lookupForward(table, x);
    case "backward":
      return lookupBackward(table, x);
    case "invert":
      return lookupInvert(table, x);
    case "area":
      return lookupArea(table, x);
  }
}
