/**
 * The arithmetic of the equation language's operators on plain numbers, for the places that
 * evaluate expressions without generating code (constant folding, polarity checks). Comparisons
 * and logic give 1 or 0; `mod` is Knuth's floored modulus. Generated code must agree with this
 * (`compile/expr-to-js.ts`).
 */
import { pow } from "../math/pow.js";
import type { BinaryOp, UnaryOp } from "./types.js";

/** Knuth's floored modulus: the result has the sign of the divisor (XMILE MOD, Vensim MODULO). */
export function modulo(a: number, b: number): number {
  return a - b * Math.floor(a / b);
}

/** `a op b`. */
export function applyBinary(op: BinaryOp, a: number, b: number): number {
  switch (op) {
    case "+":
      return a + b;
    case "-":
      return a - b;
    case "*":
      return a * b;
    case "/":
      return a / b;
    case "^":
      return pow(a, b);
    case "mod":
      return modulo(a, b);
    case "<":
      return a < b ? 1 : 0;
    case "<=":
      return a <= b ? 1 : 0;
    case ">":
      return a > b ? 1 : 0;
    case ">=":
      return a >= b ? 1 : 0;
    case "==":
      return a === b ? 1 : 0;
    case "!=":
      return a !== b ? 1 : 0;
    case "and":
      return a !== 0 && b !== 0 ? 1 : 0;
    case "or":
      return a !== 0 || b !== 0 ? 1 : 0;
  }
}

/** `op a`. */
export function applyUnary(op: UnaryOp, a: number): number {
  switch (op) {
    case "-":
      return -a;
    case "+":
      return a;
    case "not":
      return a === 0 ? 1 : 0;
  }
}
