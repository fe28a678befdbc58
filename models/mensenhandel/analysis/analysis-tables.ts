/**
 * The tables of the analysis, by file name (without `.csv`), in Dutch or English: what the
 * CSV files and the workbook hold. The file names stay the same in both languages, so that
 * scripts reading them do not depend on the report's language.
 */
import type { StructureAnalysis } from "../../../src/analysis/analyze-structure.js";
import type { RealityCheckResult } from "../../../src/checks/reality-check.js";
import type { MarvelEvaluation } from "../../../src/marvel/evaluate-marvel.js";
import type { Lang } from "../../../src/render/strings.js";
import type { CalibrationAnalysis } from "./calibration-analysis.js";
import { type AnalysisTable, table } from "./csv-text.js";
import { marvelIndicatorTable, marvelTable } from "./marvel-analysis.js";
import { checkName } from "./report-text.js";
import { type ScenarioAnalysis, scenarioTable } from "./scenario-analysis.js";
import { leverageTable, loopsTable } from "./structure-analysis.js";
import { TABLE_TEXT } from "./table-text.js";
import type { UncertaintyAnalysis } from "./uncertainty-analysis.js";
import { conclusionTable, inputsTable } from "./uncertainty-tables.js";
import type { Validation } from "./validation.js";

/** What the tables are made of. */
export interface TableParts {
  readonly structure: StructureAnalysis;
  readonly marvel: MarvelEvaluation;
  readonly calibration: CalibrationAnalysis;
  readonly validation: Validation;
  readonly scenarios: ScenarioAnalysis;
  readonly uncertainty: UncertaintyAnalysis;
  readonly checks: readonly RealityCheckResult[];
}

/** Every table of the analysis in `lang`, in the order of the workbook's sheets. */
export function analysisTables(p: TableParts, lang: Lang): Map<string, AnalysisTable> {
  const text = TABLE_TEXT[lang];
  const { calibration, validation } = p;
  return new Map<string, AnalysisTable>([
    ["conclusies", conclusionTable(p.uncertainty, lang)],
    ["hefboomtabel", leverageTable(p.structure, lang)],
    ["lussen", loopsTable(p.structure, lang)],
    ["marvel", marvelTable(p.marvel, lang)],
    ["marvel-indicatoren", marvelIndicatorTable(p.marvel, lang)],
    [
      "kalibratie",
      table(
        text.calibration,
        calibration.fitRows.map((r) => [r.year, r.observed, r.simulated]),
      ),
    ],
    [
      "schattingen",
      table(
        text.estimates,
        calibration.ranges.map((r) => [r.year, r.simulated, r.low, r.high, r.inside]),
      ),
    ],
    [
      "strafrechtketen",
      table(
        text.justice,
        calibration.justice.map((r) => [r.indicator, r.year, r.observed, r.simulated]),
      ),
    ],
    [
      "parameters",
      table(
        text.parameters,
        Object.entries(calibration.result.parameters).map(([id, v]) => [
          id,
          v,
          calibration.atBound.some((b) => b.id === id),
        ]),
      ),
    ],
    ["scenarios", scenarioTable(p.scenarios, lang)],
    ["onzekerheid", inputsTable(p.uncertainty, lang)],
    [
      "validatie",
      table(
        text.validation,
        validation.series.flatMap((v) =>
          v.points.map((pt) => [v.name, v.source, pt.year, pt.observed, pt.simulated]),
        ),
      ),
    ],
    [
      "buiten-steekproef",
      table(
        text.holdout,
        validation.holdout.points.map((pt) => [
          pt.year,
          pt.observed,
          pt.simulated,
          pt.year <= 2018,
        ]),
      ),
    ],
    [
      "mse-trend",
      table(
        text.trend,
        validation.trend.map((t) => [
          t.from,
          t.to,
          t.observed === "up" ? text.rises : text.falls,
          t.simulated === "up" ? text.rises : text.falls,
          t.simulatedFrom,
          t.simulatedTo,
          t.agrees,
          t.usedByModel,
        ]),
      ),
    ],
    [
      "realiteitstoetsen",
      table(
        text.checks,
        p.checks.map((c) => [checkName(c.name, lang), c.passed, c.detail]),
      ),
    ],
  ]);
}
