/**
 * The pictures of the analysis, as SVG text: the systeemkaart as a causal-loop diagram and each
 * of its named loops on its own, the fit
 * to the registered victims, the simulated total against the estimates, and the scenario
 * comparison of total victims and convictions.
 */
import type { StructureAnalysis } from "../../../src/analysis/analyze-structure.js";
import { bandChart } from "../../../src/render/chart/band-chart.js";
import { timeSeriesChart } from "../../../src/render/chart/time-series-chart.js";
import { causalLoopDiagram } from "../../../src/render/cld/causal-loop-diagram.js";
import { cldFromCausalMap } from "../../../src/render/cld/cld-input.js";
import { loopDiagrams } from "../../../src/render/cld/loop-diagrams.js";
import type { Lang } from "../../../src/render/strings.js";
import type { Run } from "../../../src/simulate/run.js";
import { registeredVictims, victimEstimates } from "../data/read-data.js";
import { factorGroupLabels } from "../factor-groups.js";
import { namedLoops } from "../loops.js";
import { systeemkaart } from "../systeemkaart.js";
import { CHART_TEXT } from "./chart-text.js";
import type { UncertaintyAnalysis } from "./uncertainty-analysis.js";
import type { Holdout, ValidationSeries } from "./validation.js";

const years = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => from + i);

/** The systeemkaart as diagram input, with its named loops. */
function systeemkaartInput() {
  const loops = namedLoops.map((l) => ({
    id: l.id,
    polarity: l.polarity,
    variables: l.variables,
    labels: { nl: l.name_nl, en: l.name_en },
  }));
  return cldFromCausalMap(systeemkaart, loops);
}

/** The systeemkaart with its named loops marked. */
export function systeemkaartSvg(_analysis: StructureAnalysis, lang: Lang = "nl"): string {
  return causalLoopDiagram(systeemkaartInput(), {
    title: CHART_TEXT[lang].map,
    lang,
    colourBy: "group",
    groupLabels: factorGroupLabels,
    idPrefix: "kaart",
  }).svg;
}

/** The file beside the report that holds the diagram of the named loop `id` on its own. */
export function loopDiagramFile(id: string): string {
  return `lus-${id}.svg`;
}

/**
 * Each named loop of the systeemkaart drawn on its own, its title in `lang` on top, by file
 * name ({@link loopDiagramFile}): the overview map is large, a loop alone reads at a glance.
 */
export function loopDiagramSvgs(lang: Lang = "nl"): Map<string, string> {
  const diagrams = loopDiagrams(systeemkaartInput(), {
    lang,
    colourBy: "group",
    groupLabels: factorGroupLabels,
    idPrefix: "lus",
  });
  return new Map(diagrams.map((d) => [loopDiagramFile(d.loop.id), d.svg.svg]));
}

/** Registrations per calendar year, model against the NRM and CoMensha series. */
export function calibrationSvg(run: Run, lang: Lang = "nl"): string {
  const text = CHART_TEXT[lang];
  const ys = years(2011, 2021);
  const series = (s: "nrm" | "comensha") => registeredVictims(s);
  return timeSeriesChart(
    {
      time: ys,
      series: [
        {
          name: "model",
          values: ys.map((y) => run.at("registered_in_year", y + 1)),
          units: text.victimsPerYearUnit,
        },
      ],
    },
    {
      title: text.calibration,
      xLabel: text.year,
      yLabel: text.victimsPerYear,
      idPrefix: "fit",
      lang,
      legend: true,
      observed: [
        {
          name: "NRM",
          time: series("nrm").map((r) => r.year),
          values: series("nrm").map((r) => r.value),
        },
        {
          name: "CoMensha",
          time: series("comensha").map((r) => r.year),
          values: series("comensha").map((r) => r.value),
        },
      ],
    },
  ).svg;
}

