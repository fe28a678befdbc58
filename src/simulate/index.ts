export {
  euler,
  INTEGRATORS,
  type Integrator,
  rk2,
  rk4,
  type StepSystem,
} from "./integrators/index.js";
export { Run, type RunVariable } from "./run.js";
export { createRunner, type Runner, type RunnerOptions } from "./runner.js";
export {
  type ObservedStep,
  parameterValues,
  RUN_DEFAULTS,
  type RunOptions,
  runModel,
  simulate,
} from "./simulate.js";
export {
  type RunFormat,
  runToCsv,
  runToJson,
  runToTable,
  runToTsv,
  writeRun,
} from "./write-run.js";
