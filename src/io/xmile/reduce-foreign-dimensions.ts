/**
 * XMILE 1.0 §3.7.1.3: a dimension name in a subscript that is not a dimension of the variable
 * being defined stands for the whole dimension (`MIN(var1[Dim1])` in a scalar equation is the
 * minimum over every element). stockflow writes that `var1[dim1!]`; this turns such subscripts
 * into `reduce` subscripts. Dimensions of the variable being defined stay bound element-wise, and
 * so does a dimension mapped onto one of them or from one of them (Stella's `isee:maps_to`, as
 * Vensim's `->`): its element is the one the mapping pairs with the element being defined.
 */
import { mapChildren } from "../../expr/map-children.js";
import type { Expr, Subscript } from "../../expr/types.js";
import type { Dimension } from "../../model/types.js";

/**
 * `expr` with every dimension subscript not in `dims` (nor mapped onto or from one of them, by
 * `dimensions`) turned into a whole-dimension subscript.
 */
export function reduceForeignDimensions(
  expr: Expr,
  dims: readonly string[],
  dimensions?: ReadonlyMap<string, Dimension>,
): Expr {
  const mapsTo = (from: string, to: string) =>
    (dimensions?.get(from)?.maps ?? []).some((m) => m.to === to);
  const own = (dim: string) =>
    dims.includes(dim) || dims.some((d) => mapsTo(dim, d) || mapsTo(d, dim));
  const walk = (e: Expr): Expr => {
    if (e.kind !== "ref") return mapChildren(e, walk);
    if (e.subscripts === undefined) return e;
    const subscripts = e.subscripts.map(
      (s): Subscript =>
        s.kind === "dimension" && !own(s.dim) ? { kind: "reduce", dim: s.dim } : s,
    );
    return { ...e, subscripts };
  };
  return walk(expr);
}
