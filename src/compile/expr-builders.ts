/** Small constructors for the expressions the expander writes (no spans: they have no text). */
import type { BinaryOp, Expr } from "../expr/types.js";

export const num = (value: number): Expr => ({ kind: "number", value });
export const ref = (id: string): Expr => ({ kind: "ref", id });
export const bin = (op: BinaryOp, left: Expr, right: Expr): Expr => ({
  kind: "binary",
  op,
  left,
  right,
});
export const call = (fn: string, ...args: Expr[]): Expr => ({ kind: "call", fn, args });
export const when = (cond: Expr, then: Expr, otherwise: Expr): Expr => ({
  kind: "if",
  cond,
  then,
  else: otherwise,
});

/** `left + right`, skipping a zero. */
export function sum(terms: readonly Expr[]): Expr {
  if (terms.length === 0) return num(0);
  return terms.slice(1).reduce((acc, term) => bin("+", acc, term), terms[0]!);
}
