/**
 * The uncertainty of the scenario results: a seeded Latin-hypercube ensemble over the
 * assumption constants and the chosen measure sizes (`sfd/parameter-ranges.ts`), each sample
 * run under every scenario the comparisons need, so that a measure's effect is computed sample
 * by sample (with − without, the same sample) before its median and 5–95 % range are taken.
 * The runs go through the library's sensitivity module (`sampleDesign`, `runVectors`, worker
 * pool); results do not depend on the number of workers.
 */

import { compileModel } from "../../../src/compile/compile-model.js";
import { applyMeasures, measureParams } from "../../../src/scenario/apply-measures.js";
import { runVectors } from "../../../src/sensitivity/run-vectors.js";
import { sampleDesign } from "../../../src/sensitivity/sample-design.js";
import { sortedQuantile } from "../../../src/sensitivity/summarize-runs.js";
import { parameterValues, simulate } from "../../../src/simulate/simulate.js";
import type { MeasureId } from "../measures.js";
import { catalogueMeasures, historicalMeasureIds } from "../sfd/historical-baseline.js";
import { type UncertainInput, uncertainInputs } from "../sfd/parameter-ranges.js";
import { mensenhandelSfd } from "../sfd/sfd-model.js";
import type { MeasureComparison } from "../sfd/sfd-scenarios.js";
import { UNCERTAINTY_DEFAULTS } from "./analysis-defaults.js";

/** Options of {@link uncertaintyAnalysis}. */
export interface UncertaintyOptions {
  /** Latin-hypercube samples. */
  readonly samples?: number;
  readonly seed?: number;
  /** Worker threads. */
  readonly workers?: number;
  /** Time between saved values of the ensemble's runs. */
  readonly saveper?: number;
  readonly onProgress?: (done: number, total: number) => void;
}

export { UNCERTAINTY_DEFAULTS };

/** The median and 5–95 % range of a measure's effect on an indicator in a year. */
export interface EffectRange {
  readonly comparison: string;
  readonly indicator: string;
  readonly year: number;
  /** Relative change, with against without the measure (fractions). */
  readonly median: number;
  readonly p05: number;
  readonly p95: number;
  /** The same in the indicator's units. */
  readonly absolute: { readonly median: number; readonly p05: number; readonly p95: number };
}

/** Percentiles of one indicator over time in one scenario of the ensemble. */
export interface ScenarioBand {
  readonly scenario: string;
  readonly indicator: string;
  readonly time: Float64Array;
  readonly p05: Float64Array;
  readonly p25: Float64Array;
  readonly p50: Float64Array;
  readonly p75: Float64Array;
  readonly p95: Float64Array;
}

/** The ensemble's results. */
export interface UncertaintyAnalysis {
  readonly samples: number;
  readonly seed: number;
  readonly inputs: readonly UncertainInput[];
  readonly effects: readonly EffectRange[];
  readonly bands: readonly ScenarioBand[];
}

const quantiles = (values: Float64Array) => {
  const sorted = Float64Array.from(values).sort();
  return {
    p05: sortedQuantile(sorted, 0.05),
    p25: sortedQuantile(sorted, 0.25),
    p50: sortedQuantile(sorted, 0.5),
    p75: sortedQuantile(sorted, 0.75),
    p95: sortedQuantile(sorted, 0.95),
  };
};

/**
 * Run the ensemble for `comparisons` on the model at `values` (the calibrated constants),
 * saving `indicators`; effects at `years`, bands over time for `bandScenarios` (scenario names).
 */
