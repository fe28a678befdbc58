/**
 * XMILE has no LOOKUP FORWARD, INVERT or AREA: a graphical function is read only its own way.
 * A lookup read in a mode is written as a plain call where that is exact (extrapolating a table
 * of type `extrapolate`, stepping backward through a `discrete` one); anything else is a
 * problem for the writer to report, never a silent change of the model.
 */
import { lookupFunctionName } from "../../expr/lookup-functions.js";
import { mapChildren } from "../../expr/map-children.js";
import type { Expr } from "../../expr/types.js";
import type { GraphicalFunctionType } from "../../model/types.js";

/**
 * `expr` with every exactly writable lookup mode dropped, or the name of the first lookup
 * function XMILE cannot express (`lookup_forward(tbl, …)`).
 */
export function withoutLookupModes(
  expr: Expr,
  typeOf: (table: string) => GraphicalFunctionType | undefined,
): { readonly expr: Expr } | { readonly unwritable: string } {
  let unwritable: string | undefined;
  const walk = (e: Expr): Expr => {
    if (e.kind !== "lookup" || e.mode === undefined) return mapChildren(e, walk);
    const arg = walk(e.arg);
    const type = typeOf(e.table) ?? "continuous";
    const exact =
      (e.mode === "extrapolate" && type === "extrapolate") ||
      (e.mode === "backward" && type === "discrete");
    if (!exact) unwritable ??= `${lookupFunctionName(e.mode)}(${e.table}, …)`;
    const { mode: _mode, ...plain } = e;
    return { ...plain, arg };
  };
  const result = walk(expr);
  return unwritable === undefined ? { expr: result } : { unwritable };
}
