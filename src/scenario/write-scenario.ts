/** Writing a scenario as a YAML scenario file (for example the values a calibration found). */
import { stringify } from "yaml";
import { expectSchema } from "../diagnostics/check-argument.js";
import type { Scenario } from "./scenario.js";
import { scenarioSchema } from "./scenario-schema.js";

/** The scenario as YAML text, without its `source`; readable by `readScenarioText`. */
export function writeScenarioYaml(scenario: Scenario): string {
  expectSchema("writeScenarioYaml", "scenario", scenario, scenarioSchema, "a scenario");
  const { source: _, ...rest } = scenario;
  return stringify({ kind: "scenario", ...rest });
}
