/**
 * Name resolution for equations: what an identifier or a call written in an equation refers to.
 *
 * Names are case-insensitive: each is turned into its canonical id first (`Room_Temperature`
 * → `room_temperature`). A bare name is, in this order: a model variable with a value (`ref`);
 * a lookup, which is an error without an argument; a builtin that takes no arguments (`time`,
 * `dt`, `pi`); otherwise an unknown name. A call `f(x)` is a lookup when the scope says `f` is
 * one, then a builtin by any alias, otherwise an unknown function. Without a scope every name
 * that is not a builtin without arguments is a `ref`, and every call that is not a builtin a
 * lookup. All tables are Maps, so `constructor` or `__proto__` are ordinary unknown names.
 */
import { didYouMean, formatDidYouMean } from "../diagnostics/did-you-mean.js";
import { canonicalId } from "../model/canonical.js";
import { BUILTIN_ALIASES, BUILTINS, type BuiltinSpec, resolveBuiltin } from "./builtins.js";
import type { EquationScope } from "./equation-scope.js";
import type { Problem } from "./equation-text.js";
import { LOOKUP_FUNCTIONS } from "./lookup-functions.js";
import type { Expr, Span } from "./types.js";

/** An expression, or the problem that stopped it. */
export type Resolved = { readonly expr: Expr } | { readonly problem: Problem };

const ZERO_ARGUMENT = Object.values(BUILTINS)
  .filter((spec) => spec.maxArgs === 0)
  .map((spec) => spec.name);

function plural(n: number): string {
  return n === 1 ? "argument" : "arguments";
}

/** `2`, `2 to 3` or `at least 1` arguments. */
function expected(min: number, max: number): string {
  if (min === max) return `${min} ${plural(min)}`;
  if (max >= 64) return `at least ${min} ${plural(min)}`;
  return `${min} to ${max} arguments`;
}

/** `smooth(input, delay[, initial])`: how to call a builtin. */
export function signature(spec: BuiltinSpec): string {
  const required = spec.params.slice(0, spec.minArgs).join(", ");
  const optional = spec.params
    .slice(spec.minArgs, spec.maxArgs)
    .map((p, i) => (i === 0 && spec.minArgs === 0 ? `[${p}]` : `[, ${p}]`))
    .join("");
  const more = spec.maxArgs > spec.params.length ? ", …" : "";
  return `${spec.name}(${required}${optional}${more})`;
}

function lookupsOf(scope: EquationScope | undefined): string[] {
  const names = scope?.names ?? [];
  return names.filter((name) => scope?.kindOf(canonicalId(name)) === "lookup");
}

/** Lookups, lookup functions and builtins (any alias, shown by canonical name) close to `written`. */
function functionSuggestions(written: string, scope: EquationScope | undefined): string[] {
  const candidates = [
    ...BUILTIN_ALIASES.keys(),
    ...LOOKUP_FUNCTIONS.map((spec) => spec.name),
    ...lookupsOf(scope),
  ];
  const close = didYouMean(written, candidates, {
    limit: 12,
  });
  const names = close.map((name) => BUILTIN_ALIASES.get(name) ?? name);
  return [...new Set(names)].slice(0, 3);
}

/** Resolve a bare identifier written as `written` at `span`. */
export function resolveSymbol(
  written: string,
  span: Span,
  scope: EquationScope | undefined,
): Resolved {
  const id = canonicalId(written);
  const kind = scope?.kindOf(id);
  if (kind === "value") return { expr: { kind: "ref", id, span } };
  if (kind === "lookup") {
    return {
      problem: {
        code: "lookup-without-argument",
        message: `lookup \`${written}\` used without an argument`,
        span,
        hint: `call it with its input, as in ${id}(x)`,
      },
    };
  }
  const builtin = resolveBuiltin(id);
  if (builtin !== undefined && builtin.maxArgs === 0) {
    return { expr: { kind: "call", fn: builtin.name, args: [], span } };
  }
  if (scope === undefined) return { expr: { kind: "ref", id, span } };
  if (builtin !== undefined) {
    return {
      problem: {
        code: "wrong-arity",
        message: `\`${written}\` expects ${expected(builtin.minArgs, builtin.maxArgs)}, got none`,
        span,
        hint: `usage: ${signature(builtin)}`,
      },
    };
  }
  const hint = formatDidYouMean(didYouMean(written, [...(scope.names ?? []), ...ZERO_ARGUMENT]));
  return { problem: { code: "unknown-name", message: `unknown name \`${written}\``, span, hint } };
}

/**
 * Resolve a call of `written` with `args` (undefined where an argument had errors). `span`
 * covers the whole call and `nameSpan` the function name.
 */
export function resolveCall(
  written: string,
  nameSpan: Span,
  span: Span,
  args: readonly (Expr | undefined)[],
  scope: EquationScope | undefined,
): Resolved | undefined {
  const id = canonicalId(written);
  const kind = scope?.kindOf(id);
  const builtin = kind === "lookup" ? undefined : resolveBuiltin(id);
  if (kind === "lookup" || (builtin === undefined && scope === undefined)) {
    if (args.length !== 1) {
      const message = `lookup \`${written}\` expects 1 argument, got ${args.length}`;
      return { problem: { code: "wrong-arity", message, span, hint: `usage: ${id}(x)` } };
    }
    const arg = args[0];
    return arg === undefined ? undefined : { expr: { kind: "lookup", table: id, arg, span } };
  }
  if (builtin === undefined) {
    const hint =
      kind === "value"
        ? `\`${written}\` is a variable, not a lookup`
        : formatDidYouMean(functionSuggestions(written, scope));
    const message = `unknown function \`${written}\``;
    return { problem: { code: "unknown-function", message, span: nameSpan, hint } };
  }
  if (args.length < builtin.minArgs || args.length > builtin.maxArgs) {
    const message = `\`${written}\` expects ${expected(builtin.minArgs, builtin.maxArgs)}, got ${args.length}`;
    return {
      problem: { code: "wrong-arity", message, span, hint: `usage: ${signature(builtin)}` },
    };
  }
  if (!args.every((arg): arg is Expr => arg !== undefined)) return undefined;
  if (builtin.name === "if_then_else") {
    const [cond, then, otherwise] = args as [Expr, Expr, Expr];
    return { expr: { kind: "if", cond, then, else: otherwise, span } };
  }
  return { expr: { kind: "call", fn: builtin.name, args, span } };
}
