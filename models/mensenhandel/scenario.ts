import {
  expectArray,
  expectModel,
  expectObject,
  expectOptions,
} from "../../src/diagnostics/check-argument.js";
import type { CausalMap, Intervention, Labels } from "../../src/model/types.js";
import { type Measure, type MeasureChange, measureInterventions } from "./measure.js";
import { type MeasureId, measures } from "./measures.js";

/** A change to one measure in a scenario: its sizes multiplied by `scale`, its start moved to `start`. */
export interface MeasureOverride {
  readonly scale?: number;
  /** New start year of the measure's first change; its other changes (and ends) move along. */
  readonly start?: number;
}

/**
 * A scenario: measures switched on together, some of them resized or moved in time. Measures are
 * named by {@link MeasureId}, so a scenario naming a measure that does not exist fails to
 * compile. The baseline is the run with no measure switched on.
 */
export interface Scenario {
  readonly id: string;
  readonly labels: Required<Labels>;
  readonly measures: readonly MeasureId[];
  readonly overrides?: Readonly<Partial<Record<MeasureId, MeasureOverride>>>;
}

function findMeasure(id: MeasureId): Measure {
  const found = measures.find((m) => m.id === id);
  if (found === undefined) throw new Error(`unknown measure ${JSON.stringify(id)}`);
  return found;
}

/** The measure with an override applied: sizes scaled, all changes shifted by the same years. */
export function overrideMeasure(measure: Measure, override: MeasureOverride = {}): Measure {
  expectObject("overrideMeasure", "measure", measure);
  expectOptions("overrideMeasure", override, { scale: "number", start: "number" }, "override");
  const first = Math.min(...measure.changes.map((c) => c.start));
  const shift = override.start === undefined ? 0 : override.start - first;
  const scale = override.scale ?? 1;
  const changes = measure.changes.map((c): MeasureChange => {
    const moved = { ...c, size: c.size * scale, start: c.start + shift };
    return moved.kind === "step" && moved.end !== undefined
      ? { ...moved, end: moved.end + shift }
      : moved;
  });
  return { ...measure, changes };
}

/** The MARVEL interventions of a scenario, with ids `<scenario>_<intervention>`. */
export function scenarioInterventions(scenario: Scenario): Intervention[] {
  expectObject("scenarioInterventions", "scenario", scenario);
  return scenario.measures.flatMap((id) =>
    measureInterventions(overrideMeasure(findMeasure(id), scenario.overrides?.[id])).map(
      (intervention) => ({ ...intervention, id: `${scenario.id}_${intervention.id}` }),
    ),
  );
}

/**
 * The map with the scenarios as its interventions and packages (one package per scenario, with
 * the scenario's id), ready for a MARVEL evaluation of `packages: [scenario ids]`. Scenarios
 * without measures are left out: the baseline needs no package.
 */
export function scenarioMap(map: CausalMap, scenarios: readonly Scenario[]): CausalMap {
  expectModel("scenarioMap", "map", map, ["causal-map"]);
  expectArray("scenarioMap", "scenarios", scenarios);
  const active = scenarios.filter((s) => s.measures.length > 0);
  const perScenario = active.map((s) => ({ scenario: s, interventions: scenarioInterventions(s) }));
  return {
    ...map,
    interventions: perScenario.flatMap((p) => p.interventions),
    packages: perScenario.map(({ scenario, interventions }) => ({
      id: scenario.id,
      labels: scenario.labels,
      interventions: interventions.map((i) => i.id),
    })),
  };
}
