/**
 * `stockflow/mensenhandel`: the Dutch human-trafficking models as they ship in the package — the
 * systeemkaart with its typed factors, measures, indicators, loops and sources; the calibrated
 * stock-and-flow model with its scenarios and reality checks; the calibration data with their
 * sources; one YAML scenario file per measure; and the whole analysis of `npm start`.
 *
 * @example
 * import { runMeasure } from "stockflow/mensenhandel";
 * const { rows } = runMeasure("avim_capaciteit", { scale: 2 });
 * console.table(rows);
 *
 * @packageDocumentation
 */

export {
  ANALYSIS_DEFAULTS,
  type Analysis,
  type AnalysisOptions,
  type AnalysisSummary,
  runAnalysis,
  writeAnalysis,
} from "../analysis/run-analysis.js";
export {
  DATA_FILES,
  type Estimate,
  justiceFigures,
  readDataRows,
  registeredVictims,
  victimEstimates,
  type YearValue,
} from "../data/read-data.js";
export * from "../index.js";
export { AGES, CHANNELS, type DimId, FORMS, sfdDimensions } from "../sfd/dimensions.js";
export { type Lever, leverMeasures, levers } from "../sfd/measure-levers.js";
export { fittedParameters, sfdParameters } from "../sfd/parameters.js";
export { sfdRealityChecks } from "../sfd/reality-checks.js";
export { calibratedValues, mensenhandelSfd, type SfdOptions } from "../sfd/sfd-model.js";
export type { SfdParameter } from "../sfd/sfd-parameter.js";
export { BASELINE, sfdScenario, sfdScenarios } from "../sfd/sfd-scenarios.js";
export {
  checkMeasureId,
  isMeasureId,
  measureById,
  measureIds,
  UnknownMeasureError,
} from "./measure-by-id.js";
export {
  type MensenhandelFiles,
  mensenhandelFiles,
  packageRoot,
  SCENARIO_DIR,
  scenarioFile,
} from "./package-files.js";
export {
  type MeasureResult,
  type MeasureRow,
  RUN_MEASURE_DEFAULTS,
  type RunMeasureOptions,
  runMeasure,
  SFD_INDICATORS,
  type SfdIndicator,
} from "./run-measure.js";
export { scenarioFileTexts } from "./scenario-files.js";
