/** Expressions without positions, for comparing trees parsed from different text. */

import { expectKind } from "../diagnostics/check-argument.js";
import type { Expr } from "./types.js";
import { EXPR_KINDS } from "./types.js";

/** A copy of `expr` with every `span` removed; every other field is kept. */
export function stripSpans(expr: Expr): Expr {
  expectKind("stripSpans", "expr", expr, "an expression", EXPR_KINDS);
  const { span: _, ...rest } = expr;
  switch (rest.kind) {
    case "number":
    case "ref":
      return rest;
    case "unary":
      return { ...rest, arg: stripSpans(rest.arg) };
    case "binary":
      return { ...rest, left: stripSpans(rest.left), right: stripSpans(rest.right) };
    case "if": {
      const then = stripSpans(rest.then);
      return { ...rest, cond: stripSpans(rest.cond), then, else: stripSpans(rest.else) };
    }
    case "call":
      return { ...rest, args: rest.args.map(stripSpans) };
    case "lookup":
      return { ...rest, arg: stripSpans(rest.arg) };
  }
}
