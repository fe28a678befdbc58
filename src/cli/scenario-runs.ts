import type { Model } from "../model/types.js";
import type { NamedRun } from "../render/chart/series-data.js";
import { loadScenario } from "../scenario/read-scenario.js";
import { runScenarios } from "../scenario/run-scenarios.js";
import type { Scenario } from "../scenario/scenario.js";
import { printWarnings } from "./cli-session.js";

/**
 * The base run and the run of each scenario file, in order, for charts and reports. The base is
 * the model as it is, called `base` unless a scenario file already takes that name.
 */
export async function scenarioRuns(model: Model, files: readonly string[]): Promise<NamedRun[]> {
  const scenarios: Scenario[] = [];
  for (const file of files) scenarios.push(await loadScenario(file));
  const withBase = scenarios.some((s) => s.name === "base")
    ? scenarios
    : [{ name: "base" }, ...scenarios];
  const runs = runScenarios(model, withBase);
  for (const { run } of runs) printWarnings(run.warnings);
  return runs;
}