export async function uncertaintyAnalysis(
  values: Readonly<Record<string, number>>,
  comparisons: readonly MeasureComparison[],
  indicators: readonly string[],
  years: readonly number[],
  bandScenarios: readonly string[],
  options: UncertaintyOptions = {},
): Promise<UncertaintyAnalysis> {
  const { samples, seed, workers, saveper } = { ...UNCERTAINTY_DEFAULTS, ...options };
  const measured = applyMeasures(
    mensenhandelSfd({ values }),
    catalogueMeasures(new Set(historicalMeasureIds)),
  );
  const compiled = compileModel(measured.model);
  const slots = new Map(compiled.parameters.map((id, i) => [id, i]));
  // A name that is not a constant of the compiled model would write outside its parameters.
  const index = (id: string): number => {
    const slot = slots.get(id);
    if (slot === undefined) throw new Error(`internal: ${id} is not a constant of the model`);
    return slot;
  };
  const inputs = uncertainInputs(values);
  const design = sampleDesign(
    inputs.map((x) => x.distribution),
    samples,
    "lhs",
    seed,
  );

  // The distinct scenarios: each is a set of measures on.
  const variants = new Map<string, readonly MeasureId[]>();
  for (const c of comparisons) {
    variants.set(c.with.name, c.withOn);
    variants.set(c.without.name, c.withoutOn);
  }
  const names = [...variants.keys()];
  const base = parameterValues(compiled, {});
  const P = base.length;
  const V = names.length;
  const k = inputs.length;
  const vectors = new Float64Array(samples * V * P);
  for (let i = 0; i < samples; i++) {
    const overrides: Partial<Record<MeasureId, { scale: number }>> = {};
    inputs.forEach((input, j) => {
      if (input.kind === "measure")
        overrides[input.id as MeasureId] = { scale: design[i * k + j]! };
    });
    names.forEach((name, v) => {
      const at = (i * V + v) * P;
      vectors.set(base, at);
      inputs.forEach((input, j) => {
        if (input.kind === "constant") vectors[at + index(input.id)] = design[i * k + j]!;
      });
      const on = new Set<string>(variants.get(name));
      const params = measureParams(measured, catalogueMeasures(on, overrides));
      for (const [id, value] of Object.entries(params)) vectors[at + index(id)] = value;
    });
  }

  const probe = simulate(compiled, { save: indicators, saveper, paramValues: base });
  const time = probe.time;
  const rows = time.length;
  const results = await runVectors(
    compiled,
    { model: measured.model, save: indicators, options: { saveper }, seed },
    vectors,
    rows,
    { workers, ...(options.onProgress ? { onProgress: options.onProgress } : {}) },
  );
  const I = indicators.length;
  const at = (sample: number, variant: number, indicator: number, row: number) =>
    results[((sample * V + variant) * I + indicator) * rows + row]!;
  const rowOf = (t: number) => {
    const r = Math.round((t - time[0]!) / saveper);
    if (Math.abs(time[r]! - t) > 1e-9) throw new Error(`internal: ${t} is not a saved time`);
    return r;
  };

  const effects = comparisons.flatMap((c) => {
    const w = names.indexOf(c.with.name);
    const wo = names.indexOf(c.without.name);
    return indicators.flatMap((indicator, ind) =>
      years.map((year): EffectRange => {
        const row = rowOf(year);
        const abs = new Float64Array(samples);
        const rel = new Float64Array(samples);
        for (let i = 0; i < samples; i++) {
          const a = at(i, w, ind, row);
          const b = at(i, wo, ind, row);
          abs[i] = a - b;
          rel[i] = b === 0 ? 0 : (a - b) / Math.abs(b);
        }
        const q = quantiles(rel);
        const qa = quantiles(abs);
        return {
          comparison: c.id,
          indicator,
          year,
          median: q.p50,
          p05: q.p05,
          p95: q.p95,
          absolute: { median: qa.p50, p05: qa.p05, p95: qa.p95 },
        };
      }),
    );
  });

  const bands = bandScenarios.flatMap((scenario) => {
    const v = names.indexOf(scenario);
    if (v < 0) throw new Error(`internal: scenario ${scenario} is not in the ensemble`);
    return indicators.map((indicator, ind): ScenarioBand => {
      const series = {
        p05: new Float64Array(rows),
        p25: new Float64Array(rows),
        p50: new Float64Array(rows),
        p75: new Float64Array(rows),
        p95: new Float64Array(rows),
      };
      const column = new Float64Array(samples);
      for (let r = 0; r < rows; r++) {
        for (let i = 0; i < samples; i++) column[i] = at(i, v, ind, r);
        const q = quantiles(column);
        series.p05[r] = q.p05;
        series.p25[r] = q.p25;
        series.p50[r] = q.p50;
        series.p75[r] = q.p75;
        series.p95[r] = q.p95;
      }
      return { scenario, indicator, time: Float64Array.from(time), ...series };
    });
  });
  return { samples, seed, inputs, effects, bands };
}
