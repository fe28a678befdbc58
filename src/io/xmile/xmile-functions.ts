/**
 * The XMILE builtins (XMILE 1.0 §3.5, plus the Stella extras seen in practice) and how each
 * becomes a call of a stockflow builtin (`src/expr/builtins.ts`). Where the argument orders
 * differ, stockflow follows Vensim and this table reorders: `DELAYN(input, time, n[, initial])`
 * becomes `delay_n(input, time, initial, n)` and `SMTHN` likewise; a missing initial value
 * defaults to the input itself, as the specification says.
 */

import { expectString } from "../../diagnostics/check-argument.js";
import { BUILTINS, resolveBuiltin } from "../../expr/builtins.js";
import type { Expr } from "../../expr/types.js";

/** How one XMILE function translates. */
export interface XmileFunction {
  /** The XMILE spelling, for docs and the writer. */
  readonly xmile: string;
  /** The stockflow builtin it becomes. */
  readonly fn: string;
  /** `same`: arguments in the same order; `nth`: `(input, time, n[, initial])` reordered. */
  readonly order: "same" | "nth" | "safediv";
  readonly minArgs: number;
  readonly maxArgs: number;
  /** The stockflow expression for a call with these (already translated) arguments. */
  readonly translate: (args: readonly Expr[]) => Expr;
}

const call = (fn: string, args: readonly Expr[]): Expr => ({ kind: "call", fn, args });

/** A function that maps one-to-one onto a stockflow builtin with the same argument order. */
function same(xmile: string, fn: string, minArgs?: number, maxArgs?: number): XmileFunction {
  const spec = BUILTINS[fn];
  if (spec === undefined) throw new Error(`xmile-functions: no builtin ${fn}`);
  return {
    xmile,
    fn,
    order: "same",
    minArgs: minArgs ?? spec.minArgs,
    maxArgs: maxArgs ?? spec.maxArgs,
    translate: (args) => call(fn, args),
  };
}

/** `NAME(input, time, n[, initial])` → `fn(input, time, initial ?? input, n)`. */
function nthOrder(xmile: string, fn: string): XmileFunction {
  return {
    xmile,
    fn,
    order: "nth",
    minArgs: 3,
    maxArgs: 4,
    translate: ([input, time, n, initial]) => call(fn, [input!, time!, initial ?? input!, n!]),
  };
}

const TABLE: readonly XmileFunction[] = [
  same("ABS", "abs"),
  same("ARCCOS", "arccos"),
  same("ARCSIN", "arcsin"),
  same("ARCTAN", "arctan"),
  same("COS", "cos"),
  same("EXP", "exp"),
  same("INF", "inf"),
  same("INT", "int"),
  same("LN", "ln"),
  same("LOG10", "log10"),
  same("MAX", "max", 1, 64),
  same("MIN", "min", 1, 64),
  same("PI", "pi"),
  same("SIN", "sin"),
  same("SQRT", "sqrt"),
  same("TAN", "tan"),
  same("EXPRND", "exprnd"),
  same("LOGNORMAL", "lognormal"),
  same("NORMAL", "normal"),
  same("POISSON", "poisson"),
  same("RANDOM", "random"),
  same("DELAY", "delay_fixed"),
  same("DELAY1", "delay1"),
  same("DELAY3", "delay3"),
  nthOrder("DELAYN", "delay_n"),
  same("FORCST", "forecast"),
  same("SMTH1", "smooth"),
  same("SMTH3", "smooth3"),
  nthOrder("SMTHN", "smooth_n"),
  same("TREND", "trend"),
  same("PULSE", "xpulse"),
  same("RAMP", "ramp"),
  same("STEP", "step"),
  same("DT", "dt"),
  same("STARTTIME", "initial_time"),
  same("STOPTIME", "final_time"),
  same("TIME", "time"),
  same("INIT", "initial"),
  same("PREVIOUS", "previous"),
  same("MOD", "modulo"),
  same("IF_THEN_ELSE", "if_then_else"),
  // Vensim's PULSE (start, width) has no XMILE spelling; the writer uses this one.
  same("VENSIM_PULSE", "pulse"),
  {
    xmile: "SAFEDIV",
    fn: "xidz",
    order: "safediv",
    minArgs: 2,
    maxArgs: 3,
    translate: (args) => (args.length === 3 ? call("xidz", args) : call("zidz", args)),
  },
];

const BY_NAME: ReadonlyMap<string, XmileFunction> = new Map(
  TABLE.map((f) => [f.xmile.toLowerCase(), f]),
);

/**
 * The translation of an XMILE function by name (case-insensitive, blanks as underscores):
 * first the table above, then any stockflow builtin under its own name or alias (Stella's SINH,
 * ROUND …, and what the writer emits for builtins XMILE lacks). Undefined for anything else.
 */
export function xmileFunction(name: string): XmileFunction | undefined {
  expectString("xmileFunction", "name", name);
  const key = name.trim().replace(/\s+/g, "_").toLowerCase();
  const known = BY_NAME.get(key);
  if (known !== undefined) return known;
  const spec = resolveBuiltin(key);
  if (spec === undefined) return undefined;
  return same(name.toUpperCase(), spec.name);
}

/** Every XMILE function of the table, for docs and tests. */
export const XMILE_FUNCTIONS: readonly XmileFunction[] = TABLE;
