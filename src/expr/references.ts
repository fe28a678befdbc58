/** What an expression depends on by name. */

import { expectIterable, expectKind } from "../diagnostics/check-argument.js";
import type { Expr } from "./types.js";
import { EXPR_KINDS } from "./types.js";

/** The ids of the variables `expr` uses: every `ref` and the table of every `lookup`. */
export function references(expr: Expr, into: Set<string> = new Set()): Set<string> {
  expectKind("references", "expr", expr, "an expression", EXPR_KINDS);
  expectIterable("references", "into", into);
  switch (expr.kind) {
    case "number":
      break;
    case "ref":
      into.add(expr.id);
      break;
    case "unary":
      references(expr.arg, into);
      break;
    case "binary":
      references(expr.left, into);
      references(expr.right, into);
      break;
    case "if":
      references(expr.cond, into);
      references(expr.then, into);
      references(expr.else, into);
      break;
    case "call":
      for (const arg of expr.args) references(arg, into);
      break;
    case "lookup":
      into.add(expr.table);
      references(expr.arg, into);
      break;
  }
  return into;
}
