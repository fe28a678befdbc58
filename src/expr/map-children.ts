/**
 * One level of an expression rebuilt: `expr` with `f` applied to each of its direct
 * sub-expressions, everything else (spans, subscripts, lookup modes) kept. Rewrites of the tree
 * handle the nodes they care about and pass the rest through this.
 */
import type { Expr } from "./types.js";

/** `expr` with each direct sub-expression replaced by `f` of it; leaves come back as they are. */
export function mapChildren(expr: Expr, f: (child: Expr) => Expr): Expr {
  switch (expr.kind) {
    case "number":
    case "ref":
      return expr;
    case "unary":
      return { ...expr, arg: f(expr.arg) };
    case "binary":
      return { ...expr, left: f(expr.left), right: f(expr.right) };
    case "if":
      return { ...expr, cond: f(expr.cond), then: f(expr.then), else: f(expr.else) };
    case "call":
      return { ...expr, args: expr.args.map(f) };
    case "lookup":
      return { ...expr, arg: f(expr.arg) };
  }
}
