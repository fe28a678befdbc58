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
import type { Lang } from "../../../src/render/strings.js";
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
  loopDiagramSvgs,
  scenarioSvg,
  systeemkaartSvg,
  totalsSvg,
  validationSvg,
} from "./analysis-charts.js";
import { ANALYSIS_DEFAULTS } from "./analysis-defaults.js";
import { analysisReport } from "./analysis-report.js";
import { analysisTables } from "./analysis-tables.js";
import { calibrationAnalysis } from "./calibration-analysis.js";
import { CHART_TEXT } from "./chart-text.js";
import {
  CONCLUSION_INDICATORS,
  CONCLUSION_YEARS,
  ENSEMBLE_INDICATORS,
} from "./conclusion-indicators.js";
import { csvText, workbookBytes } from "./csv-text.js";
import { marvelAnalysis, marvelRows } from "./marvel-analysis.js";
import { scenarioAnalysis } from "./scenario-analysis.js";
import { actionableLeverage, structureAnalysis } from "./structure-analysis.js";
import { terminalLines } from "./terminal-lines.js";
import { uncertaintyAnalysis } from "./uncertainty-analysis.js";
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
  /** The language of the report, the pictures and the tables (Dutch by default). */
  readonly lang?: Lang;
  /** Progress of the ensemble: runs done of the total. */
  readonly onProgress?: (done: number, total: number) => void;
}

export { ANALYSIS_DEFAULTS };

/** The scenarios whose 5–95 % bands over time the report draws. */
export const BAND_SCENARIOS = [BASELINE, "zonder_programma_2018"] as const;

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
    lang: ["nl", "en"],
    onProgress: "function",
  });
  const {
    marvelSamples,
    calibrationEvaluations,
    holdoutEvaluations,
    samples,
    seed,
    workers,
    lang,
  } = {
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
    { lang },
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
  const text = CHART_TEXT[lang];
  const svgs = new Map<string, { title: string; svg: string }>([
    [
      "kalibratie.svg",
      { title: text.figures.calibration, svg: calibrationSvg(calibration.run, lang) },
    ],
    ["vormen.svg", { title: text.figures.forms, svg: formsSvg(calibration.run, lang) }],
    ["schattingen.svg", { title: text.figures.totals, svg: totalsSvg(calibration.run, lang) }],
    [
      "scenario-slachtoffers.svg",
      {
        title: text.figures.scenarioVictims,
        svg: scenarioSvg(
          scenarios.runs,
          "total_victims",
          text.figures.scenarioVictimsChart,
          "sc1",
          lang,
        ),
      },
    ],
    [
      "scenario-veroordelingen.svg",
      {
        title: text.figures.scenarioConvictions,
        svg: scenarioSvg(
          scenarios.runs,
          "convictions",
          text.figures.scenarioConvictionsChart,
          "sc2",
          lang,
        ),
      },
    ],
    [
      "validatie-buiten-steekproef.svg",
      {
        title: text.figures.holdout,
        svg: holdoutSvg(validation.holdout, calibration.run, lang),
      },
    ],
    ...CONCLUSION_INDICATORS.map((ind, i): [string, { title: string; svg: string }] => [
      `band-${ind.id.replaceAll("_", "-")}.svg`,
      {
        title: text.figures.band(ind.labels[lang], uncertainty.samples),
        svg: bandSvg(uncertainty, ind.id, ind.labels[lang], `band${i}`, lang),
      },
    ]),
    ...validation.series.map((v, i): [string, { title: string; svg: string }] => [
      `validatie-${v.name.replaceAll("_", "-")}.svg`,
      { title: text.figures.validation(v.labels[lang]), svg: validationSvg(v, `val${i}`, lang) },
    ]),
  ]);
  const diagram = systeemkaartSvg(structure, lang);
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
    lang,
  });
  const tables = analysisTables(
    { structure, marvel, calibration, validation, scenarios, uncertainty, checks },
    lang,
  );
  const files = new Map<string, string | Uint8Array>([
    ["rapport.html", report],
    ["systeemkaart.svg", diagram],
    ...loopDiagramSvgs(lang),
    ...[...svgs].map(([name, f]): [string, string] => [name, f.svg]),
    ...[...tables].map(([name, t]): [string, string] => [`${name}.csv`, csvText(t, lang)]),
    ["tabellen.xlsx", workbookBytes(tables, lang)],
    ["summary.json", `${JSON.stringify(summary)}\n`],
  ]);
  const best = marvelRows(marvel, lang)[0];
  const lines = terminalLines(lang, {
    factors: summary.factors,
    links: summary.links,
    loops: summary.loops,
    actionable: actionable[0]?.id ?? "-",
    structural: structure.leverage[0]?.id ?? "-",
    marvelScenarios: marvel.scenarios.length,
    marvelSamples: marvel.robustness?.samples ?? 0,
    best: best?.label ?? "-",
    calibration: calibration.mape,
    rangesOk: calibration.rangesOk,
    holdout: validation.holdout.mape,
    inSample: validation.holdout.inSampleMape,
    trendOk: validation.mseTrendOk,
    samples: uncertainty.samples,
    scenarios: new Set(comparisons.flatMap((c) => [c.with.name, c.without.name])).size,
    seed: uncertainty.seed,
    runs: scenarios.runs.size,
    passed: checks.filter((c) => c.passed).length,
    checks: checks.length,
  });
  return { summary, lines, files };
}

/** Write the files of an analysis under `dir` (created when missing). */
export async function writeAnalysis(analysis: Analysis, dir: string): Promise<void> {
  expectObject("writeAnalysis", "analysis", analysis);
  expectString("writeAnalysis", "dir", dir);
  await mkdir(dir, { recursive: true });
  await Promise.all([...analysis.files].map(([name, data]) => writeFile(join(dir, name), data)));
}
