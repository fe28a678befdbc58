/**
 * One call for the whole structural picture of a model: counts, the loops by polarity, the
 * structural table and the leverage candidates — what `stockflow analyze` prints.
 */

import { expectGraph, expectOptions } from "../diagnostics/check-argument.js";
import type { CausalGraph } from "./graph/causal-graph-types.js";
import { type LeverageCandidate, leverageRanking } from "./leverage/leverage-ranking.js";
import { type StructuralRow, structuralTable } from "./leverage/structural-table.js";
import type { LinkClassValues } from "./link-classes.js";
import { type FindLoopsOptions, findLoops, type LoopsResult } from "./loops/find-loops.js";

/** Options of {@link analyzeStructure}. */
export interface AnalyzeStructureOptions extends FindLoopsOptions {
  /** How many leverage candidates to list (default 5). */
  readonly top?: number;
  readonly classValues?: LinkClassValues;
}

/** The structural analysis of a causal graph. */
export interface StructureAnalysis {
  readonly summary: {
    readonly factors: number;
    readonly links: number;
    readonly loops: {
      readonly total: number;
      readonly R: number;
      readonly B: number;
      readonly "?": number;
    };
    /** True when the loop search hit its count or time limit (counts are then lower bounds). */
    readonly truncated: boolean;
  };
  readonly loops: LoopsResult;
  readonly table: readonly StructuralRow[];
  readonly leverage: readonly LeverageCandidate[];
}

/** Loops, structural table and leverage candidates of `graph`. */
export function analyzeStructure(
  graph: CausalGraph,
  options: AnalyzeStructureOptions = {},
): StructureAnalysis {
  expectGraph("analyzeStructure", "graph", graph);
  expectOptions("analyzeStructure", options, {
    top: "number",
    classValues: "object",
    maxLength: "number",
    maxLoops: "number",
    timeLimitMs: "number",
  });
  const loops = findLoops(graph, options);
  const table = structuralTable(graph, { loops: loops.loops, classValues: options.classValues });
  const count = (p: "R" | "B" | "?") => loops.loops.filter((l) => l.polarity === p).length;
  return {
    summary: {
      factors: graph.order,
      links: graph.size,
      loops: { total: loops.loops.length, R: count("R"), B: count("B"), "?": count("?") },
      truncated: loops.truncated,
    },
    loops,
    table,
    leverage: leverageRanking(table).slice(0, options.top ?? 5),
  };
}
