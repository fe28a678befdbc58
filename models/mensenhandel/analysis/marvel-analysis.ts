/**
 * The MARVEL part of the analysis: every measure alone, the 2018 programme and all measures as
 * packages on the systeemkaart, from 2018, at 1, 2, 5 and 10 years, with a seeded robustness
 * sample of the strength and speed classes.
 */
import { evaluateMarvel, type MarvelEvaluation } from "../../../src/marvel/evaluate-marvel.js";
import type { Lang } from "../../../src/render/strings.js";
import { scenarioMap } from "../scenario.js";
import { allMeasuresScenario, programmeScenario, singleMeasureScenarios } from "../scenarios.js";
import { systeemkaart } from "../systeemkaart.js";
import { type AnalysisTable, table } from "./csv-text.js";
import { TABLE_TEXT } from "./table-text.js";

/** The scenarios evaluated: each measure, the programme, all measures. */
export const marvelScenarios = [...singleMeasureScenarios, programmeScenario, allMeasuresScenario];

/** Evaluate every scenario the MARVEL way with `samples` robustness samples (seed 1). */
export function marvelAnalysis(samples = 10): MarvelEvaluation {
  return evaluateMarvel(scenarioMap(systeemkaart, marvelScenarios), {
    packages: marvelScenarios.map((s) => s.id),
    settings: { start: 2018 },
    robustness: { samples, seed: 1 },
  });
}

/** Mean share of robustness samples in which an indicator moved the desired way. */
export function robustShare(evaluation: MarvelEvaluation, id: string): number {
  const scenario = evaluation.scenarios.find((s) => s.id === id);
  const shares = (scenario?.indicators ?? []).flatMap((i) => i.robustness ?? []);
  return shares.length === 0 ? Number.NaN : shares.reduce((a, b) => a + b, 0) / shares.length;
}

/** One row per scenario: rank, score, share of indicator moments right, robustness. */
export function marvelRows(evaluation: MarvelEvaluation, lang: Lang = "nl") {
  return evaluation.ranking.map((id, i) => {
    const scenario = evaluation.scenarios.find((s) => s.id === id)!;
    const label = marvelScenarios.find((s) => s.id === id)?.labels[lang] ?? id;
    return {
      rank: i + 1,
      id,
      label,
      score: scenario.score,
      okShare: scenario.okShare,
      robust: robustShare(evaluation, id),
    };
  });
}

/** The MARVEL ranking as a table. */
export function marvelTable(evaluation: MarvelEvaluation, lang: Lang = "nl"): AnalysisTable {
  return table(
    TABLE_TEXT[lang].marvel,
    marvelRows(evaluation, lang).map((r) => [r.rank, r.id, r.label, r.score, r.okShare, r.robust]),
  );
}

/** Per scenario and indicator: the change at each moment, whether it is the desired way, robustness. */
export function marvelIndicatorTable(
  evaluation: MarvelEvaluation,
  lang: Lang = "nl",
): AnalysisTable {
  const text = TABLE_TEXT[lang];
  return table(
    text.marvelIndicators,
    evaluation.scenarios.flatMap((s) =>
      s.indicators.flatMap((i) =>
        evaluation.moments.map((m, k) => [
          s.id,
          i.factor,
          i.desired === "up" ? text.up : text.down,
          m,
          i.change[k] ?? Number.NaN,
          i.ok[k] ?? false,
          i.robustness?.[k] ?? Number.NaN,
        ]),
      ),
    ),
  );
}
