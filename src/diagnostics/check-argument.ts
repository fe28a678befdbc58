/**
 * Checks of the arguments of the public entry points, so that a wrong call is a
 * {@link UsageError} naming the function, the argument and the bad value — never a raw
 * `TypeError` from deep inside, a coerced string, or a quiet `undefined`. The checks are shallow
 * and cheap (shapes and types, no allocation when they pass) and run once at the entry point,
 * never per step; the model's contents are checked by the schema and the compiler.
 *
 * Each `expect…(fn, arg, value)` throws `fn: arg must be …, got …` or returns nothing.
 */
import type { z } from "zod";
import { UsageError } from "./errors.js";

/** A short text of any value for a message (`"0.5"`, `42`, `{kind: "bogus"}`). */
export function describeValue(value: unknown): string {
  if (typeof value === "string")
    return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === "function") return "a function";
  if (typeof value === "symbol" || typeof value === "bigint") return `${String(value)}`;
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

/** A plain object: not null, not an array, not a function. */
function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
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
  if (!isObject(value)) throw argumentError(fn, arg, expected, value);
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

/** `value` must be a number; unlike {@link expectNumber}, ±Infinity and NaN are allowed. */
export function expectNumeric(fn: string, arg: string, value: unknown): void {
  if (typeof value !== "number") throw argumentError(fn, arg, "a number", value);
}

/** `value` must be a string. */
export function expectString(fn: string, arg: string, value: unknown): void {
  if (typeof value !== "string") throw argumentError(fn, arg, "a string", value);
}

/** `value` must be `true` or `false`. */
export function expectBoolean(fn: string, arg: string, value: unknown): void {
  if (typeof value !== "boolean") throw argumentError(fn, arg, "true or false", value);
}

/** `value` must be a function. */
export function expectFunction(fn: string, arg: string, value: unknown): void {
  if (typeof value !== "function") throw argumentError(fn, arg, "a function", value);
}

/** `value` must be one of `choices` (strings such as `"json" | "yaml"`). */
export function expectOneOf(
  fn: string,
  arg: string,
  value: unknown,
  choices: readonly (string | number)[],
): void {
  if (!choices.includes(value as string)) {
    throw argumentError(
      fn,
      arg,
      `one of ${choices.map((c) => JSON.stringify(c)).join(", ")}`,
      value,
    );
  }
}

/** `value` must be a plain object (not null, not an array). */
export function expectObject(
  fn: string,
  arg: string,
  value: unknown,
  expected = "an object",
): void {
  if (!isObject(value)) throw argumentError(fn, arg, expected, value);
}

/**
 * `value` must be an object tagged by `kind` (an expression, a distribution, …), one of `kinds`
 * when they are given.
 */
export function expectKind(
  fn: string,
  arg: string,
  value: unknown,
  expected: string,
  kinds?: readonly string[],
): void {
  if (
    !isObject(value) ||
    typeof value.kind !== "string" ||
    (kinds !== undefined && !kinds.includes(value.kind))
  ) {
    throw argumentError(fn, arg, expected, value);
  }
}

/** `value` must be an array. */
export function expectArray(fn: string, arg: string, value: unknown): void {
  if (!Array.isArray(value)) throw argumentError(fn, arg, "an array", value);
}

/** `value` must be an array of strings. */
export function expectStrings(fn: string, arg: string, value: unknown): void {
  if (!Array.isArray(value)) throw argumentError(fn, arg, "an array of strings", value);
  for (let i = 0; i < value.length; i++) expectString(fn, `${arg}[${i}]`, value[i]);
}

/** `value` must be iterable (an array, a set, …) and not a string. */
export function expectIterable(fn: string, arg: string, value: unknown): void {
  if (
    value === null ||
    typeof value !== "object" ||
    typeof (value as { [Symbol.iterator]?: unknown })[Symbol.iterator] !== "function"
  ) {
    throw argumentError(fn, arg, "an array or another iterable", value);
  }
}

/** `value` must be an array of numbers or a typed array such as a `Float64Array`. */
export function expectNumbers(fn: string, arg: string, value: unknown): void {
  if (ArrayBuffer.isView(value) && !(value instanceof DataView)) return;
  if (!Array.isArray(value)) throw argumentError(fn, arg, "an array of numbers", value);
  for (let i = 0; i < value.length; i++) expectNumeric(fn, `${arg}[${i}]`, value[i]);
}

