/**
 * Checks of a model: reality checks (assertions about its behaviour) and the dimensional
 * consistency of its equations.
 */

export { readRealityChecks, realityChecksSchema } from "./read-reality-checks.js";
export type {
  CheckGiven,
  Expectation,
  RealityCheck,
  RealityCheckResult,
} from "./reality-check.js";
export { checkScenarioOf, judge, runRealityChecks } from "./run-reality-checks.js";
export { checkUnits } from "./units/check-units.js";
export { type InferredUnits, inferUnits, type UnitsContext } from "./units/infer-units.js";
export { type Dimensions, formatUnits, parseUnits, sameDimensions } from "./units/units.js";
