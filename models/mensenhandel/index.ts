/**
 * The Dutch human-trafficking domain (issue 10): the systeemkaart with its typed factor ids,
 * links, measures, indicators, named loops and workshop themes, and the sources they cite.
 */
export { type Actor, actors } from "./actors.js";
export { type HistoricalEvent, historicalEvents } from "./events.js";
export { assumption, source } from "./evidence.js";
export { type FactorGroup, factorGroups } from "./factor-groups.js";
export type { FactorSpec } from "./factor-spec.js";
export { type FactorId, factorById, factors } from "./factors.js";
export { indicators, type PerformanceIndicator } from "./indicators.js";
export { DEFINITIONAL, link, type MapLink } from "./link.js";
export { links } from "./links.js";
export { type NamedLoop, namedLoops } from "./loops.js";
export {
  chosen,
  derived,
  type ImposedChanges,
  type Measure,
  type MeasureChange,
  type MeasureStatus,
  measureInterventions,
  ramp,
  type SizeBasis,
  step,
} from "./measure.js";
export { interventions, type MeasureId, measures, packages } from "./measures.js";
export {
  type MeasureOverride,
  overrideMeasure,
  type Scenario,
  scenarioInterventions,
  scenarioMap,
} from "./scenario.js";
export { allMeasuresScenario, programmeScenario, singleMeasureScenarios } from "./scenarios.js";
export { type Source, type SourceId, sourceById, sources } from "./sources.js";
export { systeemkaart } from "./systeemkaart.js";
export { type Theme, type ThemeId, themes } from "./themes.js";
