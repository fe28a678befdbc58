/**
 * The stock-and-flow model of Dutch human trafficking (issue 10): the model with its calibrated
 * defaults, its sourced constants, the measures as levers, the scenarios and the reality checks.
 *
 * @example
 * const model = mensenhandelSfd();
 * const runs = runScenarios(model, sfdScenarios(), { save: ["total_victims"] });
 */
export { AGES, CHANNELS, type DimId, FORMS, sfdDimensions } from "./dimensions.js";
export { sfdChecksJson, sfdModelJson } from "./export-sfd.js";
export { type Lever, leverMeasures, levers } from "./measure-levers.js";
export { fittedParameters, sfdParameters } from "./parameters.js";
export { sfdRealityChecks } from "./reality-checks.js";
export { calibratedValues, mensenhandelSfd, type SfdOptions } from "./sfd-model.js";
export type { SfdParameter } from "./sfd-parameter.js";
export { BASELINE, sfdScenario, sfdScenarios } from "./sfd-scenarios.js";
