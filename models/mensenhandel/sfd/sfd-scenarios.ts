/**
 * The scenarios of the stock-and-flow model, 2010–2030, against the historical baseline (the
 * measures in force before 2021 on; see `historical-baseline.ts`): every measure of the
 * catalogue, the 2018 programme *Samen tegen mensenhandel*, and all measures together. A measure
 * already in force is scored as a counterfactual, the baseline without it; a later measure is
 * added to the baseline from its own start. Each is a library scenario (data), so it can be
 * written to YAML and rerun by the CLI.
 */

import { expectObject } from "../../../src/diagnostics/check-argument.js";
import type { Scenario as LibraryScenario } from "../../../src/scenario/scenario.js";
import { type MeasureId, measures } from "../measures.js";
import type { Scenario } from "../scenario.js";
import { allMeasuresScenario, programmeScenario } from "../scenarios.js";
import { catalogueMeasures, historicalMeasureIds } from "./historical-baseline.js";

/** The baseline: the calibrated model with the measures in force before 2021. */
export const BASELINE = "basis";

/**
 * How a measure or package is scored: the run with it (the historical baseline plus its
 * measures) against the run without it (the baseline less its measures). For a measure in force
 * before 2021 "with" is the baseline and "without" a counterfactual; for a later measure
 * "without" is the baseline and "with" adds it from its own start.
 */
export interface MeasureComparison {
  readonly id: string;
  readonly labels: { readonly nl: string; readonly en: string };
  readonly measureIds: readonly MeasureId[];
  /** Counterfactual (all in the baseline), addition (none in it) or both. */
  readonly kind: "counterfactual" | "addition" | "mixed";
  readonly with: LibraryScenario;
  readonly without: LibraryScenario;
  /** The measures on in the run with it and in the run without it. */
  readonly withOn: readonly MeasureId[];
  readonly withoutOn: readonly MeasureId[];
}

function checkIds(ids: readonly string[]): void {
  for (const id of ids)
    if (!measures.some((m) => m.id === id))
      throw new Error(`unknown measure ${JSON.stringify(id)}`);
}

const sameSet = (a: ReadonlySet<string>, b: readonly string[]) =>
  a.size === b.length && b.every((x) => a.has(x));

function setScenario(
  name: string,
  doc: string,
  on: ReadonlySet<string>,
  scenario?: Scenario,
): LibraryScenario {
  return {
    name: sameSet(on, historicalMeasureIds) && scenario?.overrides === undefined ? BASELINE : name,
    doc,
    measures: catalogueMeasures(on, scenario?.overrides),
  };
}

/**
 * A systeemkaart scenario (measures by id, possibly resized or moved) as a library scenario: its
 * measures on top of the historical baseline.
 */
export function sfdScenario(scenario: Scenario): LibraryScenario {
  expectObject("sfdScenario", "scenario", scenario);
  checkIds(scenario.measures);
  const on = new Set<string>([...historicalMeasureIds, ...scenario.measures]);
  return {
    ...setScenario(scenario.id, `${scenario.labels.nl} / ${scenario.labels.en}`, on, scenario),
    name: scenario.id,
  };
}

/** How the measures `measureIds`, scored together as `id`, compare with and without. */
export function measureComparison(
  id: string,
  labels: { readonly nl: string; readonly en: string },
  measureIds: readonly MeasureId[],
): MeasureComparison {
  checkIds(measureIds);
  const inBaseline = measureIds.filter((m) => historicalMeasureIds.includes(m));
  const kind =
    inBaseline.length === measureIds.length
      ? "counterfactual"
      : inBaseline.length === 0
        ? "addition"
        : "mixed";
  const off = new Set<string>(measureIds);
  const withOn = [...new Set<MeasureId>([...historicalMeasureIds, ...measureIds])];
  const withoutOn = historicalMeasureIds.filter((m) => !off.has(m));
  return {
    id,
    labels,
    measureIds,
    kind,
    with: setScenario(`met_${id}`, `Met: ${labels.nl} / With: ${labels.en}`, new Set(withOn)),
    without: setScenario(
      `zonder_${id}`,
      `Zonder: ${labels.nl} / Without: ${labels.en}`,
      new Set(withoutOn),
    ),
    withOn,
    withoutOn,
  };
}

/** Every measure alone, the 2018 programme and all measures, each with and without. */
export function measureComparisons(): MeasureComparison[] {
  return [
    ...measures.map((m) => measureComparison(m.id, m.labels, [m.id])),
    measureComparison(programmeScenario.id, programmeScenario.labels, programmeScenario.measures),
    measureComparison(
      allMeasuresScenario.id,
      allMeasuresScenario.labels,
      allMeasuresScenario.measures,
    ),
  ];
}

/** The baseline first, then every distinct scenario the comparisons need. */
export function sfdScenarios(): LibraryScenario[] {
  const byName = new Map<string, LibraryScenario>([
    [
      BASELINE,
      {
        name: BASELINE,
        doc: "Basis: maatregelen van vóór 2021 / Baseline: measures in force before 2021",
        measures: catalogueMeasures(new Set(historicalMeasureIds)),
      },
    ],
  ]);
  for (const c of measureComparisons())
    for (const s of [c.with, c.without]) if (!byName.has(s.name)) byName.set(s.name, s);
  return [...byName.values()];
}
