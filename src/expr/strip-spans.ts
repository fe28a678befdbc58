/** Expressions without positions, for comparing trees parsed from different text. */
import type { Expr } from "./types.js";

/** A copy of `expr` with every `span` removed. */
export function stripSpans(expr: Expr): Expr {
  switch (expr.kind) {
    case "number":
      return { kind: "number", value: expr.value };
    case "ref":
      return { kind: "ref", id: expr.id };
    case "unary":
      return { kind: "unary", op: expr.op, arg: stripSpans(expr.arg) };
    case "binary": {
      const { op, left, right } = expr;
      return { kind: "binary", op, left: stripSpans(left), right: stripSpans(right) };
    }
    case "if": {
      const then = stripSpans(expr.then);
      return { kind: "if", cond: stripSpans(expr.cond), then, else: stripSpans(expr.else) };
    }
    case "call":
      return { kind: "call", fn: expr.fn, args: expr.args.map(stripSpans) };
    case "lookup":
      return { kind: "lookup", table: expr.table, arg: stripSpans(expr.arg) };
  }
}
