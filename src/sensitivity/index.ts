/**
 * Sensitivity analysis (the `stockflow/sensitivity` subpath, since it starts worker threads):
 * distributions, seeded Monte Carlo and Latin hypercube designs, runs over a piscina pool with
 * results independent of the number of workers, percentile summaries and tornado rankings.
 */
export {
  type Distribution,
  formatDistribution,
  normalQuantile,
  quantile,
} from "./distribution.js";
export {
  type ParsedDistribution,
  parseDistribution,
  parseParamSpec,
} from "./parse-distribution.js";
export { type Batch, type BatchSetup, runBatch } from "./run-batch.js";
export {
  runSensitivity,
  SENSITIVITY_DEFAULTS,
  type SensitivityOptions,
  type SensitivityParameter,
  type SensitivityResult,
  type SensitivityShard,
  shardRange,
} from "./run-sensitivity.js";
export { type RunVectorsOptions, runVectors } from "./run-vectors.js";
export { permutation, type SamplingMethod, sampleDesign } from "./sample-design.js";
export {
  type MergedStudy,
  mergeShards,
  readShardFile,
  type ShardFile,
  writeShardFile,
} from "./shard-file.js";
export { sortedQuantile, summarizeRuns, type VariableSummary } from "./summarize-runs.js";
export { type TornadoBar, type TornadoOptions, tornado } from "./tornado.js";
