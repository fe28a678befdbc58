/** Writing a scenario as a YAML scenario file (for example the values a calibration found). */
import { stringify } from "yaml";
import type { Scenario } from "./scenario.js";

/** The scenario as YAML text, without its `source`; readable by `readScenarioText`. */
export function writeScenarioYaml(scenario: Scenario): string {
  const { source: _, ...rest } = scenario;
  return stringify({ kind: "scenario", ...rest });
}
