/**
 * One measure on the calibrated stock-and-flow model, against the run without it: the quickest
 * way from `npm install stockflow` to a table. The reference is the historical baseline less the
 * measure (for a measure in force before 2021 that is a counterfactual; for a later one, the
 * baseline itself). Each row is one indicator in one year, with the reference, the measure and
 * the relative change.
 */

import { expectOptions, expectString } from "../../../src/diagnostics/check-argument.js";
import { runScenarios } from "../../../src/scenario/run-scenarios.js";
import type { Run } from "../../../src/simulate/run.js";
import type { MeasureId } from "../measures.js";
import { type SfdIndicator, sfdIndicators } from "../sfd/sfd-indicators.js";
import { mensenhandelSfd } from "../sfd/sfd-model.js";
import { measureComparison, sfdScenario } from "../sfd/sfd-scenarios.js";
import { checkMeasureId, measureById } from "./measure-by-id.js";

/** The indicators of the stock-and-flow model (variable ids) with their Dutch and English names. */
export const SFD_INDICATORS = Object.fromEntries(
  sfdIndicators.map((i) => [i.id, i.labels]),
) as Readonly<Record<SfdIndicator, { readonly nl: string; readonly en: string }>>;

export type { SfdIndicator };

/** Options of {@link runMeasure}. */
export interface RunMeasureOptions {
  /** Sizes relative to the plan (1 = as planned). */
  readonly scale?: number;
  /** Start year of the measure's first change (its other changes move along). */
  readonly start?: number;
  /** Indicators in the table; default: all of {@link SFD_INDICATORS}. */
  readonly indicators?: readonly SfdIndicator[];
  /** Years in the table. */
  readonly years?: readonly number[];
  /** Values of constants by id; default: the calibrated values. */
  readonly values?: Readonly<Record<string, number>>;
}

/** Defaults of {@link RunMeasureOptions}. */
export const RUN_MEASURE_DEFAULTS = { scale: 1, years: [2020, 2025, 2030] } as const;

/** One indicator in one year: baseline against the measure. */
export interface MeasureRow {
  readonly indicator: SfdIndicator;
  readonly year: number;
  readonly baseline: number;
  readonly measure: number;
  /** (measure − baseline) / |baseline|; null when the baseline is 0. */
  readonly change: number | null;
}

/** The result of {@link runMeasure}: the table and both runs. */
export interface MeasureResult {
  readonly measure: MeasureId;
  readonly rows: readonly MeasureRow[];
  readonly baseline: Run;
  readonly scenario: Run;
}

/** Run one measure with and without (a misspelt id gets a did-you-mean error) and tabulate. */
export function runMeasure(id: MeasureId, options: RunMeasureOptions = {}): MeasureResult {
  expectString("runMeasure", "id", id);
  expectOptions("runMeasure", options, {
    scale: "number",
    start: "number",
    indicators: "array",
    years: "array",
    values: "object",
  });
  const measure = measureById(checkMeasureId(id));
  const { scale, years } = { ...RUN_MEASURE_DEFAULTS, ...options };
  const indicators = options.indicators ?? (Object.keys(SFD_INDICATORS) as SfdIndicator[]);
  const override = { scale, ...(options.start !== undefined ? { start: options.start } : {}) };
  const scenario = sfdScenario({
    id: measure.id,
    labels: measure.labels,
    measures: [id],
    overrides: { [id]: override },
  });
  const model = mensenhandelSfd(options.values !== undefined ? { values: options.values } : {});
  const without = measureComparison(measure.id, measure.labels, [id]).without;
  const [base, with_] = runScenarios(model, [without, scenario], {
    save: indicators,
  });
  if (base === undefined || with_ === undefined) throw new Error("internal: two runs expected");
  const rows = indicators.flatMap((indicator) =>
    years.map((year): MeasureRow => {
      const b = base.run.at(indicator, year);
      const m = with_.run.at(indicator, year);
      return {
        indicator,
        year,
        baseline: b,
        measure: m,
        change: b === 0 ? null : (m - b) / Math.abs(b),
      };
    }),
  );
  return { measure: id, rows, baseline: base.run, scenario: with_.run };
}
