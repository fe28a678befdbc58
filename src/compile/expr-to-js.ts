/**
 * Code generation for one expression. The output is built only from slot indices, validated
 * node kinds, canonical builtin names taken from the builtin table, and numbers: no text a user
 * typed ever reaches the generated source.
 */

import { BUILTINS } from "../expr/builtins.js";
import type { Expr, LookupMode } from "../expr/types.js";

/** How the generator reaches values: `v[…]` for nodes, `p[…]` for parameters, `g[…]` for tables. */
export interface JsScope {
  /** The JS access expression for a node or parameter id (`v[12]`, `p[3]`). */
  access(id: string): string;
  /** Index of a lookup table. */
  table(id: string): number;
}

/** The runtime function of each lookup mode: fixed names, never text from a model. */
const LOOKUP_RUNTIME: Readonly<Record<LookupMode, string>> = {
  extrapolate: "lookup_extrapolate",
  forward: "lookup_forward",
  backward: "lookup_backward",
  invert: "lookup_invert",
  area: "lookup_area",
};

const SAFE_NAME = /^[a-z][a-z0-9_]*$/;

function literal(value: number): string {
  if (Number.isNaN(value)) return "NaN";
  if (value === Number.POSITIVE_INFINITY) return "Infinity";
  if (value === Number.NEGATIVE_INFINITY) return "(-Infinity)";
  if (Object.is(value, -0)) return "(-0)";
  const text = String(value);
  return value < 0 ? `(${text})` : text;
}

const truth = (js: string) => `(${js} ? 1 : 0)`;

/** JS source for `expr`. Throws on a node kind or builtin that cannot appear after expansion. */
export function exprToJs(expr: Expr, scope: JsScope): string {
  const js = (e: Expr) => exprToJs(e, scope);
  switch (expr.kind) {
    case "number":
      return literal(expr.value);
    case "ref":
      return scope.access(expr.id);
    case "unary":
      switch (expr.op) {
        case "-":
          return `(-${js(expr.arg)})`;
        case "+":
          return js(expr.arg);
        case "not":
          return truth(`${js(expr.arg)} === 0`);
      }
      break;
    case "binary": {
      const a = js(expr.left);
      const b = js(expr.right);
      switch (expr.op) {
        case "+":
        case "-":
        case "*":
        case "/":
          return `(${a} ${expr.op} ${b})`;
        case "^":
          return `F.power(${a}, ${b})`;
        case "mod":
          return `F.modulo(${a}, ${b})`;
        case "<":
        case "<=":
        case ">":
        case ">=":
          return truth(`${a} ${expr.op} ${b}`);
        case "==":
          return truth(`${a} === ${b}`);
        case "!=":
          return truth(`${a} !== ${b}`);
        case "and":
          return truth(`${a} !== 0 && ${b} !== 0`);
        case "or":
          return truth(`${a} !== 0 || ${b} !== 0`);
      }
      break;
    }
    case "if":
      return `(${js(expr.cond)} !== 0 ? ${js(expr.then)} : ${js(expr.else)})`;
    case "lookup":
      return `F.${expr.mode === undefined ? "lookup" : LOOKUP_RUNTIME[expr.mode]}(g[${scope.table(expr.table)}], ${js(expr.arg)})`;
    case "call":
      return callToJs(expr.fn, expr.args.map(js));
  }
  throw new Error(`internal: cannot generate code for ${JSON.stringify((expr as Expr).kind)}`);
}

function callToJs(fn: string, args: readonly string[]): string {
  const spec = BUILTINS[fn];
  if (spec === undefined || !SAFE_NAME.test(fn))
    throw new Error(`internal: unknown builtin ${JSON.stringify(fn)}`);
  const opt = (i: number, fallback: string) => args[i] ?? fallback;
  switch (spec.category) {
    case "math":
      if (fn === "pi") return literal(Math.PI);
      if (fn === "inf") return "Infinity";
      if (fn === "if_then_else") return `(${args[0]} !== 0 ? ${args[1]} : ${args[2]})`;
      return `F.${fn}(${args.join(", ")})`;
    case "time":
      switch (fn) {
        case "time":
          return "t";
        case "dt":
          return "dt";
        case "initial_time":
          return "k[0]";
        case "final_time":
          return "k[1]";
        case "saveper":
          return "k[2]";
      }
      break;
    case "input":
      switch (fn) {
        case "ramp":
          return `F.ramp(${args[0]}, ${args[1]}, ${opt(2, "NaN")}, t, dt)`;
        case "xpulse":
          return `F.xpulse(${args[0]}, ${args[1]}, ${opt(2, "0")}, t, dt)`;
        default:
          return `F.${fn}(${args.join(", ")}, t, dt)`;
      }
    case "random": {
      if (fn === "random") return `F.random(r, ${opt(0, "0")}, ${opt(1, "1")})`;
      // Every other draw takes all its parameters but the seed (the run's source is used).
      const count = spec.params.filter((p) => p !== "seed").length;
      return `F.${fn}(r, ${args.slice(0, count).join(", ")})`;
    }
    case "stateful":
    case "array":
      break;
  }
  throw new Error(`internal: builtin ${fn} should have been expanded before code generation`);
}
