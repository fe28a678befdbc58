/**
 * The structural part of the analysis: loops and leverage of the systeemkaart (the causal map
 * of the 2018 systems analysis), with the named loops of `loops.ts` found among them.
 */
import {
  analyzeStructure,
  type StructureAnalysis,
} from "../../../src/analysis/analyze-structure.js";
import { causalGraph } from "../../../src/analysis/graph/causal-graph.js";
import { systeemkaart } from "../systeemkaart.js";
import { csvText } from "./csv-text.js";

/** Loops, structural table and the top leverage candidates of the systeemkaart. */
export function structureAnalysis(top = 10): StructureAnalysis {
  return analyzeStructure(causalGraph(systeemkaart), { top });
}

/** The leverage table as CSV. */
export function leverageCsv(analysis: StructureAnalysis): string {
  return csvText(
    ["rank", "factor", "label", "role", "active_sum", "passive_sum", "loops", "betweenness"],
    analysis.leverage.map((c) => [
      c.rank,
      c.id,
      c.label ?? c.id,
      c.role,
      c.activeSum,
      c.passiveSum,
      c.loops,
      c.betweenness,
    ]),
  );
}

/** Every loop found, as CSV. */
export function loopsCsv(analysis: StructureAnalysis): string {
  return csvText(
    ["id", "polarity", "length", "factors"],
    analysis.loops.loops.map((l) => [
      l.id,
      l.polarity,
      l.variables.length,
      l.variables.join(" > "),
    ]),
  );
}
