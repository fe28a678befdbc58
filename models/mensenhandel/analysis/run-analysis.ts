/**
 * The analysis rebuilt from public sources (`npm start`): structure of the systeemkaart (a
 * reconstruction), MARVEL evaluation with robustness, calibration of the stock-and-flow model on
 * its historical baseline, validation out of sample and against series it was not fitted to,
 * scenarios and reality checks. Everything
 * is computed in memory and returned as files; {@link writeAnalysis} writes them only when all
 * of them exist, so a failure leaves no partial output.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { runRealityChecks } from "../../../src/checks/run-reality-checks.js";
import {
  expectObject,
  expectOptions,
  expectString,
} from "../../../src/diagnostics/check-argument.js";
import { UsageError } from "../../../src/diagnostics/errors.js";
import { measures } from "../measures.js";
import { allMeasuresScenario } from "../scenarios.js";
import { measuredSfd } from "../sfd/historical-baseline.js";
import { sfdRealityChecks } from "../sfd/reality-checks.js";
import { mensenhandelSfd } from "../sfd/sfd-model.js";
import { BASELINE } from "../sfd/sfd-scenarios.js";
import {
  bandSvg,
  calibrationSvg,
  formsSvg,
  holdoutSvg,
  scenarioSvg,
  systeemkaartSvg,
  totalsSvg,
  validationSvg,
} from "./analysis-charts.js";
import { ANALYSIS_DEFAULTS } from "./analysis-defaults.js";
import { analysisReport } from "./analysis-report.js";
import { calibrationAnalysis } from "./calibration-analysis.js";
import { CONCLUSION_INDICATORS, CONCLUSION_YEARS, ENSEMBLE_INDICATORS } from "./conclusions.js";
import { type AnalysisTable, csvText, table, workbookBytes } from "./csv-text.js";
import {
  marvelAnalysis,
  marvelIndicatorTable,
  marvelRows,
  marvelTable,
} from "./marvel-analysis.js";
import { scenarioAnalysis, scenarioTable } from "./scenario-analysis.js";
import {
  actionableLeverage,
  leverageTable,
  loopsTable,
  structureAnalysis,
} from "./structure-analysis.js";
import { uncertaintyAnalysis } from "./uncertainty-analysis.js";
import { conclusionTable, inputsTable } from "./uncertainty-tables.js";
import { validate } from "./validation.js";

/** Options of {@link runAnalysis}. */
export interface AnalysisOptions {
  /** Robustness samples of the MARVEL evaluation. */
  readonly marvelSamples?: number;
  /** Evaluation budget of the refit. */
  readonly calibrationEvaluations?: number;
  /** Evaluation budget of the out-of-sample fit (from the prior values). */
  readonly holdoutEvaluations?: number;
  /** Latin-hypercube samples of the scenario ensemble. */
  readonly samples?: number;
  /** Seed of the ensemble (the MARVEL robustness sample has its own, 1). */
  readonly seed?: number;
  /** Worker threads of the ensemble. */
  readonly workers?: number;
  /** Progress of the ensemble: runs done of the total. */
  readonly onProgress?: (done: number, total: number) => void;
}

export { ANALYSIS_DEFAULTS };

/** The scenarios whose 5–95 % bands over time the report draws. */
const BAND_SCENARIOS = [BASELINE, "zonder_programma_2018"] as const;

/** The summary written to `summary.json`. */
export interface AnalysisSummary {
  readonly factors: number;
  readonly links: number;
  readonly measures: number;
  readonly loops: { readonly R: number; readonly B: number };
  readonly calibration: {
    readonly mape: number;
    /** Fitted constants that ended at a bound of their range. */
    readonly at_bound: readonly string[];
  };
  readonly ranges_ok: boolean;
  readonly validation: {
    readonly holdout: {
      readonly fit: string;
      readonly test: string;
      readonly mape: number;
      readonly in_sample_mape: number;
      readonly at_bound: readonly string[];
    };
    readonly series: readonly {
      readonly name: string;
      readonly source: string;
      readonly points: number;
      readonly mape: number;
    }[];
    readonly mse_trend_ok: boolean;
  };
  /** Each measure's and the programme's effect: relative change, with against without. */
  readonly scenarios: readonly {
    readonly id: string;
    readonly indicator: string;
    readonly year: number;
    readonly median: number;
    readonly p05: number;
    readonly p95: number;
  }[];
}

/** The analysis: its summary, a few lines for the terminal, and the files by relative path. */
export interface Analysis {
  readonly summary: AnalysisSummary;
  readonly lines: readonly string[];
  readonly files: ReadonlyMap<string, string | Uint8Array>;
}

