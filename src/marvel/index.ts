/**
 * MARVEL: an enriched causal map compiled into a stock-and-flow model, interventions and
 * indicators, evaluation with patterns, and a seeded robustness check. See `docs/marvel.md`.
 */

export { checkMarvelMap } from "./check-marvel-map.js";
export {
  classifyPattern,
  type MarvelPattern,
  PATTERN_TOLERANCE,
  type PatternTolerance,
} from "./classify-pattern.js";
export { compileCausalMap } from "./compile-causal-map.js";
export {
  DEFAULT_MOMENTS,
  type EvaluateMarvelOptions,
  evaluateMarvel,
  type IndicatorEvaluation,
  type MarvelEvaluation,
  type ScenarioEvaluation,
} from "./evaluate-marvel.js";
export { marvelNames } from "./marvel-names.js";
export { marvelJson, marvelTable } from "./marvel-report.js";
export {
  type MarvelScenario,
  resolveScenarios,
  type ScenarioSelection,
} from "./marvel-scenarios.js";
export {
  checkMarvelFields,
  indicatorSchema,
  interventionSchema,
  marvelMapFields,
  packageSchema,
} from "./marvel-schema.js";
export {
  MARVEL_DEFAULTS,
  type MarvelFormulation,
  type MarvelSettings,
  marvelSettings,
} from "./marvel-settings.js";
export { parseIndicatorSpecs, parseInterventionSpecs, parseMoments } from "./parse-marvel-specs.js";
export {
  type ClassSampleOptions,
  classConstantValues,
  DEFAULT_SPREAD,
  sampleClassMappings,
} from "./sample-class-mappings.js";
export { type ScoredIndicator, scoreIndicators } from "./score-indicators.js";
