/**
 * XMILE has no LOOKUP FORWARD, INVERT or AREA: a graphical function is read only its own way.
 * A lookup read in a mode is written as a plain call where that is exact (extrapolating a table
 * of type `extrapolate`, stepping backward through a `discrete` one); anything else is a
 * problem for the writer to report, never a silent change of the model.
 */
import { lookupFunctionName } from "../../expr/lookup-functions.js";
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
    switch (e.kind) {
      case "number":
      case "ref":
        return e;
      case "unary":
        return { ...e, arg: walk(e.arg) };
      case "binary":
        return { ...e, left: walk(e.left), right: walk(e.right) };
      case "if":
        return { ...e, cond: walk(e.cond), then: walk(e.then), else: walk(e.else) };
      case "call":
        return { ...e, args: e.args.map(walk) };
      case "lookup": {
        const arg = walk(e.arg);
        if (e.mode === undefined) return { ...e, arg };
        const type = typeOf(e.table) ?? "continuous";
        const exact =
          (e.mode === "extrapolate" && type === "extrapolate") ||
          (e.mode === "backward" && type === "discrete");
        if (!exact) unwritable ??= `${lookupFunctionName(e.mode)}(${e.table}, …)`;
        const { mode: _mode, ...plain } = e;
        return { ...plain, arg };
      }
    }
  };
  const result = walk(expr);
  return unwritable === undefined ? { expr: result } : { unwritable };
}
