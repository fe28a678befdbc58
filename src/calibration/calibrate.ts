/**
 * Calibration: the values of chosen constants, each within bounds, that minimise the weighted
 * sum of squared errors between the model and observed data (the payoff). Each parameter's
 * bounds map onto [0, 1], where the optimiser (Nelder–Mead or Powell) works; it starts once from
 * the model's own values and then from seeded random points, and the best result wins. The model
 * is compiled once; every evaluation is one run with a new parameter array.
 */
import { compileModel } from "../compile/compile-model.js";
import {
  expectArray,
  expectModel,
  expectObject,
  expectOptions,
} from "../diagnostics/check-argument.js";
import { UsageError } from "../diagnostics/errors.js";
import type { Model } from "../model/types.js";
import { seededRandom } from "../random/random-source.js";
import { RUN_OPTION_FIELDS } from "../simulate/run-option-fields.js";
import { parameterValues, type RunOptions, simulate } from "../simulate/simulate.js";
import { type FitStatistics, fitStatistics } from "./fit-statistics.js";
import { nelderMead } from "./nelder-mead.js";
import type { Optimizer } from "./optimizer.js";
import { powell } from "./powell.js";
import type { ObservedData } from "./read-observed-data.js";

/** A constant to fit, by id or display name, and its bounds. */
export interface FitParameter {
  readonly name: string;
  readonly lo: number;
  readonly hi: number;
}

/** Options of {@link calibrate}. */
export interface CalibrateOptions extends Omit<RunOptions, "paramValues" | "save" | "random"> {
  readonly optimizer?: "nelder-mead" | "powell";
  /** Starts: the model's values first, then seeded random points. */
  readonly starts?: number;
  /** Seed of the random starts and of the runs' random builtins. */
  readonly seed?: number;
  /** Weight of each observed variable (by id or display name); 1 when absent. */
  readonly weights?: Readonly<Record<string, number>>;
  /** Evaluation budget of each start. */
  readonly maxEvaluations?: number;
}

/** Defaults of {@link CalibrateOptions}. */
export const CALIBRATE_DEFAULTS = {
  optimizer: "nelder-mead",
  starts: 4,
  seed: 1,
  maxEvaluations: 2000,
} as const;

/** The calibrated values and how well they fit. */
export interface CalibrationResult {
  /** Fitted values by parameter id. */
  readonly parameters: Readonly<Record<string, number>>;
  /** Weighted sum of squared errors at the fitted values. */
  readonly payoff: number;
  /** Fit statistics by observed variable id. */
  readonly fit: Readonly<Record<string, FitStatistics>>;
  readonly evaluations: number;
}

const OPTIMIZERS: Record<NonNullable<CalibrateOptions["optimizer"]>, Optimizer> = {
  "nelder-mead": nelderMead,
  powell,
};

/** Fit `parameters` of `model` to `data`. */
export function calibrate(
  model: Model,
  data: ObservedData,
  parameters: readonly FitParameter[],
  options: CalibrateOptions = {},
): CalibrationResult {
  expectModel("calibrate", "model", model, ["stock-flow"]);
  expectObject("calibrate", "data", data);
  expectArray("calibrate", "parameters", parameters);
  expectOptions("calibrate", options, {
    optimizer: ["nelder-mead", "powell"],
    starts: "number",
    weights: "object",
    maxEvaluations: "number",
    ...RUN_OPTION_FIELDS,
  });
  const {
    optimizer,
    starts,
    seed,
    maxEvaluations,
    weights = {},
    params,
    ...run
  } = {
    ...CALIBRATE_DEFAULTS,
    ...options,
  };
  if (parameters.length === 0) throw new UsageError("calibrate: no parameters to fit");
  for (const p of parameters)
    if (!(p.lo < p.hi))
      throw new UsageError(
        `calibrate: bounds of ${p.name} must have LO < HI, got ${p.lo}..${p.hi}`,
      );
  const compiled = compileModel(model);
  const base = parameterValues(compiled, params);
  const index = parameters.map((p) =>
    parameterValues(compiled, { [p.name]: Number.NaN }).findIndex(Number.isNaN),
  );
  const ids = index.map((i) => compiled.parameters[i]!);
  const save = data.series.map((s) => s.id);
  const weightOf = new Map(Object.entries(weights).map(([name, w]) => [name, w]));
  const variableWeights = data.series.map((s) => {
    const named = [...weightOf].find(([name]) => name === s.id || name.toLowerCase() === s.id);
    return named?.[1] ?? 1;
  });

  const values = Float64Array.from(base);
  const toValues = (u: Float64Array) => {
    parameters.forEach((p, j) => {
      values[index[j]!] = p.lo + u[j]! * (p.hi - p.lo);
    });
    return values;
  };
  const simulated = (u: Float64Array): Float64Array[] => {
    const r = simulate(compiled, { ...run, seed, paramValues: toValues(u), save });
    return save.map((id) => interpolate(r.time, r.series(id), data.time));
  };
  const payoff = (u: Float64Array): number => {
    const sims = simulated(u);
    let total = 0;
    data.series.forEach((s, j) => {
      const sim = sims[j]!;
      for (let i = 0; i < s.values.length; i++) {
        const a = s.values[i]!;
        if (Number.isNaN(a)) continue;
        total += variableWeights[j]! * data.weights[i]! * (sim[i]! - a) ** 2;
      }
    });
    return total;
  };

  const random = seededRandom(seed);
  const minimise = OPTIMIZERS[optimizer];
  let best: { x: Float64Array; value: number } | undefined;
  let evaluations = 0;
  for (let s = 0; s < starts; s++) {
    const start = Float64Array.from(parameters, (p, j) =>
      s === 0 ? Math.min(1, Math.max(0, (base[index[j]!]! - p.lo) / (p.hi - p.lo))) : random(),
    );
    const result = minimise(payoff, start, { maxEvaluations });
    evaluations += result.evaluations;
    if (best === undefined || result.value < best.value) best = result;
  }
  const fitted = Object.fromEntries(ids.map((id, j) => [id, toValues(best!.x)[index[j]!]!]));
  const sims = simulated(best!.x);
  const fit = Object.fromEntries(
    data.series.map((s, j) => [s.id, fitStatistics(sims[j]!, s.values)]),
  );
  return { parameters: fitted, payoff: best!.value, fit, evaluations };
}

/** Values of a saved column at `times`, linearly interpolated between saved times. */
function interpolate(time: Float64Array, column: Float64Array, times: Float64Array): Float64Array {
  return times.map((t) => {
    let hi = time.findIndex((x) => x >= t - 1e-9);
    if (hi < 0) hi = time.length - 1;
    if (hi === 0 || Math.abs(time[hi]! - t) <= 1e-9) return column[hi]!;
    const lo = hi - 1;
    const f = (t - time[lo]!) / (time[hi]! - time[lo]!);
    return column[lo]! + f * (column[hi]! - column[lo]!);
  });
}
