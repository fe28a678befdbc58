/**
 * The scenarios of the stock-and-flow model, 2018–2030: the baseline (no measure), every measure
 * of the catalogue alone, the 2018 programme *Samen tegen mensenhandel*, and all measures
 * together. Each is a library scenario (data), so it can be written to YAML and rerun by the CLI.
 */
import type { Scenario as LibraryScenario } from "../../../src/scenario/scenario.js";
import { measures } from "../measures.js";
import { overrideMeasure, type Scenario } from "../scenario.js";
import { allMeasuresScenario, programmeScenario, singleMeasureScenarios } from "../scenarios.js";
import { leverMeasures } from "./measure-levers.js";

/** The baseline: the calibrated model with no measure switched on. */
export const BASELINE = "basis";

/** A systeemkaart scenario (measures by id, possibly resized or moved) as a library scenario. */
export function sfdScenario(scenario: Scenario): LibraryScenario {
  return {
    name: scenario.id,
    doc: `${scenario.labels.nl} / ${scenario.labels.en}`,
    measures: scenario.measures.flatMap((id) => {
      const measure = measures.find((m) => m.id === id);
      if (measure === undefined) throw new Error(`unknown measure ${JSON.stringify(id)}`);
      return leverMeasures(overrideMeasure(measure, scenario.overrides?.[id]));
    }),
  };
}

/** Baseline, each measure alone, the programme and all measures. */
export function sfdScenarios(): LibraryScenario[] {
  return [
    { name: BASELINE, doc: "Basis: geen maatregel / Baseline: no measure" },
    ...singleMeasureScenarios.map(sfdScenario),
    sfdScenario(programmeScenario),
    sfdScenario(allMeasuresScenario),
  ];
}
