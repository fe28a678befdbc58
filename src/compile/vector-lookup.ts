/**
 * Runtime form of Vensim's VECTOR LOOKUP(vec, x, xmin, xmax, mode) (Vensim Reference Guide,
 * "VECTOR LOOKUP"): the elements of `vec` (along its last subscript) are the y values of a
 * lookup whose x values split [xmin, xmax] into equal intervals, read in the mode `mode` names:
 * 0 a normal lookup, 1 LOOKUP AREA (from xmin), 2 LOOKUP BACKWARD, 3 LOOKUP EXTRAPOLATE,
 * 4 LOOKUP FORWARD, 5 LOOKUP INVERT. Modes 6 to 9 (LOOKUP SLOPE and the extrapolating area,
 * invert and slope, which the reference names without defining) are an error at run time (NaN),
 * as is any other mode.
 */
import type { Table } from "./graphical-function.js";
import { readTable } from "./graphical-function.js";
import {
  lookupArea,
  lookupBackward,
  lookupExtrapolate,
  lookupForward,
  lookupInvert,
} from "./lookup-modes.js";

/** The table of VECTOR LOOKUP: `ys` spread evenly from `xmin` to `xmax`. */
export function vectorTable(xmin: number, xmax: number, ys: readonly number[]): Table {
  const n = ys.length;
  const x = Float64Array.from(ys, (_, i) =>
    n === 1 ? xmin : xmin + ((xmax - xmin) * i) / (n - 1),
  );
  return { type: "continuous", x, y: Float64Array.from(ys) };
}

/** VECTOR LOOKUP of the y values `ys` at `x` in mode `mode`. */
export function vectorLookup(
  x: number,
  xmin: number,
  xmax: number,
  mode: number,
  ...ys: number[]
): number {
  if (ys.length === 0 || !(xmax > xmin || ys.length === 1)) return Number.NaN;
  const table = vectorTable(xmin, xmax, ys);
  switch (mode) {
    case 0:
      return readTable(table, x);
    case 1:
      return lookupArea(table, x);
    case 2:
      return lookupBackward(table, x);
    case 3:
      return lookupExtrapolate(table, x);
    case 4:
      return lookupForward(table, x);
    case 5:
      return lookupInvert(table, x);
    default:
      return Number.NaN;
  }
}
