/**
 * Compile-time evaluation of expressions that depend on parameters only, for the arguments
 * that fix a model's structure (the order of DELAY N and SMOOTH N). Returns undefined for
 * anything that is not constant.
 */
import { applyBinary, applyUnary } from "../expr/apply-operator.js";
import type { Expr } from "../expr/types.js";
import { RUNTIME_FUNCTIONS } from "./runtime-functions.js";

export function evaluateConstant(
  expr: Expr,
  params: ReadonlyMap<string, number>,
): number | undefined {
  switch (expr.kind) {
    case "number":
      return expr.value;
    case "ref":
      return params.get(expr.id);
    case "unary": {
      const a = evaluateConstant(expr.arg, params);
      return a === undefined ? undefined : applyUnary(expr.op, a);
    }
    case "binary": {
      const a = evaluateConstant(expr.left, params);
      const b = evaluateConstant(expr.right, params);
      return a === undefined || b === undefined ? undefined : applyBinary(expr.op, a, b);
    }
    case "if": {
      const c = evaluateConstant(expr.cond, params);
      if (c === undefined) return undefined;
      return evaluateConstant(c !== 0 ? expr.then : expr.else, params);
    }
    case "call": {
      const args = expr.args.map((a) => evaluateConstant(a, params));
      if (args.some((a) => a === undefined)) return undefined;
      const values = args as number[];
      switch (expr.fn) {
        case "pi":
          return Math.PI;
        case "inf":
          return Number.POSITIVE_INFINITY;
        case "min":
          return Math.min(...values);
        case "max":
          return Math.max(...values);
        case "abs":
        case "int":
        case "integer":
        case "round":
        case "sqrt":
        case "exp":
        case "ln":
          return (RUNTIME_FUNCTIONS[expr.fn] as (x: number) => number)(values[0]!);
        default:
          return undefined;
      }
    }
    case "lookup":
      return undefined;
  }
}
