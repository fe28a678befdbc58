/**
 * A data variable's values as an expression the rest of the reader already handles:
 * `WITH LOOKUP(Time, points)`. Vensim's keywords choose how it reads between points (the ends
 * are held in every mode): `:INTERPOLATE:` linearly; `:HOLD BACKWARD:` (and `:RAW:`, whose
 * points in Vensim have no value between them) the last point at or before the time, a
 * `discrete` table; `:LOOK FORWARD:` the next point at or after it, a `discrete` table of
 * `-Time` over the mirrored points.
 */
import type { DataMode } from "./data-calls.js";
import type { VensimExpr, VensimTable } from "./vensim-ast.js";

/**
 * `WITH LOOKUP(Time, points)` read the way `mode` says; `at` reads the series at another time
 * than Time (GET DATA BETWEEN TIMES).
 */
export function dataExpr(
  points: readonly (readonly [number, number])[],
  mode: DataMode,
  start: number,
  at?: VensimExpr,
): VensimExpr {
  const time: VensimExpr = at ?? {
    kind: "name",
    name: "Time",
    quoted: false,
    subscripts: [],
    start,
  };
  let input: VensimExpr = time;
  let table: VensimTable = { points };
  const last = points[points.length - 1]!;
  if (mode === "hold backward" || mode === "raw") {
    // A step function; the repeated last value keeps the XMILE convention of discrete tables.
    table = { points: [...points, [last[0] + 1, last[1]]], type: "discrete" };
  } else if (mode === "look forward") {
    // The next point's value is the step function of -Time over the mirrored points.
    const mirrored = [...points].reverse().map(([x, y]) => [-x, y] as const);
    const first = points[0]!;
    input = { kind: "unary", op: "-", arg: time, start };
    table = { points: [...mirrored, [-first[0] + 1, first[1]]], type: "discrete" };
  }
  return {
    kind: "call",
    name: "WITH LOOKUP",
    subscripts: [],
    args: [input, { kind: "table", table, start }],
    start,
  };
}
