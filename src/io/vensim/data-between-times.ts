/**
 * The expression GET DATA BETWEEN TIMES(series, time, mode) reads a data series with, as a
 * `WITH LOOKUP` the rest of the reader already handles.
 *
 * Vensim's reference names the modes: 0 interpolates between the points, 1 looks forward to
 * the next point and -1 holds the previous one. How Vensim applies them at and between points
 * is not in the reference; SDEverywhere's runtime (`__get_data_between_times`, from comparing
 * with Vensim's output) records it, and the getdata case of its suite shows it:
 * - looking forward and holding backward first round the time down to a whole number;
 * - looking forward gives the first point at or after that number (the last point past the
 *   end);
 * - holding backward gives the point before the first point at or after that number: at a
 *   point's own time, the value of the point before it (the first value up to the second
 *   point, the last but one past the end);
 * - interpolation is linear between the points.
 */
import { dataExpr } from "./data-expression.js";
import type { DataMode, VensimExpr, VensimTable } from "./vensim-ast.js";

const num = (value: number, start: number): VensimExpr => ({ kind: "number", value, start });

/** `x` rounded down to a whole number, as Vensim's functions spell it: `x - MODULO(x, 1)`. */
function floorOf(x: VensimExpr, start: number): VensimExpr {
  const modulo: VensimExpr = {
    kind: "call",
    name: "MODULO",
    subscripts: [],
    args: [x, num(1, start)],
    start,
  };
  return { kind: "binary", op: "-", left: x, right: modulo, start };
}

/** A step table read at `-input`: the value of the table's point at or below `-input`. */
function mirroredStep(
  points: readonly (readonly [number, number])[],
  input: VensimExpr,
  start: number,
): VensimExpr {
  const table: VensimTable = {
    points: [...points, [points[points.length - 1]![0] + 1, points[points.length - 1]![1]]],
    type: "discrete",
  };
  return {
    kind: "call",
    name: "WITH LOOKUP",
    subscripts: [],
    args: [
      { kind: "unary", op: "-", arg: input, start },
      { kind: "table", table, start },
    ],
    start,
  };
}

/**
 * The series `points` (times increasing) read at `at` in `mode` the way Vensim's GET DATA
 * BETWEEN TIMES does.
 */
export function dataBetweenTimesExpr(
  points: readonly (readonly [number, number])[],
  mode: DataMode,
  at: VensimExpr,
  start: number,
): VensimExpr {
  if (mode !== "look forward" && mode !== "hold backward") return dataExpr(points, mode, start, at);
  const whole = floorOf(at, start);
  const n = points.length;
  // the first point at or after t: the data's own look-forward reading, at the rounded time
  if (mode === "look forward") return dataExpr(points, mode, start, whole);
  // The value of point k-1 for t in (x[k-1], x[k]]: at -t in [-x[k], -x[k-1]) the mirrored
  // step's point -x[k] carries y[k-1]; up to the first point the first value, and below
  // -x[n-1] (past the end) the step's first value, y[n-2].
  const shifted: (readonly [number, number])[] = [];
  for (let k = n - 1; k >= 1; k--) shifted.push([-points[k]![0], points[k - 1]![1]]);
  shifted.push([-points[0]![0], points[0]![1]]);
  return mirroredStep(shifted, whole, start);
}
