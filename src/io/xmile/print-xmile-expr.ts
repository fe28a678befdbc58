/**
 * Print a stockflow {@link Expr} as an XMILE expression (XMILE 1.0 §3.3), the inverse of
 * {@link parseXmileExpr}: parentheses only where XMILE precedence needs them, builtins under
 * their XMILE names with XMILE argument order, names as the model's display names; subscripts as
 * dimension or element names, and a whole dimension (`x[d!]`) as `*`.
 */

import { expectKind, expectObject } from "../../diagnostics/check-argument.js";
import type { BinaryOp, Expr, Subscript } from "../../expr/types.js";
import { EXPR_KINDS } from "../../expr/types.js";
import { XMILE_FUNCTIONS, type XmileFunction } from "./xmile-functions.js";

/** How the printer writes a variable reference. */
export interface XmilePrintScope {
  /** The text of a reference to a variable id, already quoted when needed. */
  nameOf(id: string): string;
  /** True when a model variable would shadow this zero-argument builtin name. */
  shadows(word: string): boolean;
  /**
   * The text of a subscript at `position` of a reference to `id`: a dimension or element name,
   * already quoted when needed. Without it, subscripts are written as their ids.
   */
  subscriptText?(sub: Subscript, id: string, position: number): string;
}

const BP: Readonly<Record<BinaryOp, number>> = {
  or: 1,
  and: 2,
  "==": 3,
  "!=": 3,
  "<": 4,
  "<=": 4,
  ">": 4,
  ">=": 4,
  "+": 5,
  "-": 5,
  "*": 6,
  "/": 6,
  mod: 6,
  "^": 8,
};
const OP_TEXT: Readonly<Record<BinaryOp, string>> = {
  or: "OR",
  and: "AND",
  "==": "=",
  "!=": "<>",
  "<": "<",
  "<=": "<=",
  ">": ">",
  ">=": ">=",
  "+": "+",
  "-": "-",
  "*": "*",
  "/": "/",
  mod: "MOD",
  "^": "^",
};
const UNARY_BP = 7;
const IF_BP = 0;

const BY_FN: ReadonlyMap<string, XmileFunction> = new Map(
  [...XMILE_FUNCTIONS].reverse().map((f) => [f.fn, f]),
);

/** The XMILE text of an expression. */
export function printXmileExpr(expr: Expr, scope: XmilePrintScope): string {
  expectKind("printXmileExpr", "expr", expr, "an expression", EXPR_KINDS);
  expectObject("printXmileExpr", "scope", scope);
  return print(expr, scope).text;
}

interface Printed {
  readonly text: string;
  /** Binding power of the outermost operator; 9 for atoms. */
  readonly bp: number;
}

function print(expr: Expr, scope: XmilePrintScope): Printed {
  const wrap = (p: Printed, min: number): string => (p.bp < min ? `(${p.text})` : p.text);
  switch (expr.kind) {
    case "number":
      return { text: formatNumber(expr.value), bp: expr.value < 0 ? UNARY_BP : 9 };
    case "ref": {
      const subs = expr.subscripts ?? [];
      if (subs.length === 0) return { text: scope.nameOf(expr.id), bp: 9 };
      const text = subs.map((sub, i) => subscriptText(sub, expr.id, i, scope)).join(", ");
      return { text: `${scope.nameOf(expr.id)}[${text}]`, bp: 9 };
    }
    case "unary": {
      const op = expr.op === "not" ? "NOT " : expr.op;
      return { text: `${op}${wrap(print(expr.arg, scope), UNARY_BP)}`, bp: UNARY_BP };
    }
    case "binary": {
      const bp = BP[expr.op];
      const left = print(expr.left, scope);
      const right = print(expr.right, scope);
      // `^` is right-associative and takes a unary operand on its right; the others are left-associative.
      const leftMin = expr.op === "^" ? bp + 1 : bp;
      const rightMin = expr.op === "^" ? UNARY_BP : bp + 1;
      const text = `${wrap(left, leftMin)} ${OP_TEXT[expr.op]} ${wrap(right, rightMin)}`;
      return { text, bp };
    }
    case "if": {
      const c = print(expr.cond, scope).text;
      const t = print(expr.then, scope).text;
      const e = print(expr.else, scope).text;
      return { text: `IF ${c} THEN ${t} ELSE ${e}`, bp: IF_BP };
    }
    case "lookup":
      // The writer rewrites or rejects lookup modes first (`xmile-lookup-modes.ts`).
      if (expr.mode !== undefined)
        throw new Error(`internal: XMILE has no lookup mode ${JSON.stringify(expr.mode)}`);
      return { text: `${scope.nameOf(expr.table)}(${print(expr.arg, scope).text})`, bp: 9 };
    case "call":
      return { text: printCall(expr.fn, expr.args, scope), bp: 9 };
  }
}

function subscriptText(sub: Subscript, id: string, i: number, scope: XmilePrintScope): string {
  if (scope.subscriptText !== undefined) return scope.subscriptText(sub, id, i);
  switch (sub.kind) {
    case "dimension":
      return sub.dim;
    case "element":
      return sub.element;
    case "reduce":
      return "*";
  }
}

function printCall(fn: string, args: readonly Expr[], scope: XmilePrintScope): string {
  const list = (items: readonly Expr[]): string =>
    items.map((a) => print(a, scope).text).join(", ");
  if (fn === "if_then_else" && args.length === 3) {
    const [c, t, e] = args.map((a) => print(a, scope).text);
    return `(IF ${c} THEN ${t} ELSE ${e})`;
  }
  if (fn === "zidz") return `SAFEDIV(${list(args)})`;
  const known = BY_FN.get(fn);
  if (known === undefined) return `${fn.toUpperCase()}(${list(args)})`;
  if (known.order === "nth") {
    const [input, time, initial, n] = args;
    const reordered = [input!, time!, n!, ...(initial !== undefined ? [initial] : [])];
    return `${known.xmile}(${list(reordered)})`;
  }
  if (args.length === 0 && !scope.shadows(known.xmile.toLowerCase())) return known.xmile;
  return `${known.xmile}(${list(args)})`;
}

function formatNumber(value: number): string {
  if (Number.isNaN(value)) return "(0 / 0)";
  if (value === Number.POSITIVE_INFINITY) return "INF";
  if (value === Number.NEGATIVE_INFINITY) return "-INF";
  return String(value);
}
