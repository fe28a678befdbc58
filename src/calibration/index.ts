/**
 * Calibration: fit constants within bounds to observed time series (Nelder–Mead or Powell,
 * seeded restarts) and report the fit with Sterman's (1984) summary statistics.
 */
export {
  CALIBRATE_DEFAULTS,
  type CalibrateOptions,
  type CalibrationResult,
  calibrate,
  type FitParameter,
} from "./calibrate.js";
export { type FitStatistics, fitStatistics } from "./fit-statistics.js";
export { nelderMead } from "./nelder-mead.js";
export {
  clampUnit,
  type Objective,
  OPTIMIZE_DEFAULTS,
  type OptimizeOptions,
  type OptimizeResult,
  type Optimizer,
} from "./optimizer.js";
export { powell } from "./powell.js";
export { type ObservedData, readObservedData } from "./read-observed-data.js";