/** `value` must be a graph (graphology), such as the one `causalGraph` returns. */
export function expectGraph(fn: string, arg: string, value: unknown): void {
  const g = value as { forEachNode?: unknown; hasNode?: unknown } | null;
  if (!isObject(g) || typeof g.forEachNode !== "function" || typeof g.hasNode !== "function") {
    throw argumentError(fn, arg, "a graph (from causalGraph)", value);
  }
}

/** `value` must be a run, as `runModel` returns it. */
export function expectRun(fn: string, arg: string, value: unknown): void {
  const r = value as { time?: unknown; columns?: unknown; series?: unknown } | null;
  if (!isObject(r) || !(r.time instanceof Float64Array) || typeof r.series !== "function") {
    throw argumentError(fn, arg, "a run (from runModel)", value);
  }
}

/** `value` must be a compiled model, as `compileModel` returns it. */
export function expectCompiled(fn: string, arg: string, value: unknown): void {
  if (!isObject(value) || !("program" in value) || !Array.isArray(value.parameters)) {
    throw argumentError(fn, arg, "a compiled model (from compileModel)", value);
  }
}

/**
 * `value` must match the zod `schema` of its file format (a scenario, a graphical function, …);
 * the message names the first field that does not.
 */
export function expectSchema(
  fn: string,
  arg: string,
  value: unknown,
  schema: z.ZodType,
  expected: string,
): void {
  if (value === null || typeof value !== "object") throw argumentError(fn, arg, expected, value);
  const result = schema.safeParse(value);
  if (result.success) return;
  const issue = result.error.issues[0]!;
  const at = issue.path.map((p) => (typeof p === "number" ? `[${p}]` : `.${String(p)}`)).join("");
  let bad: unknown = value;
  for (const p of issue.path) bad = (bad as Record<PropertyKey, unknown> | undefined)?.[p];
  throw new UsageError(
    `${fn}: ${arg}${at} ${at ? "is wrong" : `must be ${expected}`} (${issue.message}), got ${describeValue(bad)}`,
  );
}

/** What a field of an options object must hold (a list of strings means one of them). */
export type Field =
  | "finite"
  | "number"
  | "string"
  | "boolean"
  | "function"
  | "object"
  | "array"
  | "numbers-by-name"
  | readonly string[];

const FIELD_CHECKS: Record<
  Exclude<Field, readonly string[]>,
  (fn: string, arg: string, value: unknown) => void
> = {
  finite: expectNumber,
  number: expectNumeric,
  string: expectString,
  boolean: expectBoolean,
  function: expectFunction,
  object: (fn, arg, value) => {
    if (value === null || typeof value !== "object")
      throw argumentError(fn, arg, "an object", value);
  },
  array: (fn, arg, value) => {
    if (value === null || typeof value !== "object" || !(Symbol.iterator in value))
      throw argumentError(fn, arg, "an array", value);
  },
  "numbers-by-name": (fn, arg, value) => {
    if (!isObject(value)) throw argumentError(fn, arg, "an object", value);
    // Values may be infinite (a measure that never ends is switched off at +Infinity).
    for (const [name, x] of Object.entries(value)) {
      if (typeof x !== "number") throw argumentError(fn, `${arg}.${name}`, "a number", x);
    }
  },
};

/**
 * `value` must be undefined or a plain options object whose listed `fields`, when present, hold
 * what they say (`{ dt: "finite", method: ["euler", "rk4"], onWarnings: "function" }`).
 */
export function expectOptions(
  fn: string,
  value: unknown,
  fields: Readonly<Record<string, Field>> = {},
  arg = "options",
): void {
  if (value === undefined) return;
  if (!isObject(value)) throw argumentError(fn, arg, "an object", value);
  for (const key in fields) {
    const x = value[key];
    if (x === undefined) continue;
    const field = fields[key]!;
    if (typeof field === "string")
      FIELD_CHECKS[field as Exclude<Field, readonly string[]>](fn, `${arg}.${key}`, x);
    else expectOneOf(fn, `${arg}.${key}`, x, field as readonly string[]);
  }
}
