/**
 * Reading a graphical function (XMILE §3.1.4): `continuous` interpolates linearly and clamps
 * to the end values; `extrapolate` interpolates and extends the end segments linearly;
 * `discrete` takes the y of the next lower x (a step function), clamped at both ends.
 */

import {
  expectNumbers,
  expectNumeric,
  expectObject,
  expectSchema,
} from "../diagnostics/check-argument.js";
import { graphicalFunctionSchema } from "../model/schema.js";
import type { GraphicalFunction, GraphicalFunctionType } from "../model/types.js";

/** A graphical function ready for evaluation: explicit x and y arrays. */
export interface Table {
  readonly type: GraphicalFunctionType;
  readonly x: Float64Array;
  readonly y: Float64Array;
}

/** The explicit x points of a graphical function (from `x`, or spread evenly over `xscale`). */
export function tablePoints(gf: GraphicalFunction): Table {
  expectSchema("tablePoints", "gf", gf, graphicalFunctionSchema, "a graphical function");
  const n = gf.y.length;
  const x = new Float64Array(n);
  if (gf.x) {
    x.set(gf.x);
  } else {
    const min = gf.xscale?.min ?? 0;
    const max = gf.xscale?.max ?? n - 1;
    for (let i = 0; i < n; i++) x[i] = n === 1 ? min : min + ((max - min) * i) / (n - 1);
  }
  return { type: gf.type ?? "continuous", x, y: Float64Array.from(gf.y) };
}

/** The value of a table at `input`. */
export function lookupTable(table: Table, input: number): number {
  expectObject("lookupTable", "table", table);
  expectNumbers("lookupTable", "table.x", table.x);
  expectNumbers("lookupTable", "table.y", table.y);
  expectNumeric("lookupTable", "input", input);
  return readTable(table, input);
}

/**
 * {@link lookupTable} without the argument checks, for the generated run function, which calls
 * it at every step with tables it built itself.
 */
export function readTable(table: Table, input: number): number {
  const { x, y } = table;
  const n = x.length;
  if (n === 0) return 0;
  const last = n - 1;
  if (Number.isNaN(input)) return input;
  if (input <= x[0]!) {
    if (table.type === "extrapolate" && n > 1 && input < x[0]!) {
      return y[0]! + ((y[1]! - y[0]!) * (input - x[0]!)) / (x[1]! - x[0]!);
    }
    return y[0]!;
  }
  if (input >= x[last]!) {
    if (table.type === "extrapolate" && n > 1 && input > x[last]!) {
      const dx = x[last]! - x[last - 1]!;
      return y[last]! + ((y[last]! - y[last - 1]!) * (input - x[last]!)) / dx;
    }
    return y[last]!;
  }
  // Binary search for the segment x[lo] <= input < x[lo + 1].
  let lo = 0;
  let hi = last;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (x[mid]! <= input) lo = mid;
    else hi = mid;
  }
  if (table.type === "discrete") return y[lo]!;
  const x0 = x[lo]!;
  const x1 = x[hi]!;
  return y[lo]! + ((y[hi]! - y[lo]!) * (input - x0)) / (x1 - x0);
}
