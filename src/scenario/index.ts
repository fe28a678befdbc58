/**
 * Scenarios as data: files, checks, measures built in without recompiling per scenario, runs
 * and comparisons. See `docs/scenarios.md`.
 */
export {
  applyMeasures,
  type MeasureConstants,
  type MeasuredModel,
  measureParams,
  measureSignature,
} from "./apply-measures.js";
export { checkScenario } from "./check-scenario.js";
export { type CompareOptions, type ComparisonRow, compare } from "./compare.js";
export { defineScenario, type TypedScenario } from "./define-scenario.js";
export {
  loadScenario,
  type ReadScenarioOptions,
  readScenarioText,
  type ScenarioWithDistributions,
} from "./read-scenario.js";
export { mergeScenario, resolveExtends } from "./resolve-extends.js";
export {
  type PreparedScenario,
  prepareScenarios,
  type RunScenariosOptions,
  runScenarios,
  type ScenarioCache,
  type ScenarioRun,
} from "./run-scenarios.js";
export { changeCoefficients, type Measure, type MeasureChange, type Scenario } from "./scenario.js";
export { flattenScenario, type ScenarioModel, scenarioModel } from "./scenario-model.js";
export { measureSchema, type ScenarioFile, scenarioFileSchema } from "./scenario-schema.js";
export { writeScenarioYaml } from "./write-scenario.js";