/** Run the whole analysis in memory. */
export async function runAnalysis(options: AnalysisOptions = {}): Promise<Analysis> {
  expectOptions("runAnalysis", options, {
    marvelSamples: "number",
    calibrationEvaluations: "number",
    holdoutEvaluations: "number",
    samples: "number",
    seed: "number",
    workers: "number",
    onProgress: "function",
  });
  const { marvelSamples, calibrationEvaluations, holdoutEvaluations, samples, seed, workers } = {
    ...ANALYSIS_DEFAULTS,
    ...options,
  };
  if (!(Number.isInteger(marvelSamples) && marvelSamples >= 1))
    throw new UsageError(
      `mensenhandel: marvelSamples must be a whole number of at least 1, got ${marvelSamples}`,
    );
  if (!(Number.isInteger(samples) && samples >= 2))
    throw new UsageError(
      `mensenhandel: samples must be a whole number of at least 2, got ${samples}`,
    );
  const structure = structureAnalysis();
  const actionable = actionableLeverage();
  const marvel = marvelAnalysis(marvelSamples);
  const calibration = calibrationAnalysis(calibrationEvaluations);
  const validation = validate(calibration.run, holdoutEvaluations);
  const model = mensenhandelSfd({ values: calibration.result.parameters });
  const scenarios = scenarioAnalysis(model);
  const checks = runRealityChecks(
    measuredSfd({ values: calibration.result.parameters }),
    sfdRealityChecks,
    { lang: "nl" },
  );
  const comparisons = scenarios.comparisons.filter((c) => c.id !== allMeasuresScenario.id);
  const uncertainty = await uncertaintyAnalysis(
    calibration.result.parameters,
    comparisons,
    ENSEMBLE_INDICATORS,
    CONCLUSION_YEARS,
    BAND_SCENARIOS,
    { samples, seed, workers, ...(options.onProgress ? { onProgress: options.onProgress } : {}) },
  );
  const round = (x: number) => Number(x.toFixed(4));

  const svgs = new Map<string, { title: string; svg: string }>([
    [
      "kalibratie.svg",
      { title: "Kalibratie op de NRM-reeks", svg: calibrationSvg(calibration.run) },
    ],
    ["vormen.svg", { title: "Registraties naar vorm", svg: formsSvg(calibration.run) }],
    ["schattingen.svg", { title: "Totaal tegen de schattingen", svg: totalsSvg(calibration.run) }],
    [
      "scenario-slachtoffers.svg",
      {
        title: "Totaal slachtoffers per scenario",
        svg: scenarioSvg(
          scenarios.runs,
          "total_victims",
          "Slachtoffers in een jaar (totaal) per scenario",
          "sc1",
        ),
      },
    ],
    [
      "scenario-veroordelingen.svg",
      {
        title: "Veroordelingen per scenario",
        svg: scenarioSvg(
          scenarios.runs,
          "convictions",
          "Veroordelingen per jaar per scenario",
          "sc2",
        ),
      },
    ],
    [
      "validatie-buiten-steekproef.svg",
      {
        title: "Toets buiten de steekproef (fit 2013–2018, voorspelling 2019–2020)",
        svg: holdoutSvg(validation.holdout, calibration.run),
      },
    ],
    ...CONCLUSION_INDICATORS.map((ind, i): [string, { title: string; svg: string }] => [
      `band-${ind.id.replaceAll("_", "-")}.svg`,
      {
        title: `${ind.nl}: basis met 5–95 %-band (${uncertainty.samples} steekproeven)`,
        svg: bandSvg(uncertainty, ind.id, ind.nl, `band${i}`),
      },
    ]),
    ...validation.series.map((v, i): [string, { title: string; svg: string }] => [
      `validatie-${v.name.replaceAll("_", "-")}.svg`,
      { title: `Validatie: ${v.nl}`, svg: validationSvg(v, `val${i}`) },
    ]),
  ]);
  const diagram = systeemkaartSvg(structure);
  const summary: AnalysisSummary = {
    factors: structure.summary.factors,
    links: structure.summary.links,
    measures: measures.length,
    loops: { R: structure.summary.loops.R, B: structure.summary.loops.B },
    calibration: { mape: round(calibration.mape), at_bound: calibration.atBound.map((b) => b.id) },
    ranges_ok: calibration.rangesOk,
    validation: {
      holdout: {
        fit: validation.holdout.fit,
        test: validation.holdout.test,
        mape: round(validation.holdout.mape),
        in_sample_mape: round(validation.holdout.inSampleMape),
        at_bound: validation.holdout.atBound.map((b) => b.id),
      },
      series: validation.series.map((v) => ({
        name: v.name,
        source: v.source,
        points: v.points.length,
        mape: round(v.mape),
      })),
      mse_trend_ok: validation.mseTrendOk,
    },
    scenarios: uncertainty.effects
      .filter((e) => CONCLUSION_INDICATORS.some((i) => i.id === e.indicator))
      .map((e) => ({
        id: e.comparison,
        indicator: e.indicator,
        year: e.year,
        median: round(e.median),
        p05: round(e.p05),
        p95: round(e.p95),
      })),
  };
  const report = analysisReport({
    structure,
    actionable,
    marvel,
    calibration,
    validation,
    scenarios,
    uncertainty,
    checks,
    figures: [...svgs.values()],
    diagram,
  });
  const tables = new Map<string, AnalysisTable>([
    ["conclusies", conclusionTable(uncertainty)],
    ["hefboomtabel", leverageTable(structure)],
    ["lussen", loopsTable(structure)],
    ["marvel", marvelTable(marvel)],
    ["marvel-indicatoren", marvelIndicatorTable(marvel)],
    [
      "kalibratie",
      table(
        ["jaar", "waargenomen", "model"],
        calibration.fitRows.map((r) => [r.year, r.observed, r.simulated]),
      ),
    ],
    [
      "schattingen",
      table(
        ["jaar", "model", "ondergrens", "bovengrens", "binnen"],
        calibration.ranges.map((r) => [r.year, r.simulated, r.low, r.high, r.inside]),
      ),
    ],
    [
      "strafrechtketen",
      table(
        ["indicator", "jaar", "waargenomen", "model"],
        calibration.justice.map((r) => [r.indicator, r.year, r.observed, r.simulated]),
      ),
    ],
    [
      "parameters",
      table(
        ["constante", "waarde", "op grens"],
        Object.entries(calibration.result.parameters).map(([id, v]) => [
          id,
          v,
          calibration.atBound.some((b) => b.id === id),
        ]),
      ),
    ],
    ["scenarios", scenarioTable(scenarios)],
    ["onzekerheid", inputsTable(uncertainty)],
    [
      "validatie",
      table(
        ["reeks", "bron", "jaar", "waargenomen", "model"],
        validation.series.flatMap((v) =>
          v.points.map((p) => [v.name, v.source, p.year, p.observed, p.simulated]),
        ),
      ),
    ],
    [
      "buiten-steekproef",
      table(
        ["jaar", "waargenomen", "model", "in de fit"],
        validation.holdout.points.map((p) => [p.year, p.observed, p.simulated, p.year <= 2018]),
      ),
    ],
    [
      "mse-trend",
      table(
        [
          "van",
          "tot",
          "schatting",
          "model",
          "model van",
          "model tot",
          "klopt",
          "door model gebruikt",
        ],
        validation.trend.map((t) => [
          t.from,
          t.to,
          t.observed === "up" ? "stijgt" : "daalt",
          t.simulated === "up" ? "stijgt" : "daalt",
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
        ["toets", "geslaagd", "gezien"],
        checks.map((c) => [c.name.split(" / ")[0]!, c.passed, c.detail]),
      ),
    ],
  ]);
  const files = new Map<string, string | Uint8Array>([
    ["rapport.html", report],
    ["systeemkaart.svg", diagram],
    ...[...svgs].map(([name, f]): [string, string] => [name, f.svg]),
    ...[...tables].map(([name, t]): [string, string] => [`${name}.csv`, csvText(t)]),
    ["tabellen.xlsx", workbookBytes(tables)],
    ["summary.json", `${JSON.stringify(summary)}\n`],
  ]);
  const best = marvelRows(marvel)[0];
  const lines = [
    `systeemkaart: ${summary.factors} factoren, ${summary.links} verbanden, ${summary.loops.R} R- en ${summary.loops.B} B-lussen; aangrijpingspunt 1: ${actionable[0]?.label ?? "-"} (structureel knooppunt 1: ${structure.leverage[0]?.label ?? "-"})`,
    `MARVEL: ${marvel.scenarios.length} scenario's, ${marvel.robustness?.samples ?? 0} steekproeven; beste: ${best?.label ?? "-"}`,
    `kalibratie: MAPE ${(calibration.mape * 100).toFixed(1)} % op NRM 2013–2020; totaal binnen schattingen: ${calibration.rangesOk ? "ja" : "nee"}`,
    `validatie: buiten de steekproef (fit 2013–2018) MAPE ${(validation.holdout.mape * 100).toFixed(1)} % op 2019–2020, binnen ${(validation.holdout.inSampleMape * 100).toFixed(1)} %; trend van de schattingen gevolgd: ${validation.mseTrendOk ? "ja" : "nee"}`,
    `onzekerheid: ${uncertainty.samples} steekproeven × ${new Set(comparisons.flatMap((c) => [c.with.name, c.without.name])).size} scenario's (seed ${uncertainty.seed})`,
    `scenario's: ${scenarios.runs.size} runs 2010–2030; realiteitstoetsen: ${checks.filter((c) => c.passed).length}/${checks.length} geslaagd`,
  ];
  return { summary, lines, files };
}

/** Write the files of an analysis under `dir` (created when missing). */
export async function writeAnalysis(analysis: Analysis, dir: string): Promise<void> {
  expectObject("writeAnalysis", "analysis", analysis);
  expectString("writeAnalysis", "dir", dir);
  await mkdir(dir, { recursive: true });
  await Promise.all([...analysis.files].map(([name, data]) => writeFile(join(dir, name), data)));
}
