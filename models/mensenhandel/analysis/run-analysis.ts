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
import { measures } from "../measures.js";
import { measuredSfd } from "../sfd/historical-baseline.js";
import { sfdRealityChecks } from "../sfd/reality-checks.js";
import { mensenhandelSfd } from "../sfd/sfd-model.js";
import {
  calibrationSvg,
  formsSvg,
  holdoutSvg,
  scenarioSvg,
  systeemkaartSvg,
  totalsSvg,
  validationSvg,
} from "./analysis-charts.js";
import { analysisReport } from "./analysis-report.js";
import { calibrationAnalysis } from "./calibration-analysis.js";
import { csvText } from "./csv-text.js";
import { marvelAnalysis, marvelCsv, marvelRows } from "./marvel-analysis.js";
import { scenarioAnalysis, scenarioCsv } from "./scenario-analysis.js";
import {
  actionableLeverage,
  leverageCsv,
  loopsCsv,
  structureAnalysis,
} from "./structure-analysis.js";
import { validate } from "./validation.js";

/** Options of {@link runAnalysis}. */
export interface AnalysisOptions {
  /** Robustness samples of the MARVEL evaluation. */
  readonly marvelSamples?: number;
  /** Evaluation budget of the refit. */
  readonly calibrationEvaluations?: number;
  /** Evaluation budget of the out-of-sample fit (from the prior values). */
  readonly holdoutEvaluations?: number;
}

/** Defaults of {@link AnalysisOptions}. */
export const ANALYSIS_DEFAULTS = {
  marvelSamples: 10,
  calibrationEvaluations: 150,
  holdoutEvaluations: 400,
} as const;

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
}

/** The analysis: its summary, a few lines for the terminal, and the files by relative path. */
export interface Analysis {
  readonly summary: AnalysisSummary;
  readonly lines: readonly string[];
  readonly files: ReadonlyMap<string, string>;
}

/** Run the whole analysis in memory. */
export function runAnalysis(options: AnalysisOptions = {}): Analysis {
  const { marvelSamples, calibrationEvaluations, holdoutEvaluations } = {
    ...ANALYSIS_DEFAULTS,
    ...options,
  };
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
  };
  const report = analysisReport({
    structure,
    actionable,
    marvel,
    calibration,
    validation,
    scenarios,
    checks,
    figures: [...svgs.values()],
    diagram,
  });
  const files = new Map<string, string>([
    ["rapport.html", report],
    ["systeemkaart.svg", diagram],
    ...[...svgs].map(([name, f]): [string, string] => [name, f.svg]),
    ["hefboomtabel.csv", leverageCsv(structure)],
    ["lussen.csv", loopsCsv(structure)],
    ["marvel.csv", marvelCsv(marvel)],
    [
      "kalibratie.csv",
      csvText(
        ["year", "observed", "simulated"],
        calibration.fitRows.map((r) => [r.year, r.observed, r.simulated]),
      ),
    ],
    [
      "schattingen.csv",
      csvText(
        ["year", "simulated", "low", "high", "inside"],
        calibration.ranges.map((r) => [r.year, r.simulated, r.low, r.high, r.inside]),
      ),
    ],
    [
      "strafrechtketen.csv",
      csvText(
        ["indicator", "year", "observed", "simulated"],
        calibration.justice.map((r) => [r.indicator, r.year, r.observed, r.simulated]),
      ),
    ],
    [
      "parameters.csv",
      csvText(["parameter", "value"], Object.entries(calibration.result.parameters)),
    ],
    ["scenarios.csv", scenarioCsv(scenarios)],
    [
      "validatie.csv",
      csvText(
        ["series", "source", "year", "observed", "simulated"],
        validation.series.flatMap((v) =>
          v.points.map((p) => [v.name, v.source, p.year, p.observed, p.simulated]),
        ),
      ),
    ],
    [
      "buiten-steekproef.csv",
      csvText(
        ["year", "observed", "simulated", "used_in_fit"],
        validation.holdout.points.map((p) => [p.year, p.observed, p.simulated, p.year <= 2018]),
      ),
    ],
    [
      "mse-trend.csv",
      csvText(
        [
          "from",
          "to",
          "observed",
          "simulated",
          "model_from",
          "model_to",
          "agrees",
          "used_by_model",
        ],
        validation.trend.map((t) => [
          t.from,
          t.to,
          t.observed,
          t.simulated,
          t.simulatedFrom,
          t.simulatedTo,
          t.agrees,
          t.usedByModel,
        ]),
      ),
    ],
    [
      "realiteitstoetsen.csv",
      csvText(
        ["check", "passed", "detail"],
        checks.map((c) => [c.name, c.passed, c.detail]),
      ),
    ],
    ["summary.json", `${JSON.stringify(summary)}\n`],
  ]);
  const best = marvelRows(marvel)[0];
  const lines = [
    `systeemkaart: ${summary.factors} factoren, ${summary.links} verbanden, ${summary.loops.R} R- en ${summary.loops.B} B-lussen; aangrijpingspunt 1: ${actionable[0]?.label ?? "-"} (structureel knooppunt 1: ${structure.leverage[0]?.label ?? "-"})`,
    `MARVEL: ${marvel.scenarios.length} scenario's, ${marvel.robustness?.samples ?? 0} steekproeven; beste: ${best?.label ?? "-"}`,
    `kalibratie: MAPE ${(calibration.mape * 100).toFixed(1)} % op NRM 2013–2020; totaal binnen schattingen: ${calibration.rangesOk ? "ja" : "nee"}`,
    `validatie: buiten de steekproef (fit 2013–2018) MAPE ${(validation.holdout.mape * 100).toFixed(1)} % op 2019–2020, binnen ${(validation.holdout.inSampleMape * 100).toFixed(1)} %; trend van de schattingen gevolgd: ${validation.mseTrendOk ? "ja" : "nee"}`,
    `scenario's: ${scenarios.runs.size} runs 2010–2030; realiteitstoetsen: ${checks.filter((c) => c.passed).length}/${checks.length} geslaagd`,
  ];
  return { summary, lines, files };
}

/** Write the files of an analysis under `dir` (created when missing). */
export async function writeAnalysis(analysis: Analysis, dir: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  await Promise.all([...analysis.files].map(([name, text]) => writeFile(join(dir, name), text)));
}
