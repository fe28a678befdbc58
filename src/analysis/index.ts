/**
 * Structural analysis: causal maps, the causal graph of any model, link and loop polarity,
 * feedback loops, paths, trees and leverage. See `docs/analysis.md`.
 *
 * @example
 * const map = readCausalMapText(text);
 * const { loops } = findLoops(causalGraph(map));
 * loops.map((l) => `${l.id} ${l.name}`); // ["R1 a → b", "B1 a → b → c"]
 */

export {
  type AnalyzeStructureOptions,
  analyzeStructure,
  type StructureAnalysis,
} from "./analyze-structure.js";
export * from "./causal-map/index.js";
export * from "./dominance/index.js";
export { type CausalGraphOptions, causalGraph } from "./graph/causal-graph.js";
export {
  type CausalEdgeAttributes,
  type CausalGraph,
  type CausalNodeAttributes,
  type CausalNodeKind,
  edgeKey,
} from "./graph/causal-graph-types.js";
export { causalMapGraph } from "./graph/causal-map-graph.js";
export { type StockFlowGraphOptions, stockFlowGraph } from "./graph/stock-flow-graph.js";
export {
  descendingRanks,
  type LeverageCandidate,
  leverageRanking,
} from "./leverage/leverage-ranking.js";
export {
  type StructuralRow,
  type StructuralTableOptions,
  structuralTable,
  type VesterRole,
} from "./leverage/structural-table.js";
export {
  LINK_CLASS_DEFAULTS,
  type LinkClassValues,
  linkDelay,
  linkStrength,
} from "./link-classes.js";
export {
  FIND_LOOPS_DEFAULTS,
  type FindLoopsOptions,
  findLoops,
  type LoopsResult,
} from "./loops/find-loops.js";
export type { Loop, UnnumberedLoop } from "./loops/loop.js";
export { chainPolarity, type LoopPolarity, loopPolarity } from "./loops/loop-polarity.js";
export { loopsThrough, shortestLoopThrough } from "./loops/loop-queries.js";
export { type CausalTree, causalTree, type TreeDirection } from "./paths/causal-tree.js";
export {
  type CausalPath,
  FIND_PATHS_DEFAULTS,
  type FindPathsOptions,
  findPaths,
  type PathsResult,
} from "./paths/find-paths.js";
export {
  exprMonotonicity,
  linkPolarity,
  POLARITY_DEFAULTS,
  type PolarityOptions,
} from "./polarity/expr-monotonicity.js";
export { graphicalFunctionMonotonicity } from "./polarity/graphical-function-monotonicity.js";
export {
  changeCorrelation,
  SETTLE_POLARITY_DEFAULTS,
  type SettlePolarityOptions,
  settlePolarity,
} from "./polarity/settle-polarity.js";
export type { Sign } from "./polarity/sign-algebra.js";
export { resolveNode } from "./resolve-node.js";
