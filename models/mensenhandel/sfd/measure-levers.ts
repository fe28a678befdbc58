/**
 * How the measures of the systeemkaart act on the stock-and-flow model: each factor a measure
 * changes maps onto one constant or auxiliary (a lever) of the model, with how the measure's
 * relative size converts into a change of that lever. The timing (start, ramp, end) is the
 * measure's own, so a measure resized or moved in the systeemkaart moves here too.
 */

import { expectObject } from "../../../src/diagnostics/check-argument.js";
import type { Measure as ScenarioMeasure } from "../../../src/scenario/scenario.js";
import type { FactorId } from "../factors.js";
import type { Measure, MeasureChange } from "../measure.js";

/** A lever: the model variable a factor's change acts on and how its size converts. */
export interface Lever {
  readonly variable: string;
  /** `add`: size × per-unit is added; `multiply`: the variable is multiplied by 1 + size. */
  readonly kind: "add" | "multiply";
  /** What one unit of relative size adds (for `add`). */
  readonly perUnit: number;
  /** Why the conversion holds. */
  readonly basis: string;
}

/**
 * Levers by factor. Factors missing here have no counterpart in the stock-and-flow model (the
 * second prevalence estimate improves information, not victims; the administrative-law track
 * of the inspectorate gives fines, not identifications); their measures leave the run unchanged.
 */
export const levers: Partial<Record<FactorId, Lever>> = {
  opsporingscapaciteit: {
    variable: "police_fte_extra",
    kind: "add",
    perUnit: 350,
    basis:
      "the measure's size is relative to about 350 FTE (S10, S42): 0.25 × 350 ≈ 87 = 58 + 29 FTE",
  },
  specialistische_opvang: {
    variable: "specialist_places",
    kind: "add",
    perUnit: 70,
    basis: "the size is relative to the 70 COSM places (S45): 0.51 × 70 ≈ 36 places (S47)",
  },
  opvangcapaciteit: {
    variable: "extra_cosm_beds",
    kind: "add",
    perUnit: 70,
    basis: "the size is relative to the 70 COSM places (S45): 0.11 × 70 ≈ 8 beds (S46)",
  },
  signaleringsvermogen_professionals: {
    variable: "training_boost",
    kind: "add",
    perUnit: 1,
    basis: "awareness is an index of 1; the measure's relative rise adds to it",
  },
  gemeentelijk_beleid: {
    variable: "municipal_policy_extra",
    kind: "add",
    perUnit: 0.5,
    basis: "the size doubles the assumed share of 0.5 municipalities with a policy: +1 × 0.5",
  },
  drempel_informatiedeling: {
    variable: "info_barrier",
    kind: "multiply",
    perUnit: 1,
    basis: "the barrier is multiplied by 1 + size: −0.73 leaves 0.27 of it",
  },
  zorgcoordinatie: {
    variable: "care_coordination_extra",
    kind: "add",
    perUnit: 1,
    basis: "care coordination is an index of 1 on the care channel",
  },
  prioriteit_mensenhandel: {
    variable: "priority_extra",
    kind: "add",
    perUnit: 1,
    basis: "the police's priority is an index of 1; the relative rise adds to it",
  },
  signalering_melding: {
    variable: "police_signal_boost",
    kind: "add",
    perUnit: 1,
    basis:
      "signals from crawlers, client tips and the licence intake reach the register through the police",
  },
  internationale_samenwerking: {
    variable: "international_cooperation",
    kind: "add",
    perUnit: 1,
    basis: "international cooperation is an index of 1",
  },
  inspectiecapaciteit_szw: {
    variable: "iszw_capacity_extra",
    kind: "add",
    perUnit: 1,
    basis: "inspectorate capacity relative to before 2018, as the measure states it",
  },
  vraag: {
    variable: "sex_demand",
    kind: "add",
    perUnit: 1,
    basis: "demand is an index of 1 acting on sexual exploitation",
  },
  toegang_verblijfsregeling: {
    variable: "residence_access",
    kind: "add",
    perUnit: 1,
    basis: "access to B8/3 is an index of 1",
  },
};

function toScenarioMeasure(measure: Measure, change: MeasureChange, lever: Lever): ScenarioMeasure {
  const size = change.size;
  const timing =
    change.kind === "ramp"
      ? { from: change.start, ramp: change.duration }
      : change.end === undefined
        ? { from: change.start }
        : { from: change.start, until: change.end };
  const amount = lever.kind === "add" ? { add: size * lever.perUnit } : { multiply: 1 + size };
  return {
    name: `${measure.id}: ${change.factor}`,
    variable: lever.variable,
    change: amount,
    ...timing,
  };
}

/** The scenario measures (changes of model variables over time) of one systeemkaart measure. */
export function leverMeasures(measure: Measure): ScenarioMeasure[] {
  expectObject("leverMeasures", "measure", measure);
  return measure.changes.flatMap((change) => {
    const lever = levers[change.factor];
    return lever === undefined ? [] : [toScenarioMeasure(measure, change, lever)];
  });
}
