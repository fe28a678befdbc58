/**
 * Scenarios as data: overrides of constants and graphical functions, and measures switched on
 * at a time (optionally ramped in, optionally ending). A scenario never holds code, so it can
 * be written in YAML or JSON, validated, compared and sampled.
 */

import { argumentError } from "../diagnostics/check-argument.js";
import type { GraphicalFunction } from "../model/types.js";

/** How a measure changes its variable: add to it, multiply it, or replace it by a value. */
export type MeasureChange =
  | { readonly add: number }
  | { readonly multiply: number }
  | { readonly set: number };

/**
 * A change to a constant, auxiliary or flow from time `from`, reaching its full size linearly
 * over `ramp` time units (at once when absent or 0) and ending at `until` (never when absent).
 */
export interface Measure {
  /** Optional label, for tables and diagnostics. */
  readonly name?: string;
  /** Id or display name of the variable changed. */
  readonly variable: string;
  readonly change: MeasureChange;
  readonly from: number;
  readonly ramp?: number;
  readonly until?: number;
}

/** A scenario: a name, what it extends, and its overrides and measures. */
export interface Scenario {
  readonly name: string;
  readonly doc?: string;
  /** Path of the model the scenario is written for (relative to the scenario file). */
  readonly model?: string;
  /** Name or file of the scenario this one extends; its changes come first. */
  readonly extends?: string;
  /** Constant values by id or display name. */
  readonly set?: Readonly<Record<string, number>>;
  /** Graphical functions replacing those of the model, by id or display name. */
  readonly tables?: Readonly<Record<string, GraphicalFunction>>;
  readonly measures?: readonly Measure[];
  /** The file the scenario was read from. */
  readonly source?: string;
}

/** The kind and size of a change: `a·x + b` with the measure fully on. */
export function changeCoefficients(change: MeasureChange): { scale: number; offset: number } {
  const c = change as Record<string, unknown> | null;
  const size =
    c === null || typeof c !== "object"
      ? undefined
      : "add" in c
        ? c.add
        : "multiply" in c
          ? c.multiply
          : c.set;
  if (typeof size !== "number")
    throw argumentError(
      "changeCoefficients",
      "change",
      "{ add }, { multiply } or { set } with a number",
      change,
    );
  if ("add" in change) return { scale: 1, offset: change.add };
  if ("multiply" in change) return { scale: change.multiply, offset: 0 };
  return { scale: 0, offset: change.set };
}
