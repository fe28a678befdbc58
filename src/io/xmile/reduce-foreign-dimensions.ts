/**
 * XMILE 1.0 §3.7.1.3: a dimension name in a subscript that is not a dimension of the variable
 * being defined stands for the whole dimension (`MIN(var1[Dim1])` in a scalar equation is the
 * minimum over every element). stockflow writes that `var1[dim1!]`; this turns such subscripts
 * into `reduce` subscripts. Dimensions of the variable being defined stay bound element-wise.
 */
import { mapChildren } from "../../expr/map-children.js";
import type { Expr, Subscript } from "../../expr/types.js";

/** `expr` with every dimension subscript not in `dims` turned into a whole-dimension subscript. */
export function reduceForeignDimensions(expr: Expr, dims: readonly string[]): Expr {
  const walk = (e: Expr): Expr => {
    if (e.kind !== "ref") return mapChildren(e, walk);
    if (e.subscripts === undefined) return e;
    const subscripts = e.subscripts.map(
      (s): Subscript =>
        s.kind === "dimension" && !dims.includes(s.dim) ? { kind: "reduce", dim: s.dim } : s,
    );
    return { ...e, subscripts };
  };
  return walk(expr);
}
