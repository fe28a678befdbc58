/**
 * Polarity rules of the builtin functions. Increasing: exp, ln, log10, sqrt, arcsin, arctan, sinh,
 * tanh, the rounding functions, sign; decreasing: arccos; abs and cosh follow the sign of their
 * argument; periodic functions (sin, cos, tan) are `?`. min and max move the way all their
 * arguments move. Delays and smooths pass on the direction of their input (their delay time and
 * initial value are `?`); test inputs grow with their height or slope; random draws are `?`.
 */

import { binaryEffect, eitherEffect } from "./arithmetic-effect.js";
import type { Effect } from "./effect.js";
import { independent, UNKNOWN } from "./effect.js";
import { type Sign, signOfNumber, times } from "./sign-algebra.js";

/** Same direction as the argument; value of the given sign. */
const follow = (arg: Effect | undefined, sign: Sign): Effect =>
  arg === undefined ? UNKNOWN : arg.mono === "0" ? independent(sign) : { mono: arg.mono, sign };

/** Builtins whose only direction-carrying argument is the first, passed on unchanged. */
const FIRST_ARGUMENT: ReadonlySet<string> = new Set([
  "smooth",
  "smooth3",
  "smooth_n",
  "delay1",
  "delay3",
  "delay_n",
  "delay_fixed",
  "delay_material",
  "initial",
  "previous",
  "active_initial",
  "step",
  "ramp",
  "xpulse",
]);

/** Builtins whose value is never negative (the run's clock included). */
const NON_NEGATIVE: ReadonlySet<string> = new Set([
  "time",
  "dt",
  "initial_time",
  "final_time",
  "saveper",
  "pi",
  "inf",
  "exp",
  "sqrt",
  "abs",
  "cosh",
]);

/** The effect of a call of builtin `fn` whose arguments have the effects `args`. */
export function callEffect(fn: string, args: readonly Effect[]): Effect {
  const [a, b] = args;
  if (!FIRST_ARGUMENT.has(fn) && args.every((arg) => arg.mono === "0")) {
    return independent(NON_NEGATIVE.has(fn) ? "+" : "?");
  }
  if (FIRST_ARGUMENT.has(fn)) {
    if (args.slice(1).some((arg) => arg.mono !== "0")) return UNKNOWN;
    return follow(a, a?.sign ?? "?");
  }
  switch (fn) {
    case "exp":
    case "sqrt":
      return follow(a, "+");
    case "ln":
    case "log10":
    case "arcsin":
    case "arctan":
    case "sinh":
    case "tanh":
      return follow(a, "?");
    case "int":
    case "integer":
    case "ceiling":
    case "round":
    case "sign":
    case "quantum":
      return b && b.mono !== "0" ? UNKNOWN : follow(a, a?.sign ?? "?");
    case "arccos":
      return a ? { mono: times("-", a.mono), sign: "+" } : UNKNOWN;
    case "abs":
    case "cosh":
      return a ? { mono: times(a.sign, a.mono), sign: "+" } : UNKNOWN;
    case "log": {
      const base = b?.value === undefined ? "?" : signOfNumber(Math.log(b.value));
      return b && b.mono === "0" && a ? { mono: times(base, a.mono), sign: "?" } : UNKNOWN;
    }
    case "power":
      return a && b ? binaryEffect("^", a, b) : UNKNOWN;
    case "zidz":
      return a && b ? binaryEffect("/", a, b) : UNKNOWN;
    case "xidz":
      return a && b && args[2] ? eitherEffect(binaryEffect("/", a, b), args[2]) : UNKNOWN;
    case "min":
    case "max":
      return args.reduce(eitherEffect);
    case "if_then_else":
      return a?.mono === "0" && b && args[2] ? eitherEffect(b, args[2]) : UNKNOWN;
    default:
      // sin, cos, tan, modulo, pulse trains, random draws, trend, forecast, sample_if_true.
      return UNKNOWN;
  }
}
