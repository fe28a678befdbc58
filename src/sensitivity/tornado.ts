/**
 * One-at-a-time sensitivity (a tornado ranking): each parameter is moved alone to a low and a
 * high quantile of its distribution (5th and 95th percentiles by default), the others held at
 * their base values, and the parameters are ranked by how far that swings a chosen outcome —
 * a variable at a time (the end of the run by default). 2k + 1 runs for k parameters.
 */
import { compileModel } from "../compile/compile-model.js";
import { expectArray, expectModel, expectObject } from "../diagnostics/check-argument.js";
import { UsageError } from "../diagnostics/errors.js";
import type { Model } from "../model/types.js";
import { parameterValues, type RunOptions, simulate } from "../simulate/simulate.js";
import { quantile } from "./distribution.js";
import type { SensitivityParameter } from "./run-sensitivity.js";

/** Options of {@link tornado}. */
export interface TornadoOptions extends Omit<RunOptions, "paramValues" | "save"> {
  /** The outcome variable, by id or display name. */
  readonly outcome: string;
  /** Time at which the outcome is read; default the end of the run. */
  readonly time?: number;
  /** Quantiles of the low and high values. */
  readonly low?: number;
  readonly high?: number;
}

/** One bar of the tornado. */
export interface TornadoBar {
  readonly parameter: string;
  readonly lowValue: number;
  readonly highValue: number;
  /** The outcome with the parameter at its low and at its high value. */
  readonly lowOutcome: number;
  readonly highOutcome: number;
  /** |highOutcome − lowOutcome|. */
  readonly swing: number;
}

/** The ranking: the base outcome and the bars, largest swing first (ties in parameter order). */
export function tornado(
  model: Model,
  parameters: readonly SensitivityParameter[],
  options: TornadoOptions,
): {
  readonly outcome: string;
  readonly time: number;
  readonly base: number;
  readonly bars: TornadoBar[];
} {
  expectModel("tornado", "model", model, ["stock-flow"]);
  expectArray("tornado", "parameters", parameters);
  expectObject("tornado", "options", options);
  const { outcome, time, low = 0.05, high = 0.95, params, ...rest } = options;
  if (!(low >= 0 && low < high && high < 1))
    throw new UsageError(
      `tornado: quantiles must satisfy 0 <= low < high < 1, got ${low}, ${high}`,
    );
  const compiled = compileModel(model);
  const base = parameterValues(compiled, params);
  const read = (values: Float64Array) => {
    const run = simulate(compiled, { ...rest, paramValues: values, save: [outcome] });
    return time === undefined ? run.final(outcome) : run.at(outcome, time);
  };
  const baseOutcome = read(base);
  const bars = parameters.map((p): TornadoBar => {
    const index = parameterValues(compiled, { [p.name]: Number.NaN }).findIndex(Number.isNaN);
    const at = (u: number) => {
      const values = Float64Array.from(base);
      values[index] = quantile(p.distribution, u);
      return { value: values[index]!, outcome: read(values) };
    };
    const lo = at(low);
    const hi = at(high);
    return {
      parameter: compiled.parameters[index]!,
      lowValue: lo.value,
      highValue: hi.value,
      lowOutcome: lo.outcome,
      highOutcome: hi.outcome,
      swing: Math.abs(hi.outcome - lo.outcome),
    };
  });
  const ranked = bars.map((b, i) => ({ b, i })).sort((x, y) => y.b.swing - x.b.swing || x.i - y.i);
  const end = compiled.model.specs.stop;
  return {
    outcome,
    time: time ?? options.stop ?? end,
    base: baseOutcome,
    bars: ranked.map((x) => x.b),
  };
}
