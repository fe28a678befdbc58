/**
 * Resource limits: a model file comes from a stranger, so nothing it says may make stockflow
 * allocate or loop without bound. Each limit is checked before the large allocation or the long
 * loop it guards, and going past one is a {@link LimitError} naming the option that raises it.
 * The defaults suit every model a person writes by hand; raise them per call (`limits` options),
 * for the whole process ({@link setLimits}) or on the command line (`--limit NAME=N`).
 * See `docs/security.md`.
 */

import {
  expectNumeric,
  expectObject,
  expectOneOf,
  expectOptions,
  expectString,
} from "./check-argument.js";
import { LimitError, UsageError } from "./errors.js";

/** The resource limits; see {@link LIMIT_DEFAULTS}. */
export interface Limits {
  /** Time steps of one run (`(stop − start) / dt`). */
  readonly steps: number;
  /** Saved values of one run: saved rows × saved columns. */
  readonly savedValues: number;
  /** Elements of one array variable, or of all array variables of a model, after expansion. */
  readonly arrayElements: number;
  /** Pixels of a picture (width × height) drawn as PNG, and the largest SVG side squared. */
  readonly pixels: number;
  /** Cells a data function scans in one data file range. */
  readonly cells: number;
}

/** The default limits. */
export const LIMIT_DEFAULTS: Limits = {
  steps: 10_000_000,
  savedValues: 50_000_000,
  arrayElements: 1_000_000,
  pixels: 64_000_000,
  cells: 10_000_000,
};

/** What each limit counts, for messages. */
const WHAT: Readonly<Record<keyof Limits, string>> = {
  steps: "the number of time steps",
  savedValues: "the number of saved values (rows × columns)",
  arrayElements: "the number of array elements",
  pixels: "the number of pixels",
  cells: "the number of cells scanned",
};

let current: Limits = LIMIT_DEFAULTS;

/** The limits in force for this process. */
export function currentLimits(): Limits {
  return current;
}

/**
 * Change the limits for this process (the ones not named keep their value); returns the previous
 * limits so that a caller can restore them. Each value must be a positive number.
 */
export function setLimits(limits: Partial<Limits>): Limits {
  expectObject("setLimits", "limits", limits);
  const previous = current;
  for (const [name, value] of Object.entries(limits)) {
    if (!(name in LIMIT_DEFAULTS)) {
      throw new UsageError(
        `setLimits: unknown limit ${JSON.stringify(name)} (use ${limitNames()})`,
      );
    }
    if (typeof value !== "number" || !(value > 0)) {
      throw new UsageError(
        `setLimits: ${name} takes a positive number, got ${JSON.stringify(value) ?? String(value)}`,
      );
    }
  }
  current = { ...current, ...limits };
  return previous;
}

/** The names of the limits, for usage messages. */
export function limitNames(): string {
  return Object.keys(LIMIT_DEFAULTS).join(", ");
}

/**
 * The message of a limit passed, for readers that report problems as located diagnostics
 * rather than throw; undefined when `requested` is within the limit.
 */
export function limitProblem(name: keyof Limits, requested: number): string | undefined {
  expectOneOf("limitProblem", "name", name, [
    "steps",
    "savedValues",
    "arrayElements",
    "pixels",
    "cells",
  ]);
  expectNumeric("limitProblem", "requested", requested);
  const allowed = current[name];
  if (requested <= allowed) return undefined;
  return `${WHAT[name]} would be ${requested}, more than the limit of ${allowed} (raise it with --limit ${name}=N)`;
}

/**
 * Throw a {@link LimitError} when `requested` (which may be NaN or infinite) passes the limit
 * `name`; `where` says what asked for it, `override` is a per-call limit.
 */
export function checkLimit(
  name: keyof Limits,
  requested: number,
  where?: string,
  override?: Partial<Limits>,
): void {
  expectOneOf("checkLimit", "name", name, [
    "steps",
    "savedValues",
    "arrayElements",
    "pixels",
    "cells",
  ]);
  expectNumeric("checkLimit", "requested", requested);
  if (where !== undefined) expectString("checkLimit", "where", where);
  expectOptions(
    "checkLimit",
    override,
    {
      steps: "number",
      savedValues: "number",
      arrayElements: "number",
      pixels: "number",
      cells: "number",
    },
    "override",
  );
  const allowed = override?.[name] ?? current[name];
  if (requested <= allowed) return;
  throw new LimitError(
    WHAT[name],
    requested,
    allowed,
    `--limit ${name}=N, or the limits option / setLimits({ ${name} })`,
    where,
  );
}
