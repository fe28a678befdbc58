/**
 * XMILE 1.0 §3.7.1.3: a dimension name in a subscript that is not a dimension of the variable
 * being defined stands for the whole dimension (`MIN(var1[Dim1])` in a scalar equation is the
 * minimum over every element). stockflow writes that `var1[dim1!]`; this turns such subscripts
 * into `reduce` subscripts. Dimensions of the variable being defined stay bound element-wise.
 */
import type { Expr, Subscript } from "../../expr/types.js";

/** `expr` with every dimension subscript not in `dims` turned into a whole-dimension subscript. */
export function reduceForeignDimensions(expr: Expr, dims: readonly string[]): Expr {
  const walk = (e: Expr): Expr => {
    switch (e.kind) {
      case "number":
        return e;
      case "ref": {
        if (e.subscripts === undefined) return e;
        const subscripts = e.subscripts.map(
          (s): Subscript =>
            s.kind === "dimension" && !dims.includes(s.dim) ? { kind: "reduce", dim: s.dim } : s,
        );
        return { ...e, subscripts };
      }
      case "unary":
        return { ...e, arg: walk(e.arg) };
      case "binary":
        return { ...e, left: walk(e.left), right: walk(e.right) };
      case "if":
        return { ...e, cond: walk(e.cond), then: walk(e.then), else: walk(e.else) };
      case "call":
        return { ...e, args: e.args.map(walk) };
      case "lookup":
        return { ...e, arg: walk(e.arg) };
    }
  };
  return walk(expr);
}
