/**
 * Defaults of `SensitivityOptions` (see `run-sensitivity.ts`), in a file of their own so that the
 * CLI can name them in its help text without loading the sampler and the worker pool.
 */
export const SENSITIVITY_DEFAULTS = { runs: 200, sampling: "lhs", seed: 1, workers: 1 } as const;
