/**
 * What the polarity rules know about a sub-expression: the direction in which it moves when the
 * input grows (`mono`), the sign of its value (`sign`), and its value when it is a constant
 * number (so that `x^2`, `2^x` and `log(x, 10)` can be decided).
 */
import type { Sign } from "./sign-algebra.js";

/** Direction and sign of a sub-expression with respect to one input. */
export interface Effect {
  /** How the value moves as the input grows (`0`: it does not depend on the input). */
  readonly mono: Sign;
  /** The sign of the value. */
  readonly sign: Sign;
  /** The value, when the sub-expression is a constant number. */
  readonly value?: number;
}

/** An effect that does not depend on the input. */
export function independent(sign: Sign, value?: number): Effect {
  return value === undefined ? { mono: "0", sign } : { mono: "0", sign, value };
}

/** Nothing known. */
export const UNKNOWN: Effect = Object.freeze({ mono: "?", sign: "?" });
