/**
 * A Vensim lookup table as a stockflow {@link GraphicalFunction}: the points give `x` and `y`
 * (Vensim lookups interpolate linearly and hold their end values: `continuous`), the range
 * `[(xmin,ymin)-(xmax,ymax)]` only the display range `yscale`. Points out of x order are sorted,
 * with a warning.
 */
import type { GraphicalFunction } from "../../model/types.js";
import type { VariableDefinition } from "./expand-macros.js";
import type { VensimTable } from "./vensim-ast.js";
import { VensimSyntaxError } from "./vensim-tokenize.js";

/** The graphical function of a table. */
export function toGf(table: VensimTable): GraphicalFunction {
  const r = table.range;
  return {
    ...(table.type !== undefined ? { type: table.type } : {}),
    x: table.points.map((p) => p[0]),
    y: table.points.map((p) => p[1]),
    ...(r !== undefined ? { yscale: { min: r.ymin, max: r.ymax } } : {}),
  };
}

/** The graphical function of a table, or undefined after reporting why it cannot be one. */
export function checkedGf(
  table: VensimTable,
  d: VariableDefinition,
  fail: (error: VensimSyntaxError, d: VariableDefinition) => void,
): GraphicalFunction | undefined {
  const gf = toGf(table);
  const x = gf.x ?? [];
  const at = d.def.kind === "data" ? 0 : d.def.lhs.start;
  if (x.length === 0) {
    fail(new VensimSyntaxError(`lookup ${d.name} has no points`, at, "empty-lookup"), d);
    return undefined;
  }
  if (x.some((v, i) => i > 0 && v < x[i - 1]!)) {
    // A warning, not an error: the points are read in the order of their x values.
    fail(
      new VensimSyntaxError(
        `the x values of lookup ${d.name} do not increase; sorted`,
        at,
        "lookup-order",
      ),
      d,
    );
    const points = [...table.points].sort((a, b) => a[0] - b[0]);
    return { ...gf, x: points.map((p) => p[0]), y: points.map((p) => p[1]) };
  }
  return gf;
}
