/**
 * The historical baseline: the measures in force before 2021 are on in the calibrated run, at
 * their historical timing, so that the fit to 2013–2020 sees the world as it was. Measures are
 * then scored against this baseline: a measure already in force by its contribution (the
 * baseline against a counterfactual run without it), a later measure by adding it from its own
 * start (2021 or later).
 *
 * Every set of measures is written with the whole catalogue, the measures that are off given a
 * change that does nothing (add 0, multiply by 1). So every set has the same model structure,
 * compiles once and differs only in parameters.
 */
import type { Model } from "../../../src/model/types.js";
import { applyMeasures } from "../../../src/scenario/apply-measures.js";
import type { Measure as ScenarioMeasure } from "../../../src/scenario/scenario.js";
import type { Measure } from "../measure.js";
import { type MeasureId, measures } from "../measures.js";
import { type MeasureOverride, overrideMeasure } from "../scenario.js";
import { leverMeasures } from "./measure-levers.js";
import { mensenhandelSfd, type SfdOptions } from "./sfd-model.js";

/** The first year that is not history: the data run to 2020. */
export const HISTORY_END = 2021;

/** Whether a measure was in force (or ran as a pilot) before {@link HISTORY_END}. */
export function inForceBeforeHistoryEnd(measure: Measure): boolean {
  if (measure.status === "bill" || measure.status === "scenario") return false;
  return Math.min(...measure.changes.map((c) => c.start)) < HISTORY_END;
}

/** The measures of the historical baseline, in catalogue order. */
export const historicalMeasureIds: readonly MeasureId[] = measures
  .filter(inForceBeforeHistoryEnd)
  .map((m) => m.id);

function neutral(m: ScenarioMeasure): ScenarioMeasure {
  const change = "multiply" in m.change ? { multiply: 1 } : { add: 0 };
  return { ...m, change };
}

/**
 * The library measures of the whole catalogue with the measures in `on` switched on (resized or
 * moved by `overrides`) and every other one neutral.
 */
export function catalogueMeasures(
  on: ReadonlySet<string>,
  overrides: Readonly<Partial<Record<MeasureId, MeasureOverride>>> = {},
): ScenarioMeasure[] {
  return measures.flatMap((m) => {
    const levers = leverMeasures(overrideMeasure(m, overrides[m.id]));
    return on.has(m.id) ? levers : levers.map(neutral);
  });
}

/**
 * The stock-and-flow model with a set of measures built in (default: the historical baseline),
 * as the calibration fits it.
 */
export function measuredSfd(
  options: SfdOptions = {},
  on: Iterable<string> = historicalMeasureIds,
): Model {
  return applyMeasures(mensenhandelSfd(options), catalogueMeasures(new Set(on))).model;
}
