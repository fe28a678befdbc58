/**
 * The options of a run ({@link RunOptions}) as the entry points check them: `simulate`,
 * `runModel`, `createRunner`, `runScenarios`, `runSensitivity`, `calibrate` and `loopDominance`
 * all take them, each with options of its own besides.
 */
import type { Field } from "../diagnostics/check-argument.js";

/** The run options and what each must hold. */
export const RUN_OPTION_FIELDS = {
  method: ["euler", "rk2", "rk4"],
  start: "finite",
  stop: "finite",
  dt: "finite",
  saveper: "finite",
  seed: "finite",
  params: "numbers-by-name",
  paramValues: "array",
  tables: "object",
  random: "function",
  save: "array",
  limits: "object",
  checkFinite: "boolean",
  observe: "function",
} as const satisfies Readonly<Record<string, Field>>;
