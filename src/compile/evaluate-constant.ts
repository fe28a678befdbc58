/**
 * Compile-time evaluation of expressions that depend on parameters only, for the arguments
 * that fix a model's structure (the order of DELAY N and SMOOTH N). Given a clock, time and test
 * inputs are read at the start of the run. Returns undefined for anything that is not constant.
 */
import { applyBinary, applyUnary } from "../expr/apply-operator.js";
import type { Expr } from "../expr/types.js";
import { RUNTIME_FUNCTIONS } from "./runtime-functions.js";

export function evaluateConstant(
  expr: Expr,
  params: ReadonlyMap<string, number>,
  clock?: {
    readonly start: number;
    readonly dt: number;
    readonly equation?: (id: string) => Expr | undefined;
  },
  depth = 0,
): number | undefined {
  switch (expr.kind) {
    case "number":
      return expr.value;
    case "ref": {
      // A parameter, or (with a clock) an auxiliary's equation read at the start.
      const value = params.get(expr.id);
      const equation = value === undefined && depth < 64 ? clock?.equation?.(expr.id) : undefined;
      return value ?? (equation && evaluateConstant(equation, params, clock, depth + 1));
    }
    case "unary": {
      const a = evaluateConstant(expr.arg, params, clock, depth);
      return a === undefined ? undefined : applyUnary(expr.op, a);
    }
    case "binary": {
      const a = evaluateConstant(expr.left, params, clock, depth);
      const b = evaluateConstant(expr.right, params, clock, depth);
      return a === undefined || b === undefined ? undefined : applyBinary(expr.op, a, b);
    }
    case "if": {
      const c = evaluateConstant(expr.cond, params, clock, depth);
      if (c === undefined) return undefined;
      return evaluateConstant(c !== 0 ? expr.then : expr.else, params, clock, depth);
    }
    case "call": {
      const args = expr.args.map((a) => evaluateConstant(a, params, clock, depth));
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
        // With a clock, the start of the run: the value a structure-fixing argument has when
        // the run is initialised (Vensim fixes a DELAY N order then).
        case "time":
        case "initial_time":
          return clock?.start;
        case "dt":
          return clock?.dt;
        case "step":
          return clock && RUNTIME_FUNCTIONS.step(values[0]!, values[1]!, clock.start, clock.dt);
        case "ramp":
          return (
            clock &&
            RUNTIME_FUNCTIONS.ramp(
              values[0]!,
              values[1]!,
              values[2] ?? Number.NaN,
              clock.start,
              clock.dt,
            )
          );
        case "pulse":
          return clock && RUNTIME_FUNCTIONS.pulse(values[0]!, values[1]!, clock.start, clock.dt);
        default:
          return undefined;
      }
    }
    case "lookup":
      return undefined;
  }
}
