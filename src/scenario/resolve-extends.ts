/**
 * `extends`: a scenario starts from its base scenario's changes. Constants and tables of the
 * scenario win over the base's; measures of the base come first. Bases are found by name among
 * the scenarios given (a file reader replaces a file name by the scenario it holds).
 */

import { expectSchema } from "../diagnostics/check-argument.js";
import { ModelError } from "../diagnostics/errors.js";
import type { Scenario } from "./scenario.js";
import { scenarioListSchema, scenarioSchema } from "./scenario-schema.js";

/** One scenario on top of its base. */
export function mergeScenario(base: Scenario, scenario: Scenario): Scenario {
  expectSchema("mergeScenario", "base", base, scenarioSchema, "a scenario");
  expectSchema("mergeScenario", "scenario", scenario, scenarioSchema, "a scenario");
  const { extends: _, ...own } = scenario;
  return {
    ...own,
    set: { ...base.set, ...scenario.set },
    tables: { ...base.tables, ...scenario.tables },
    measures: [...(base.measures ?? []), ...(scenario.measures ?? [])],
  };
}

/** Every scenario with its chain of bases folded in; unknown bases and cycles are errors. */
export function resolveExtends(scenarios: readonly Scenario[]): Scenario[] {
  expectSchema("resolveExtends", "scenarios", scenarios, scenarioListSchema, "a list of scenarios");
  const byName = new Map(scenarios.map((s) => [s.name, s]));
  const resolved = new Map<string, Scenario>();
  const resolve = (scenario: Scenario, chain: readonly string[]): Scenario => {
    const done = resolved.get(scenario.name);
    if (done !== undefined) return done;
    if (scenario.extends === undefined) return scenario;
    const fail = (code: string, message: string) =>
      new ModelError(
        [
          {
            severity: "error",
            code,
            message,
            path: "extends",
            value: scenario.extends,
            ...(scenario.source !== undefined ? { file: scenario.source } : {}),
          },
        ],
        `scenario ${scenario.name}`,
      );
    if (chain.includes(scenario.extends))
      throw fail(
        "cyclic-extends",
        `scenarios extend each other: ${[...chain, scenario.extends].join(" → ")}`,
      );
    const base = byName.get(scenario.extends);
    if (base === undefined)
      throw fail(
        "unknown-scenario",
        `scenario ${scenario.name} extends unknown scenario ${JSON.stringify(scenario.extends)}`,
      );
    const merged = mergeScenario(resolve(base, [...chain, scenario.extends]), scenario);
    resolved.set(scenario.name, merged);
    return merged;
  };
  return scenarios.map((s) => resolve(s, [s.name]));
}
