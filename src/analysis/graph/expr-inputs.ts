import type { Expr } from "../../expr/types.js";

/** The ids of the variables an expression reads (refs only; lookup tables are not inputs). */
export function exprInputs(expr: Expr, into: Set<string> = new Set()): Set<string> {
  switch (expr.kind) {
    case "number":
      break;
    case "ref":
      into.add(expr.id);
      break;
    case "unary":
      exprInputs(expr.arg, into);
      break;
    case "binary":
      exprInputs(expr.left, into);
      exprInputs(expr.right, into);
      break;
    case "if":
      exprInputs(expr.cond, into);
      exprInputs(expr.then, into);
      exprInputs(expr.else, into);
      break;
    case "call":
      for (const arg of expr.args) exprInputs(arg, into);
      break;
    case "lookup":
      exprInputs(expr.arg, into);
      break;
  }
  return into;
}
