import type { Expr } from "../expr/types.js";

/** Call `visit` with the id of every variable `expr` reads (references and lookup tables). */
export function walkRefs(expr: Expr, visit: (id: string) => void): void {
  switch (expr.kind) {
    case "number":
      return;
    case "ref":
      visit(expr.id);
      return;
    case "unary":
      walkRefs(expr.arg, visit);
      return;
    case "binary":
      walkRefs(expr.left, visit);
      walkRefs(expr.right, visit);
      return;
    case "if":
      walkRefs(expr.cond, visit);
      walkRefs(expr.then, visit);
      walkRefs(expr.else, visit);
      return;
    case "lookup":
      visit(expr.table);
      walkRefs(expr.arg, visit);
      return;
    case "call":
      for (const arg of expr.args) walkRefs(arg, visit);
      return;
  }
}