/** The simulated victims present in a year against the multiple-systems estimates and their ranges. */
export function totalsSvg(run: Run, lang: Lang = "nl"): string {
  const text = CHART_TEXT[lang];
  const ys = years(2010, 2030);
  const points = victimEstimates().flatMap((e) =>
    years(e.from, e.to).map((y) => ({
      y,
      v: e.estimate,
      lo: e.range?.low ?? Number.NaN,
      hi: e.range?.high ?? Number.NaN,
    })),
  );
  return timeSeriesChart(
    {
      time: ys,
      series: [
        { name: "model", values: ys.map((y) => run.at("total_victims", Math.min(y + 0.5, 2030))) },
      ],
    },
    {
      title: text.totals,
      xLabel: text.year,
      yLabel: text.victimsInYear,
      idPrefix: "mse",
      lang,
      legend: true,
      observed: [
        {
          name: text.estimate,
          time: points.map((p) => p.y),
          values: points.map((p) => p.v),
          low: points.map((p) => p.lo),
          high: points.map((p) => p.hi),
        },
      ],
    },
  ).svg;
}

/** Registrations per year by form of exploitation in the calibrated run (the model's arrays). */
export function formsSvg(run: Run, lang: Lang = "nl"): string {
  const text = CHART_TEXT[lang];
  return timeSeriesChart(
    {
      time: run.time,
      series: Object.entries(text.forms).map(([id, name]) => ({
        name,
        values: run.series(`registered_by_form_${id}`),
      })),
    },
    {
      title: text.formsTitle,
      xLabel: text.year,
      yLabel: text.victimsPerYear,
      idPrefix: "forms",
      lang,
      legend: true,
    },
  ).svg;
}

/** One indicator over 2010–2030 in the baseline, without the programme and with all measures. */
export function scenarioSvg(
  runs: ReadonlyMap<string, Run>,
  variable: string,
  title: string,
  prefix: string,
  lang: Lang = "nl",
): string {
  const names = CHART_TEXT[lang].scenarios;
  const picked = [...runs].filter(([name]) => name in names);
  const time = picked[0]?.[1].time ?? [];
  return timeSeriesChart(
    {
      time,
      series: picked.map(([name, run]) => ({
        name: names[name as keyof typeof names],
        values: run.series(variable),
      })),
    },
    { title, xLabel: CHART_TEXT[lang].year, idPrefix: prefix, lang, legend: true },
  ).svg;
}

/** A validation series: the model's values at the data's years as a line, the data as points. */
export function validationSvg(series: ValidationSeries, prefix: string, lang: Lang = "nl"): string {
  const text = CHART_TEXT[lang];
  const time = series.points.map((p) => p.year);
  return timeSeriesChart(
    { time, series: [{ name: "model", values: series.points.map((p) => p.simulated) }] },
    {
      title: text.validation(series.labels[lang], series.source),
      xLabel: text.year,
      idPrefix: prefix,
      lang,
      legend: true,
      observed: [{ name: text.source, time, values: series.points.map((p) => p.observed) }],
    },
  ).svg;
}

/** The out-of-sample test: registrations, the fit on 2013–2018 and its prediction of 2019–2020. */
export function holdoutSvg(holdout: Holdout, full: Run, lang: Lang = "nl"): string {
  const text = CHART_TEXT[lang];
  const time = holdout.points.map((p) => p.year);
  return timeSeriesChart(
    {
      time,
      series: [
        {
          name: text.holdoutSeries(holdout.fit, holdout.test),
          values: holdout.points.map((p) => p.simulated),
        },
        { name: "fit 2013-2020", values: time.map((y) => full.at("registered_in_year", y + 1)) },
      ],
    },
    {
      title: text.holdout,
      xLabel: text.year,
      yLabel: text.victimsPerYear,
      idPrefix: "holdout",
      lang,
      legend: true,
      observed: [{ name: "NRM", time, values: holdout.points.map((p) => p.observed) }],
    },
  ).svg;
}

/** The baseline of one indicator with its 5–95 % and 25–75 % bands from the ensemble. */
export function bandSvg(
  u: UncertaintyAnalysis,
  indicator: string,
  name: string,
  prefix: string,
  lang: Lang = "nl",
): string {
  const text = CHART_TEXT[lang];
  const band = u.bands.find((b) => b.indicator === indicator && b.scenario === "basis");
  if (band === undefined) throw new Error(`internal: no band for ${indicator}`);
  return bandChart(band, {
    title: text.band(name),
    name: text.baseline,
    xLabel: text.year,
    yLabel: name.toLowerCase(),
    idPrefix: prefix,
    lang,
  }).svg;
}
