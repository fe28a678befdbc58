/** A small explorer spec over the logistic-growth example: two measures, a package, a slider. */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { explorerSpecFromModel } from "../../src/explore/explorer-from-model.js";
import type { ExplorerSpec } from "../../src/explore/explorer-spec.js";
import type { Model } from "../../src/model/types.js";
import { readScenarioText } from "../../src/scenario/read-scenario.js";

/** The logistic-growth model. */
export function logisticModel(): Model {
  return JSON.parse(readFileSync(resolve("examples/models/logistic-growth.json"), "utf8"));
}

/** The scenario file of the fixture. */
export const SCENARIO_YAML = `
name: room
doc: More room
measures:
  - name: more capacity
    variable: carrying_capacity
    change: { add: 500 }
    from: 30
  - name: faster growth
    variable: maximum_growth_rate
    change: { multiply: 1.5 }
    from: 20
    until: 60
distributions:
  carrying_capacity: uniform(800, 1200)
`;

/** The spec of the fixture. */
export function logisticSpec(): ExplorerSpec {
  const model = logisticModel();
  const scenario = readScenarioText(SCENARIO_YAML, { file: "room.yaml", model });
  return explorerSpecFromModel(model, { scenarios: [scenario], runs: 20, years: [40, 100] });
}
