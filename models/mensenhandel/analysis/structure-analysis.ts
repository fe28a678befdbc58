/**
 * The structural part of the analysis: loops and leverage of the systeemkaart (the causal map
 * of the 2018 systems analysis), with the named loops of `loops.ts` found among them.
 */
import {
  analyzeStructure,
  type StructureAnalysis,
} from "../../../src/analysis/analyze-structure.js";
import { causalGraph } from "../../../src/analysis/graph/causal-graph.js";
import type { Lang } from "../../../src/render/strings.js";
import { factors } from "../factors.js";
import { approachFactors } from "../factors-approach.js";
import { measures } from "../measures.js";
import { systeemkaart } from "../systeemkaart.js";
import { type AnalysisTable, table } from "./csv-text.js";
import { TABLE_TEXT } from "./table-text.js";

/** Loops, structural table and the top leverage candidates of the systeemkaart. */
export function structureAnalysis(top = 10): StructureAnalysis {
  return analyzeStructure(causalGraph(systeemkaart), { top });
}

/**
 * The factors someone can act on: those a measure of the catalogue changes, and the approach
 * factors (chain cooperation, prevention, the administrative approach). Statistics such as
 * the registered victims rank high structurally, because many loops pass through them, but no
 * one can set them.
 */
export const interventionPoints: ReadonlySet<string> = new Set<string>([
  ...measures.flatMap((m) => m.changes.map((c) => c.factor)),
  ...approachFactors.map((f) => f.id),
]);

/** The structural leverage ranking restricted to {@link interventionPoints}, best first. */
export function actionableLeverage(top = 10): StructureAnalysis["leverage"] {
  const all = analyzeStructure(causalGraph(systeemkaart), { top: systeemkaart.factors.length });
  return all.leverage.filter((c) => interventionPoints.has(c.id)).slice(0, top);
}

/** The leverage table. */
export function leverageTable(analysis: StructureAnalysis, lang: Lang = "nl"): AnalysisTable {
  return table(
    TABLE_TEXT[lang].leverage,
    analysis.leverage.map((c) => [
      c.rank,
      c.id,
      factors.find((f) => f.id === c.id)?.labels[lang] ?? c.label ?? c.id,
      c.role,
      c.activeSum,
      c.passiveSum,
      c.loops,
      c.betweenness,
    ]),
  );
}

/** Every loop found, as a table. */
export function loopsTable(analysis: StructureAnalysis, lang: Lang = "nl"): AnalysisTable {
  return table(
    TABLE_TEXT[lang].loops,
    analysis.loops.loops.map((l) => [
      l.id,
      l.polarity,
      l.variables.length,
      l.variables.join(" > "),
    ]),
  );
}
