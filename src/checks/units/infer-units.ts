/**
 * The units of an equation, inferred from the declared units of what it references: + and −
 * (and comparisons) need equal units, × and ÷ combine them, ^ takes a whole-number literal
 * exponent, exp/ln/trigonometry need dimensionless arguments, delays and smooths keep the units
 * of their input, `time` and `dt` have the model's time unit. Conservative on purpose: whatever
 * is not known (an undeclared unit, a graphical function, a random number) makes the result
 * unknown, and an unknown never causes a warning. A bare number takes the units its context
 * needs (`x + 1`), and is dimensionless as a factor (`2 * x`).
 */

import { expectKind, expectObject } from "../../diagnostics/check-argument.js";
import type { Expr } from "../../expr/types.js";
import { EXPR_KINDS } from "../../expr/types.js";
import { combine, type Dimensions, formatUnits, raise, sameDimensions } from "./units.js";

/** An inferred unit: known dimensions, a bare number, or unknown. */
export type InferredUnits =
  | { readonly kind: "known"; readonly dims: Dimensions }
  | { readonly kind: "number"; readonly value?: number }
  | { readonly kind: "unknown" };

/** What inference needs to know, and where it reports disagreements. */
export interface UnitsContext {
  unitsOf(id: string): Dimensions | undefined;
  readonly time: Dimensions | undefined;
  /** Two units that should agree but do not, and the operation. */
  disagree(what: string, a: Dimensions, b: Dimensions): void;
}

const UNKNOWN: InferredUnits = { kind: "unknown" };
const DMNL: InferredUnits = { kind: "known", dims: new Map() };
const known = (dims: Dimensions | undefined): InferredUnits =>
  dims === undefined ? UNKNOWN : { kind: "known", dims };

const DIMENSIONLESS_ARGUMENT = new Set([
  "exp",
  "ln",
  "log10",
  "log",
  "sin",
  "cos",
  "tan",
  "arcsin",
  "arccos",
  "arctan",
  "sinh",
  "cosh",
  "tanh",
]);
const LIKE_FIRST = new Set([
  "abs",
  "int",
  "integer",
  "ceiling",
  "round",
  "modulo",
  "quantum",
  "smooth",
  "smooth3",
  "smooth_n",
  "delay1",
  "delay3",
  "delay_n",
  "delay_fixed",
  "delay_material",
  "forecast",
  "initial",
  "active_initial",
  "previous",
  "step",
  "sum",
  "vmin",
  "vmax",
  "mean",
  "stddev",
]);
const ALIKE = new Set(["min", "max"]);

/** Two units that must agree (+, −, min, comparisons, branches): the agreed one. */
function agree(ctx: UnitsContext, what: string, a: InferredUnits, b: InferredUnits): InferredUnits {
  if (a.kind === "unknown" || b.kind === "unknown") return UNKNOWN;
  if (a.kind === "number") return b;
  if (b.kind === "number") return a;
  if (sameDimensions(a.dims, b.dims)) return a;
  // Reported once, here; unknown from now on so that one mistake gives one warning.
  ctx.disagree(what, a.dims, b.dims);
  return UNKNOWN;
}

const asFactor = (u: InferredUnits): Dimensions | undefined =>
  u.kind === "known" ? u.dims : u.kind === "number" ? new Map() : undefined;

function needDimensionless(ctx: UnitsContext, fn: string, u: InferredUnits): void {
  if (u.kind === "known" && u.dims.size > 0) ctx.disagree(`argument of ${fn}`, u.dims, new Map());
}

/** The units of `expr`. */
export function inferUnits(expr: Expr, ctx: UnitsContext): InferredUnits {
  expectKind("inferUnits", "expr", expr, "an expression", EXPR_KINDS);
  expectObject("inferUnits", "ctx", ctx);
  const of = (e: Expr) => inferUnits(e, ctx);
  switch (expr.kind) {
    case "number":
      return { kind: "number", value: expr.value };
    case "ref":
      return known(ctx.unitsOf(expr.id));
    case "lookup":
      of(expr.arg);
      return UNKNOWN;
    case "unary": {
      const arg = of(expr.arg);
      return expr.op === "not" ? DMNL : arg;
    }
    case "if":
      of(expr.cond);
      return agree(ctx, "if-then-else branches", of(expr.then), of(expr.else));
    case "binary": {
      const a = of(expr.left);
      const b = of(expr.right);
      switch (expr.op) {
        case "+":
        case "-":
          return agree(ctx, expr.op === "+" ? "addition" : "subtraction", a, b);
        case "mod":
          return agree(ctx, "modulo", a, b);
        case "<":
        case "<=":
        case ">":
        case ">=":
        case "==":
        case "!=":
          agree(ctx, "comparison", a, b);
          return DMNL;
        case "and":
        case "or":
          return DMNL;
        case "*":
        case "/": {
          if (a.kind === "number" && b.kind === "number") return { kind: "number" };
          const x = asFactor(a);
          const y = asFactor(b);
          return x === undefined || y === undefined
            ? UNKNOWN
            : known(combine(x, y, expr.op === "/" ? -1 : 1));
        }
        case "^":
          return power(ctx, a, b);
      }
      return UNKNOWN;
    }
    case "call":
      return call(expr.fn, expr.args.map(of), ctx);
  }
}

function power(ctx: UnitsContext, base: InferredUnits, exponent: InferredUnits): InferredUnits {
  if (base.kind === "number") return { kind: "number" };
  if (base.kind === "unknown") return UNKNOWN;
  if (exponent.kind === "number" && exponent.value !== undefined)
    return known(raise(base.dims, exponent.value));
  if (base.dims.size > 0) ctx.disagree("power with a variable exponent", base.dims, new Map());
  return UNKNOWN;
}

function call(fn: string, args: InferredUnits[], ctx: UnitsContext): InferredUnits {
  const [a = UNKNOWN, b = UNKNOWN] = args;
  if (DIMENSIONLESS_ARGUMENT.has(fn)) {
    needDimensionless(ctx, fn, a);
    return DMNL;
  }
  if (LIKE_FIRST.has(fn)) return a;
  if (ALIKE.has(fn)) return args.reduce((acc, u) => agree(ctx, fn, acc, u));
  switch (fn) {
    case "time":
    case "dt":
    case "initial_time":
    case "final_time":
    case "saveper":
      return known(ctx.time);
    case "sqrt":
      return a.kind === "known" ? known(raise(a.dims, 0.5)) : a.kind === "number" ? a : UNKNOWN;
    case "power":
      return power(ctx, a, b);
    case "if_then_else":
      return agree(ctx, "if-then-else branches", b, args[2] ?? UNKNOWN);
    case "sample_if_true":
      return b;
    case "xidz":
    case "zidz": {
      const x = asFactor(a);
      const y = asFactor(b);
      return x === undefined || y === undefined ? UNKNOWN : known(combine(x, y, -1));
    }
    case "ramp": {
      const x = asFactor(a);
      return x === undefined || ctx.time === undefined ? UNKNOWN : known(combine(x, ctx.time));
    }
    case "trend":
      return ctx.time === undefined ? UNKNOWN : known(combine(new Map(), ctx.time, -1));
    case "size":
    case "pulse":
    case "pulse_train":
    case "sign":
      return DMNL;
    case "pi":
    case "inf":
      return { kind: "number" };
    default:
      return UNKNOWN;
  }
}

/** `a` and `b` as text, for messages. */
export const showUnits = (d: Dimensions): string => formatUnits(d);
