export { type DominancePeriod, dominantAt, dominantPeriods } from "./dominant-periods.js";
export {
  type ElementaryLink,
  type ElementaryStructure,
  elementaryStructure,
} from "./elementary-links.js";
export {
  DOMINANCE_DEFAULTS,
  type DominanceOptions,
  type DominanceResult,
  type LoopScores,
  loopDominance,
  type PreparedDominance,
  prepareDominance,
} from "./loop-dominance.js";
export { strongestPathLoops } from "./strongest-path-loops.js";
