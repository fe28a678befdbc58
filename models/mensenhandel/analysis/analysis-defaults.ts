/**
 * The defaults of the trafficking analysis, in a module of their own so that the CLI can show
 * them in its help without loading the analysis.
 */
import { availableParallelism } from "node:os";

/** Defaults of the ensemble: 200 Latin-hypercube samples, seed 2018, up to two workers. */
export const UNCERTAINTY_DEFAULTS = {
  samples: 200,
  seed: 2018,
  workers: Math.min(2, availableParallelism()),
  saveper: 0.5,
} as const;

/** Defaults of the analysis: 200 MARVEL samples, the ensemble's 200 samples, in Dutch. */
export const ANALYSIS_DEFAULTS = {
  marvelSamples: 200,
  calibrationEvaluations: 150,
  holdoutEvaluations: 400,
  samples: UNCERTAINTY_DEFAULTS.samples,
  seed: UNCERTAINTY_DEFAULTS.seed,
  workers: UNCERTAINTY_DEFAULTS.workers,
  lang: "nl",
} as const;
