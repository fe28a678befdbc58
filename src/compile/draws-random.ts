/** Whether an expression draws from the run's random source. */
import { BUILTINS } from "../expr/builtins.js";
import type { Expr } from "../expr/types.js";

/** True when evaluating `expr` calls a builtin of the `random` category (RANDOM UNIFORM & co.). */
export function drawsRandom(expr: Expr): boolean {
  switch (expr.kind) {
    case "number":
    case "ref":
      return false;
    case "unary":
      return drawsRandom(expr.arg);
    case "binary":
      return drawsRandom(expr.left) || drawsRandom(expr.right);
    case "if":
      return drawsRandom(expr.cond) || drawsRandom(expr.then) || drawsRandom(expr.else);
    case "lookup":
      return drawsRandom(expr.arg);
    case "call":
      return BUILTINS[expr.fn]?.category === "random" || expr.args.some(drawsRandom);
  }
}
