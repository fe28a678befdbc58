/**
 * Polarity rules of the arithmetic operators, from the signs of derivatives: for a product,
 * d(ab) = a'b + ab'; for a quotient, d(a/b) = (a'b − ab')/b²; for a power with a positive base,
 * d(a^b) = b·a^(b−1)·a' + a^b·ln(a)·b'. A sum of terms moving the same way moves that way; terms
 * pulling both ways make it `?`. Values of constants decide signs where a rule needs them.
 */
import type { BinaryOp } from "../../expr/types.js";
import { type Effect, independent, UNKNOWN } from "./effect.js";
import { agree, negate, plus, type Sign, signOfNumber, times } from "./sign-algebra.js";

const fold = (value: number | undefined, sign: Sign): Effect => independent(sign, value);

function product(a: Effect, b: Effect): Effect {
  const mono = plus(times(a.mono, b.sign), times(a.sign, b.mono));
  const value = a.value !== undefined && b.value !== undefined ? a.value * b.value : undefined;
  return mono === "0" ? fold(value, times(a.sign, b.sign)) : { mono, sign: times(a.sign, b.sign) };
}

function quotient(a: Effect, b: Effect): Effect {
  // A denominator that may be zero or change sign has no monotone reciprocal.
  if (b.sign !== "+" && b.sign !== "-") {
    return a.mono === "0" && b.mono === "0" ? independent("?") : UNKNOWN;
  }
  const mono = plus(times(a.mono, b.sign), times(a.sign, negate(b.mono)));
  const sign = times(a.sign, b.sign);
  const value = a.value !== undefined && b.value !== undefined ? a.value / b.value : undefined;
  return mono === "0" ? fold(value, sign) : { mono, sign };
}

function power(a: Effect, b: Effect): Effect {
  const value = a.value !== undefined && b.value !== undefined ? a.value ** b.value : undefined;
  if (a.mono === "0" && b.mono === "0")
    return fold(value, value === undefined ? "?" : signOfNumber(value));
  if (a.sign !== "+") {
    // x^2 and friends: an even whole exponent of an unsigned base is not monotone.
    return UNKNOWN;
  }
  const lnBase = a.value === undefined ? "?" : signOfNumber(Math.log(a.value));
  const mono = plus(times(b.sign, a.mono), times(lnBase, b.mono));
  return { mono, sign: "+" };
}

/** `a < b` (0 or 1): falls as `a` grows and rises as `b` grows, in steps. */
function lessThan(a: Effect, b: Effect): Effect {
  return { mono: plus(negate(a.mono), b.mono), sign: "+" };
}

/** The effect of `left op right`. */
export function binaryEffect(op: BinaryOp, a: Effect, b: Effect): Effect {
  switch (op) {
    case "+": {
      const value = a.value !== undefined && b.value !== undefined ? a.value + b.value : undefined;
      const mono = plus(a.mono, b.mono);
      return mono === "0"
        ? fold(value, plus(a.sign, b.sign))
        : { mono, sign: plus(a.sign, b.sign) };
    }
    case "-": {
      const value = a.value !== undefined && b.value !== undefined ? a.value - b.value : undefined;
      const mono = plus(a.mono, negate(b.mono));
      const sign = plus(a.sign, negate(b.sign));
      return mono === "0"
        ? fold(value, value === undefined ? sign : signOfNumber(value))
        : { mono, sign };
    }
    case "*":
      return product(a, b);
    case "/":
      return quotient(a, b);
    case "^":
      return power(a, b);
    case "<":
    case "<=":
      return lessThan(a, b);
    case ">":
    case ">=":
      return lessThan(b, a);
    case "mod":
    case "==":
    case "!=":
    case "and":
    case "or":
      return a.mono === "0" && b.mono === "0"
        ? independent(op === "mod" ? "?" : "+")
        : { mono: "?", sign: op === "mod" ? "?" : "+" };
  }
}

/** The effect of two alternatives (branches, min/max) that each may be taken. */
export function eitherEffect(a: Effect, b: Effect): Effect {
  const mono = a.mono === "0" ? b.mono : b.mono === "0" ? a.mono : agree(a.mono, b.mono);
  return { mono, sign: agree(a.sign, b.sign) };
}
