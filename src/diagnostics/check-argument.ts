/**
 * Checks of the arguments of the public entry points, so that a wrong call is a
 * {@link UsageError} naming the function, the argument and the bad value — never a raw
 * `TypeError` from deep inside, a coerced string, or a quiet `undefined`. The checks are shallow
 * and cheap (shapes and types); the model's contents are checked by the schema and the compiler.
 */
import { UsageError } from "./errors.js";

/** A short text of any value for a message (`"0.5"`, `42`, `{kind: "bogus"}`). */
export function describeValue(value: unknown): string {
  if (typeof value === "string")
    return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === "function") return "a function";
  if (Array.isArray(value)) return `an array of ${value.length}`;
  if (value !== null && typeof value === "object") {
    const kind = (value as { kind?: unknown }).kind;
    return kind === undefined
      ? "an object without kind"
      : `an object of kind ${describeValue(kind)}`;
  }
  return String(value);
}

/** The error for argument `arg` of `fn`, which should have been `expected`. */
export function argumentError(
  fn: string,
  arg: string,
  expected: string,
  value: unknown,
): UsageError {
  return new UsageError(`${fn}: ${arg} must be ${expected}, got ${describeValue(value)}`);
}

/** `value` must be a model of one of `kinds`, with its lists in place. */
export function expectModel(
  fn: string,
  arg: string,
  value: unknown,
  kinds: readonly ("stock-flow" | "causal-map")[],
): void {
  const expected = kinds
    .map((k) => `a ${k === "stock-flow" ? "stock-and-flow model" : "causal map"}`)
    .join(" or ");
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    throw argumentError(fn, arg, expected, value);
  }
  const m = value as {
    kind?: unknown;
    variables?: unknown;
    factors?: unknown;
    links?: unknown;
    specs?: unknown;
  };
  if (!kinds.includes(m.kind as "stock-flow")) throw argumentError(fn, arg, expected, value);
  if (m.kind === "stock-flow") {
    if (!Array.isArray(m.variables))
      throw argumentError(fn, `${arg}.variables`, "an array", m.variables);
    if (m.specs === null || typeof m.specs !== "object")
      throw argumentError(fn, `${arg}.specs`, "an object", m.specs);
    const specs = m.specs as Record<string, unknown>;
    for (const key of ["start", "stop", "dt"]) expectNumber(fn, `${arg}.specs.${key}`, specs[key]);
  } else {
    if (!Array.isArray(m.factors)) throw argumentError(fn, `${arg}.factors`, "an array", m.factors);
    if (!Array.isArray(m.links)) throw argumentError(fn, `${arg}.links`, "an array", m.links);
  }
}

/** `value` must be a finite number (a string such as `"0.5"` is not one). */
export function expectNumber(fn: string, arg: string, value: unknown): void {
  if (typeof value !== "number" || !Number.isFinite(value)) {
    throw argumentError(fn, arg, "a finite number", value);
  }
}

/**
 * `value` must be undefined or a plain options object whose `numbers` keys, when present, are
 * finite numbers and whose `records` keys, when present, map names to numbers.
 */
export function expectOptions(
  fn: string,
  value: unknown,
  numbers: readonly string[] = [],
  records: readonly string[] = [],
): void {
  if (value === undefined) return;
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    throw argumentError(fn, "options", "an object", value);
  }
  const o = value as Record<string, unknown>;
  for (const key of numbers) if (o[key] !== undefined) expectNumber(fn, `options.${key}`, o[key]);
  for (const key of records) {
    const r = o[key];
    if (r === undefined) continue;
    if (r === null || typeof r !== "object" || Array.isArray(r))
      throw argumentError(fn, `options.${key}`, "an object", r);
    // Values may be infinite (a measure that never ends is switched off at +Infinity).
    for (const [name, x] of Object.entries(r)) {
      if (typeof x !== "number") throw argumentError(fn, `options.${key}.${name}`, "a number", x);
    }
  }
}
