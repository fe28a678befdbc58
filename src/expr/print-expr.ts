/**
 * `printExpr`: an {@link Expr} back to canonical stockflow equation text, which parses back to
 * the same tree (spans aside) in a scope that knows its names.
 *
 * Parentheses are added only where precedence needs them. The levels follow the mathjs parser,
 * lowest first: `or`, `and`, comparisons, `+ -`, `* / mod`, unary `- + not`, `^`. Comparisons
 * never chain (`(a < b) < c` keeps its parentheses); `^` is right-associative and its base is
 * never a unary, so `-2 ^ 2` is `-(2 ^ 2)`. Conditionals print as `if_then_else(c, a, b)`,
 * builtins without arguments bare (`time`), and numbers as JavaScript prints them, which reads
 * back exactly (`inf` for infinity).
 */

import { expectKind } from "../diagnostics/check-argument.js";
import { BUILTIN_ALIASES, BUILTINS } from "./builtins.js";
import { lookupFunctionName } from "./lookup-functions.js";
import type { BinaryOp, Expr, Subscript } from "./types.js";
import { EXPR_KINDS } from "./types.js";

function printSubscript(s: Subscript): string {
  switch (s.kind) {
    case "dimension":
      return s.dim;
    case "element":
      return s.element;
    case "reduce":
      return `${s.dim}!`;
  }
}

const LEVEL: Readonly<Record<BinaryOp, number>> = {
  or: 1,
  and: 2,
  "<": 3,
  "<=": 3,
  ">": 3,
  ">=": 3,
  "==": 3,
  "!=": 3,
  "+": 4,
  "-": 4,
  "*": 5,
  "/": 5,
  mod: 5,
  "^": 7,
};
const UNARY = 6;
const ATOM = 8;

/** The precedence level of the operator at the top of `expr`. */
function level(expr: Expr): number {
  switch (expr.kind) {
    case "binary":
      return LEVEL[expr.op];
    case "unary":
      return UNARY;
    case "number":
      return expr.value < 0 || Object.is(expr.value, -0) ? UNARY : ATOM;
    case "ref":
    case "call":
    case "lookup":
    case "if":
      return ATOM;
  }
}

function number(value: number): string {
  if (Number.isNaN(value)) return "(0 / 0)";
  if (value === Number.POSITIVE_INFINITY) return "inf";
  if (value === Number.NEGATIVE_INFINITY) return "-inf";
  return Object.is(value, -0) ? "-0" : String(value);
}

function zeroArgument(fn: string): boolean {
  const canonical = BUILTIN_ALIASES.get(fn);
  return canonical !== undefined && BUILTINS[canonical]?.maxArgs === 0;
}

/** The binary expression `expr`, with its operands parenthesised where needed. */
function binary(expr: Extract<Expr, { kind: "binary" }>): string {
  const own = LEVEL[expr.op];
  const wrap = (operand: Expr, needs: boolean) =>
    needs ? `(${printExpr(operand)})` : printExpr(operand);
  let left: boolean;
  let right: boolean;
  if (expr.op === "^") {
    left = level(expr.left) < ATOM;
    right = level(expr.right) < UNARY;
  } else if (own === LEVEL["<"]) {
    left = level(expr.left) <= own;
    right = level(expr.right) <= own;
  } else {
    left = level(expr.left) < own;
    right = level(expr.right) <= own;
  }
  return `${wrap(expr.left, left)} ${expr.op} ${wrap(expr.right, right)}`;
}

/** Canonical equation text for `expr`. */
export function printExpr(expr: Expr): string {
  expectKind("printExpr", "expr", expr, "an expression", EXPR_KINDS);
  switch (expr.kind) {
    case "number":
      return number(expr.value);
    case "ref":
      return expr.subscripts && expr.subscripts.length > 0
        ? `${expr.id}[${expr.subscripts.map(printSubscript).join(", ")}]`
        : expr.id;
    case "unary": {
      const arg = printExpr(expr.arg);
      const text = level(expr.arg) < UNARY ? `(${arg})` : arg;
      if (expr.op === "not") return `not ${text}`;
      return /^[-+]/.test(text) ? `${expr.op}(${text})` : `${expr.op}${text}`;
    }
    case "binary":
      return binary(expr);
    case "if":
      return `if_then_else(${printExpr(expr.cond)}, ${printExpr(expr.then)}, ${printExpr(expr.else)})`;
    case "call":
      if (expr.args.length === 0 && zeroArgument(expr.fn)) return expr.fn;
      return `${expr.fn}(${expr.args.map(printExpr).join(", ")})`;
    case "lookup":
      return expr.mode === undefined
        ? `${expr.table}(${printExpr(expr.arg)})`
        : `${lookupFunctionName(expr.mode)}(${expr.table}, ${printExpr(expr.arg)})`;
  }
}
