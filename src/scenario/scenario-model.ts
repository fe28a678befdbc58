/**
 * Scenarios on arrayed models. Runs use the flat model (every element an ordinary variable,
 * `victims[sexual,minor]` with id `victims_sexual_minor`); a scenario may name single elements
 * that way, or a whole arrayed variable, which stands for all of its elements: `set` gives each
 * element the value, and a measure applies to each element alike.
 */
import { flattenArrays } from "../arrays/flatten-arrays.js";
import { expectModel, expectObject, expectSchema } from "../diagnostics/check-argument.js";
import { displayName } from "../model/canonical.js";
import type { Model } from "../model/types.js";
import { variableResolver } from "./resolve-variable.js";
import type { Measure, Scenario } from "./scenario.js";
import { scenarioSchema } from "./scenario-schema.js";

/** A model as scenarios see it. */
export interface ScenarioModel {
  /** The flat model, which runs. */
  readonly flat: Model;
  /** The flat variables and the arrayed variables together: every name a scenario may use. */
  readonly names: Model;
  /** Flat ids of the elements of an arrayed variable; undefined for anything else. */
  elementsOf(name: string): readonly string[] | undefined;
}

/** The scenario view of a model (the model itself when it has no arrays). */
export function scenarioModel(model: Model): ScenarioModel {
  expectModel("scenarioModel", "model", model, ["stock-flow"]);
  const flat = flattenArrays(model);
  if (flat === model) return { flat, names: model, elementsOf: () => undefined };
  const arrayed = model.variables.filter((v) => (v.dims?.length ?? 0) > 0);
  const resolveArrayed = variableResolver({ ...model, variables: arrayed });
  return {
    flat,
    names: { ...flat, variables: [...flat.variables, ...arrayed] },
    elementsOf: (name) => {
      const v = resolveArrayed(name);
      if (v === undefined) return undefined;
      const prefix = `${displayName(v)}[`;
      return flat.variables.filter((f) => (f.name ?? "").startsWith(prefix)).map((f) => f.id);
    },
  };
}

/** The scenario with every arrayed variable it names replaced by its elements. */
export function flattenScenario(view: ScenarioModel, scenario: Scenario): Scenario {
  expectObject("flattenScenario", "view", view);
  expectSchema("flattenScenario", "scenario", scenario, scenarioSchema, "a scenario");
  const set: Record<string, number> = {};
  for (const [name, value] of Object.entries(scenario.set ?? {})) {
    for (const id of view.elementsOf(name) ?? [name]) set[id] = value;
  }
  const measures: Measure[] = (scenario.measures ?? []).flatMap((m) =>
    (view.elementsOf(m.variable) ?? [m.variable]).map((variable) => ({ ...m, variable })),
  );
  return { ...scenario, set, measures };
}
