/**
 * The scenario part of the analysis: the calibrated stock-and-flow model on its historical
 * baseline, and every measure, the programme and all measures scored as the run with them
 * against the run without them (`sfd/sfd-scenarios.ts`), on the performance indicators in 2025
 * and 2030.
 */
import type { Model } from "../../../src/model/types.js";
import type { Lang } from "../../../src/render/strings.js";
import { runScenarios } from "../../../src/scenario/run-scenarios.js";
import type { Run } from "../../../src/simulate/run.js";
import { sfdIndicators, sfdVariableLabels } from "../sfd/sfd-indicators.js";
import {
  BASELINE,
  type MeasureComparison,
  measureComparisons,
  sfdScenarios,
} from "../sfd/sfd-scenarios.js";
import { type AnalysisTable, table } from "./csv-text.js";
import { TABLE_TEXT } from "./table-text.js";

/** The indicators compared: the model's performance indicators and the registrations. */
export const SCENARIO_INDICATORS: readonly {
  readonly id: string;
  readonly labels: { readonly nl: string; readonly en: string };
  readonly desired: "up" | "down";
}[] = [
  ...sfdIndicators,
  { id: "registered_victims", labels: sfdVariableLabels("registered_victims"), desired: "up" },
];

/** The years the comparison reports. */
export const SCENARIO_YEARS = [2025, 2030] as const;

/** The runs of every scenario by name, and the comparisons that read them. */
export interface ScenarioAnalysis {
  readonly runs: ReadonlyMap<string, Run>;
  readonly baseline: Run;
  readonly comparisons: readonly MeasureComparison[];
}

/** Run the baseline and every scenario the comparisons need on `model` (one compiled structure). */
export function scenarioAnalysis(model: Model): ScenarioAnalysis {
  const scenarios = sfdScenarios();
  const runs = runScenarios(model, scenarios, {
    save: SCENARIO_INDICATORS.map((i) => i.id),
    saveper: 0.25,
  });
  const byName = new Map(runs.map((r) => [r.name, r.run]));
  return { runs: byName, baseline: byName.get(BASELINE)!, comparisons: measureComparisons() };
}

/** The effect of a measure on an indicator at a time: with − without, and relative to without. */
export function effectOf(
  analysis: ScenarioAnalysis,
  comparison: MeasureComparison,
  indicator: string,
  time: number,
): {
  readonly with: number;
  readonly without: number;
  readonly change: number;
  readonly relative: number;
} {
  const w = analysis.runs.get(comparison.with.name)!.at(indicator, time);
  const wo = analysis.runs.get(comparison.without.name)!.at(indicator, time);
  return {
    with: w,
    without: wo,
    change: w - wo,
    relative: wo === 0 ? Number.NaN : (w - wo) / Math.abs(wo),
  };
}

/** Long table: measure, how it is scored, indicator, year, with, without, change, relative change. */
export function scenarioTable(analysis: ScenarioAnalysis, lang: Lang = "nl"): AnalysisTable {
  const rows = analysis.comparisons.flatMap((c) =>
    SCENARIO_INDICATORS.flatMap((ind) =>
      SCENARIO_YEARS.map((year) => {
        const e = effectOf(analysis, c, ind.id, year);
        return [
          c.id,
          c.kind,
          ind.id,
          year,
          e.with,
          e.without,
          e.change,
          Number.isNaN(e.relative) ? "" : e.relative,
        ];
      }),
    ),
  );
  return table(TABLE_TEXT[lang].scenarios, rows);
}
