/**
 * The report of one model, as plain {@link ReportInput}: a summary, the causal-loop diagram
 * (and the stock-and-flow diagram of a stock-and-flow model), the loops table, and charts of the
 * stocks when a run is given. Scenario tables are added by whoever ran the scenarios.
 */
import type { Loop } from "../../analysis/loops/loop.js";
import { expectModel, expectOptions } from "../../diagnostics/check-argument.js";
import type { AnyModel } from "../../model/types.js";
import type { Run } from "../../simulate/run.js";
import { type LoopScores, loopScoreChart } from "../chart/loop-score-chart.js";
import type { NamedRun, SeriesData } from "../chart/series-data.js";
import { smallMultiples } from "../chart/small-multiples.js";
import { timeSeriesChart } from "../chart/time-series-chart.js";
import { modelCld, modelLoops, modelStockFlow } from "../model-pictures.js";
import { heading, type Lang, t } from "../strings.js";
import type { ReportFigure, ReportInput, ScenarioTable } from "./render-report.js";
import { scenarioTable } from "./scenario-table.js";

/** Options of {@link modelReportInput}. */
export interface ModelReportOptions {
  readonly lang?: Lang;
  readonly title?: string;
  /** A run of the model, for the charts of its stocks. */
  readonly run?: Run;
  /** Scenario runs, the base first: charted together and compared in a table (overrides `run`). */
  readonly runs?: readonly NamedRun[];
  /** Relative loop scores over the run, for the loop-dominance chart. */
  readonly dominance?: LoopScores;
  readonly scenarios?: readonly ScenarioTable[];
  /** Most loops listed in the table (shortest first); default 50. */
  readonly maxLoops?: number;
  readonly footer?: string;
}

function labelOf(model: AnyModel, id: string, lang: Lang): string {
  const items = model.kind === "causal-map" ? model.factors : model.variables;
  const item = items.find((x) => x.id === id);
  return item?.labels?.[lang] ?? item?.name ?? id;
}

function loopName(model: AnyModel, loop: Loop, lang: Lang): string {
  if (loop.variables.length > 6) return loop.name;
  return loop.variables.map((v) => labelOf(model, v, lang)).join(" → ");
}

/** The stocks over time in every run, named in the report's language. */
function stockCharts(model: AnyModel, runs: readonly NamedRun[], lang: Lang): ReportFigure[] {
  const first = runs[0]?.run;
  if (model.kind !== "stock-flow" || first === undefined) return [];
  const stocks = model.variables.filter((v) => v.kind === "stock" && first.has(v.id));
  if (stocks.length === 0) return [];
  const data: SeriesData = {
    time: first.time,
    series: stocks.slice(0, 12).flatMap((v) =>
      runs.map((r) => ({
        name: v.labels?.[lang] ?? v.name ?? v.id,
        values: r.run.series(v.id),
        time: r.run.time,
        ...(runs.length > 1 ? { run: r.name } : {}),
        ...(v.units === undefined ? {} : { units: v.units }),
      })),
    ),
  };
  const chartTitle = heading("stocks", lang);
  const xLabel = model.specs.timeUnits ?? t("time", lang);
  const svg =
    stocks.length <= 4
      ? timeSeriesChart(data, { title: chartTitle, xLabel })
      : smallMultiples(data, { title: chartTitle });
  return [{ title: chartTitle, svg }];
}

/** The loop-dominance chart, with the loops that ever explain at least a tenth of the behaviour. */
function dominanceChart(model: AnyModel, options: ModelReportOptions, lang: Lang): ReportFigure[] {
  const scores = options.dominance;
  if (scores === undefined) return [];
  const peak = (l: LoopScores["loops"][number]) =>
    Math.max(0, ...Array.from(l.relative_score, (x) => (Number.isFinite(x) ? Math.abs(x) : 0)));
  const loops = scores.loops.filter((l) => peak(l) >= 0.1).slice(0, 8);
  if (loops.length === 0) return [];
  const title = t("dominance", lang);
  const xLabel =
    (model.kind === "stock-flow" ? model.specs.timeUnits : undefined) ?? t("time", lang);
  const svg = loopScoreChart(
    { time: scores.time, loops },
    { title, xLabel, yLabel: t("relativeLoopScore", lang), idPrefix: "dominance" },
  );
  return [{ title, svg }];
}

/** The report input of a model. */
export function modelReportInput(model: AnyModel, options: ModelReportOptions = {}): ReportInput {
  expectModel("modelReportInput", "model", model, ["stock-flow", "causal-map"]);
  expectOptions("modelReportInput", options, {
    lang: ["nl", "en"],
    title: "string",
    run: "object",
    runs: "array",
    dominance: "object",
    scenarios: "array",
    maxLoops: "number",
    footer: "string",
  });
  const lang = options.lang ?? "en";
  const loops = modelLoops(model);
  const count = (p: string) => loops?.filter((l) => l.polarity === p).length ?? "?";
  const facts: { label: string; value: number | string }[] =
    model.kind === "causal-map"
      ? [
          { label: t("factors", lang), value: model.factors.length },
          { label: t("links", lang), value: model.links.length },
        ]
      : [
          {
            label: t("stocks", lang),
            value: model.variables.filter((v) => v.kind === "stock").length,
          },
          {
            label: t("flows", lang),
            value: model.variables.filter((v) => v.kind === "flow").length,
          },
          {
            label: t("auxiliaries", lang),
            value: model.variables.filter((v) => v.kind !== "stock" && v.kind !== "flow").length,
          },
        ];
  facts.push(
    { label: t("reinforcing", lang), value: count("R") },
    { label: t("balancing", lang), value: count("B") },
  );
  const diagrams: ReportFigure[] = [
    { title: t("causalLoopDiagram", lang), svg: modelCld(model, { lang, idPrefix: "cld" }) },
  ];
  if (model.kind === "stock-flow") {
    diagrams.push({
      title: t("stockFlowDiagram", lang),
      svg: modelStockFlow(model, { lang, idPrefix: "sfd" }),
    });
  }
  const title = options.title ?? model.labels?.[lang] ?? model.name ?? t("report", lang);
  const table =
    model.kind === "stock-flow" && options.runs
      ? scenarioTable(model, options.runs, lang)
      : undefined;
  const scenarios = [...(table ? [table] : []), ...(options.scenarios ?? [])];
  return {
    title,
    lang,
    summary: { ...(model.doc ? { text: model.doc } : {}), facts },
    diagrams,
    ...(loops === undefined
      ? {}
      : {
          loops: loops.slice(0, options.maxLoops ?? 50).map((l) => ({
            id: l.id,
            polarity: l.polarity,
            variables: l.variables,
            name: loopName(model, l, lang),
          })),
        }),
    charts: [
      ...stockCharts(
        model,
        options.runs ?? (options.run ? [{ name: "", run: options.run }] : []),
        lang,
      ),
      ...dominanceChart(model, options, lang),
    ],
    ...(scenarios.length > 0 ? { scenarios } : {}),
    ...(options.footer ? { footer: options.footer } : {}),
  };
}
