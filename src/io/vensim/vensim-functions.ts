/**
 * The Vensim function names stockflow knows, each with its canonical builtin: built from the
 * `vensim` column of the builtin table (`SMOOTH / SMOOTHI` gives two names), with Vensim's
 * INTEGER sent to `integer` (truncation, not the floor), plus the array functions (SUM, PROD,
 * VMIN, VMAX, ELMCOUNT, VECTOR …), whose stockflow names come with the engine's arrays.
 * Names are matched in lower case with single blanks (`delay fixed`).
 */

import { expectString } from "../../diagnostics/check-argument.js";
import { BUILTINS } from "../../expr/builtins.js";
import { LOOKUP_FUNCTIONS, type LookupFunctionSpec } from "../../expr/lookup-functions.js";

/** How a Vensim function is written in stockflow. */
export interface VensimFunction {
  /** The stockflow name. */
  readonly fn: string;
  readonly minArgs: number;
  readonly maxArgs: number;
}

/** Lower-case Vensim name with single blanks, as the tokenizer writes names. */
export function vensimKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/[\s_]+/g, " ")
    .trim();
}

const ARRAY_FUNCTIONS: Readonly<Record<string, VensimFunction>> = {
  sum: { fn: "sum", minArgs: 1, maxArgs: 1 },
  prod: { fn: "prod", minArgs: 1, maxArgs: 1 },
  vmin: { fn: "vmin", minArgs: 1, maxArgs: 1 },
  vmax: { fn: "vmax", minArgs: 1, maxArgs: 1 },
};

/** Vensim functions that stockflow does not have: reading them reports `unsupported: NAME`. */
export const UNSUPPORTED_FUNCTIONS: ReadonlySet<string> = new Set([
  "a function of",
  "delay conveyor",
  "find zero",
  "get data at time",
  "get data between times",
  "get data last time",
  "get data max",
  "get data min",
  "get data mean",
  "get data total points",
  "get time value",
  "npv with lookup",
  "queue fifo",
  "random pink noise",
  "shift if true",
  "tabbed array",
  "time base",
]);

const TABLE: ReadonlyMap<string, VensimFunction> = new Map([
  ...Object.values(BUILTINS).flatMap((spec) =>
    (spec.vensim ?? "")
      .split("/")
      .map((name) => vensimKey(name))
      .filter((key) => key !== "" && spec.maxArgs > 0)
      .map(
        (key) => [key, { fn: spec.name, minArgs: spec.minArgs, maxArgs: spec.maxArgs }] as const,
      ),
  ),
  ["integer", { fn: "integer", minArgs: 1, maxArgs: 1 }],
  ...Object.entries(ARRAY_FUNCTIONS),
]);

/** The stockflow translation of a Vensim function name, when there is one. */
export function vensimFunction(name: string): VensimFunction | undefined {
  expectString("vensimFunction", "name", name);
  return TABLE.get(vensimKey(name));
}

/**
 * Vensim's LOOKUP functions, whose first argument names a lookup (`LOOKUP FORWARD(table, x)`):
 * by lower-case Vensim name. Vensim's LOOKUP AREA always gives both ends.
 */
export const VENSIM_LOOKUP_FUNCTIONS: ReadonlyMap<string, LookupFunctionSpec> = new Map(
  LOOKUP_FUNCTIONS.map((spec) => [vensimKey(spec.vensim), spec]),
);

/** Every Vensim function name the reader translates, for the docs. */
export function vensimFunctionNames(): readonly string[] {
  return [...TABLE.keys(), ...VENSIM_LOOKUP_FUNCTIONS.keys()].sort();
}

/** Vensim's names of the run's clock, which are builtins without arguments in stockflow. */
export const CLOCK_NAMES: ReadonlyMap<string, string> = new Map([
  ["time", "time"],
  ["time step", "dt"],
  ["initial time", "initial_time"],
  ["final time", "final_time"],
  ["saveper", "saveper"],
]);
