export { type DominancePeriod, dominantAt, dominantPeriods } from "./dominant-periods.js";
export {
  type ElementaryLink,
  type ElementaryLinkKind,
  type ElementaryStructure,
  elementaryStructure,
  type ValueRef,
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
export { strongestPathLoops, type WeightedAdjacency } from "./strongest-path-loops.js";
