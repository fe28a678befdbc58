/**
 * Link polarity from an equation: the direction in which an expression moves when one of its inputs
 * grows, all others held fixed — Richardson's definition of a positive link, "∂y/∂x > 0"
 * (G. P. Richardson, "Problems with causal-loop diagrams", System Dynamics Review 2(2), 1986; also
 * Sterman, *Business Dynamics*, 2000, §5.2). It is decided over the expression tree with sign rules
 * for the operators and builtins (`arithmetic-effect.ts`, `builtin-effect.ts`), the signs of
 * constants, and the direction of graphical functions; what the rules cannot decide is `?`.
 *
 * Assumption (`assumePositive`, on by default): model variables are positive quantities — stocks of
 * people, rates, fractions — unless `signOf` says otherwise. That is what lets `x/y` fall in `y` and
 * `1/(1+x)` fall in `x`; switch it off to get `?` wherever a sign matters.
 */

import { expectKind, expectOptions, expectString } from "../../diagnostics/check-argument.js";
import type { Expr } from "../../expr/types.js";
import { EXPR_KINDS } from "../../expr/types.js";
import type { GraphicalFunction, Polarity } from "../../model/types.js";
import { binaryEffect, eitherEffect } from "./arithmetic-effect.js";
import { callEffect } from "./builtin-effect.js";
import { type Effect, independent, UNKNOWN } from "./effect.js";
import {
  graphicalFunctionMonotonicity,
  graphicalFunctionSign,
} from "./graphical-function-monotonicity.js";
import { negate, type Sign, signOfNumber, times } from "./sign-algebra.js";

/** Options of the polarity rules. */
export interface PolarityOptions {
  /** Treat variables of unknown sign as positive quantities (default true). */
  readonly assumePositive?: boolean;
  /** The known sign of a variable (for example of a constant, from its value). */
  readonly signOf?: (id: string) => Sign | undefined;
  /** The graphical function of a lookup table called in the equation. */
  readonly graphicalFunction?: (table: string) => GraphicalFunction | undefined;
}

/** Defaults of {@link PolarityOptions}. */
export const POLARITY_DEFAULTS = { assumePositive: true } as const;

/** Direction and sign of `expr` with respect to the variable `input`. */
export function exprEffect(expr: Expr, input: string, options: PolarityOptions = {}): Effect {
  const assumePositive = options.assumePositive ?? POLARITY_DEFAULTS.assumePositive;
  const walk = (e: Expr): Effect => {
    switch (e.kind) {
      case "number":
        return independent(signOfNumber(e.value), e.value);
      case "ref": {
        const sign = options.signOf?.(e.id) ?? (assumePositive ? "+" : "?");
        return e.id === input ? { mono: "+", sign } : independent(sign);
      }
      case "unary": {
        const arg = walk(e.arg);
        switch (e.op) {
          case "+":
            return arg;
          case "-":
            return arg.mono === "0"
              ? independent(negate(arg.sign), arg.value === undefined ? undefined : -arg.value)
              : { mono: negate(arg.mono), sign: negate(arg.sign) };
          case "not":
            return arg.mono === "0" ? independent("+") : { mono: "?", sign: "+" };
        }
        break;
      }
      case "binary":
        return binaryEffect(e.op, walk(e.left), walk(e.right));
      case "if": {
        const cond = walk(e.cond);
        // A condition that moves with the input switches branches: a jump either way.
        return cond.mono === "0" ? eitherEffect(walk(e.then), walk(e.else)) : UNKNOWN;
      }
      case "call":
        return callEffect(e.fn, e.args.map(walk));
      case "lookup": {
        // Stepping forward or backward keeps the table's direction and takes only its y values;
        // extrapolation may leave the sign of its y values, an inverse or an area its direction.
        const keeps = e.mode === undefined || e.mode === "forward" || e.mode === "backward";
        const arg = walk(e.arg);
        if (keeps) return graphicalEffect(options.graphicalFunction?.(e.table), arg);
        return arg.mono === "0" ? independent("?") : UNKNOWN;
      }
    }
  };
  return walk(expr);
}

/** The effect of a graphical function `gf` read at an argument with effect `arg`. */
export function graphicalEffect(gf: GraphicalFunction | undefined, arg: Effect): Effect {
  if (!gf) return UNKNOWN;
  const sign = graphicalFunctionSign(gf);
  return arg.mono === "0"
    ? independent(sign)
    : { mono: times(graphicalFunctionMonotonicity(gf), arg.mono), sign };
}

/** How `expr` moves as `input` grows: `+`, `-`, `0` (not at all) or `?`. */
export function exprMonotonicity(expr: Expr, input: string, options?: PolarityOptions): Sign {
  expectKind("exprMonotonicity", "expr", expr, "an expression", EXPR_KINDS);
  expectString("exprMonotonicity", "input", input);
  expectOptions("exprMonotonicity", options, { signOf: "function", graphicalFunction: "function" });
  return exprEffect(expr, input, options).mono;
}

/** The polarity of the link from `input` to the variable defined by `expr`; `0` counts as `?`. */
export function linkPolarity(expr: Expr, input: string, options?: PolarityOptions): Polarity {
  expectKind("linkPolarity", "expr", expr, "an expression", EXPR_KINDS);
  expectString("linkPolarity", "input", input);
  expectOptions("linkPolarity", options, { signOf: "function", graphicalFunction: "function" });
  const mono = exprMonotonicity(expr, input, options);
  return mono === "0" ? "?" : mono;
}
