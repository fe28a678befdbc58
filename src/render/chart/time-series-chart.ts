/**
 * Time-series chart: several variables (one colour each) from one or several runs (one dash
 * pattern each), observed data as points, axes with units, a legend and a title.
 */
import { scaleLinear } from "d3-scale";
import { line } from "d3-shape";
import { t } from "../strings.js";
import { escapeXml } from "../svg/escape-xml.js";
import { num, roundPath } from "../svg/num.js";
import { categoryColour } from "../svg/palette.js";
import type { Svg } from "../svg/svg.js";
import { svgDocument } from "../svg/svg-document.js";
import { bottomAxis, leftAxis } from "./axes.js";
import { CHART_DEFAULTS, type ChartOptions, chartFrame, chartTitle } from "./chart-frame.js";
import { finiteExtent, withZero } from "./extent.js";
import { type LegendEntry, legend, legendWidth } from "./legend.js";
import { type ChartInput, type SeriesData, seriesTime, toSeriesData } from "./series-data.js";

/** Observed data drawn as points; coloured like the series of the same name. */
export interface ObservedSeries {
  readonly name: string;
  readonly time: ArrayLike<number>;
  readonly values: ArrayLike<number>;
}

/** Options of {@link timeSeriesChart}. */
export interface TimeSeriesOptions extends ChartOptions {
  /** Series to draw, by name; all when absent (the stocks, for a run). */
  readonly variables?: readonly string[];
  readonly observed?: readonly ObservedSeries[];
  /** Label of the x axis; defaults to `time`. */
  readonly xLabel?: string;
  /** Label of the y axis; defaults to the units the series share. */
  readonly yLabel?: string;
  /** Draw the legend (default: when there is more than one entry). */
  readonly legend?: boolean;
}

/** Dash patterns of the runs, in order. */
export const RUN_DASHES: readonly string[] = ["", "6 3", "2 3", "8 3 2 3", "12 4"];

function sharedUnits(data: SeriesData): string {
  const units = new Set(data.series.map((s) => s.units ?? ""));
  return units.size === 1 ? [...units][0]! : "";
}

/** Draw time series as lines over time. */
export function timeSeriesChart(input: ChartInput, options: TimeSeriesOptions = {}): Svg {
  const data = toSeriesData(input, options.variables);
  const width = options.width ?? CHART_DEFAULTS.width;
  const height = options.height ?? CHART_DEFAULTS.height;
  const names = [...new Set(data.series.map((s) => s.name))];
  const runs = [...new Set(data.series.map((s) => s.run ?? ""))];
  const colourOf = (name: string) => categoryColour(names.indexOf(name));
  const dashOf = (run: string) => RUN_DASHES[runs.indexOf(run) % RUN_DASHES.length] ?? "";
  const observed = options.observed ?? [];

  const entries: LegendEntry[] = [];
  for (const run of runs) {
    for (const name of names) {
      if (!data.series.some((s) => s.name === name && (s.run ?? "") === run)) continue;
      const label = run === "" ? name : `${name} (${run})`;
      entries.push({ label, colour: colourOf(name), swatch: "line", dash: dashOf(run) });
    }
  }
  for (const o of observed) {
    const i = names.indexOf(o.name);
    entries.push({
      label: `${o.name} (${t("data", options.lang ?? "en")})`,
      colour: categoryColour(i < 0 ? names.length : i),
      swatch: "point",
    });
  }
  const showLegend = options.legend ?? entries.length > 1;
  const frame = chartFrame(
    width,
    height,
    options.title !== undefined,
    showLegend ? legendWidth(entries) : 0,
  );

  const times = [
    data.time,
    ...data.series.map((s) => seriesTime(data, s)),
    ...observed.map((o) => o.time),
  ];
  const x = scaleLinear().domain(finiteExtent(times)).range([frame.left, frame.right]);
  const values = [...data.series.map((s) => s.values), ...observed.map((o) => o.values)];
  const y = scaleLinear()
    .domain(withZero(finiteExtent(values)))
    .nice()
    .range([frame.bottom, frame.top]);

  const body = [
    ...chartTitle(options.title, width),
    ...leftAxis(y, frame.left, frame.right, options.yLabel ?? sharedUnits(data), 5, options.lang),
    ...bottomAxis(
      x,
      frame.bottom,
      frame.top,
      options.xLabel ?? t("time", options.lang ?? "en"),
      6,
      options.lang,
    ),
  ];
  body.push(`<g class="series" fill="none" stroke-width="2" stroke-linejoin="round">`);
  for (const s of data.series) {
    const t = seriesTime(data, s);
    const path = line<number>()
      .defined((i) => Number.isFinite(s.values[i]!) && Number.isFinite(t[i]!))
      .x((i) => x(t[i]!))
      .y((i) => y(s.values[i]!));
    const indices = Array.from({ length: Math.min(t.length, s.values.length) }, (_, i) => i);
    const dash = dashOf(s.run ?? "");
    body.push(
      `<path d="${roundPath(path(indices))}" stroke="${colourOf(s.name)}"${dash ? ` stroke-dasharray="${dash}"` : ""}><title>${escapeXml(s.run ? `${s.name} (${s.run})` : s.name)}</title></path>`,
    );
  }
  body.push("</g>");
  for (const o of observed) {
    const i = names.indexOf(o.name);
    const colour = categoryColour(i < 0 ? names.length : i);
    body.push(`<g class="observed" fill="${colour}" stroke="#ffffff">`);
    for (let k = 0; k < Math.min(o.time.length, o.values.length); k++) {
      if (!Number.isFinite(o.values[k]!) || !Number.isFinite(o.time[k]!)) continue;
      body.push(`<circle cx="${num(x(o.time[k]!))}" cy="${num(y(o.values[k]!))}" r="3.5"/>`);
    }
    body.push("</g>");
  }
  if (showLegend) body.push(...legend(entries, frame.legendX, frame.top));

  return svgDocument({
    width,
    height,
    title: options.title ?? "Time series",
    desc:
      options.desc ??
      `Time series of ${names.join(", ")}${runs.length > 1 ? ` in ${runs.length} runs` : ""}.`,
    idPrefix: options.idPrefix ?? CHART_DEFAULTS.idPrefix,
    body,
  });
}
