/**
 * The scenario part of the analysis: the calibrated stock-and-flow model under the baseline,
 * every measure alone, the programme and all measures, compared on the performance indicators
 * in 2025 and 2030.
 */
import type { Model } from "../../../src/model/types.js";
import { runScenarios, type ScenarioRun } from "../../../src/scenario/run-scenarios.js";
import { sfdScenarios } from "../sfd/sfd-scenarios.js";
import { csvText } from "./csv-text.js";

/** The indicators compared, with Dutch labels and the desired direction. */
export const SCENARIO_INDICATORS = [
  { id: "total_victims", nl: "Totaal slachtoffers per jaar", desired: "down" },
  { id: "hidden_victims", nl: "Verborgen slachtoffers", desired: "down" },
  { id: "share_seen", nl: "Aandeel gezien", desired: "up" },
  { id: "total_waiting", nl: "Zonder opvangplek", desired: "down" },
  { id: "convictions", nl: "Veroordelingen per jaar", desired: "up" },
  { id: "revictimisations", nl: "Herhaald slachtofferschap per jaar", desired: "down" },
  { id: "registered_victims", nl: "Geregistreerde slachtoffers per jaar", desired: "up" },
] as const;

/** The years the comparison reports. */
export const SCENARIO_YEARS = [2025, 2030] as const;

/** Run every scenario on `model`, saving the indicators. */
export function scenarioAnalysis(model: Model): ScenarioRun[] {
  return runScenarios(model, sfdScenarios(), {
    save: SCENARIO_INDICATORS.map((i) => i.id),
    saveper: 0.25,
  });
}

/** Long CSV: scenario, indicator, year, value, baseline, relative change. */
export function scenarioCsv(runs: readonly ScenarioRun[]): string {
  const base = runs[0]!;
  const rows = runs.flatMap((r) =>
    SCENARIO_INDICATORS.flatMap((ind) =>
      SCENARIO_YEARS.map((year) => {
        const value = r.run.at(ind.id, year);
        const b = base.run.at(ind.id, year);
        return [r.name, ind.id, year, value, b, b === 0 ? "" : (value - b) / Math.abs(b)];
      }),
    ),
  );
  return csvText(["scenario", "indicator", "year", "value", "baseline", "relative_change"], rows);
}
