/**
 * Time-series chart: several variables (one colour each) from one or several runs (one dash
 * pattern each), observed data as points, axes with units, a legend and a title.
 */
import { scaleLinear } from "d3-scale";
import { line } from "d3-shape";
import { expectOptions } from "../../diagnostics/check-argument.js";
import { t } from "../strings.js";
import { escapeXml } from "../svg/escape-xml.js";
import { num, roundPath } from "../svg/num.js";
import { categoryColour } from "../svg/palette.js";
import type { Svg } from "../svg/svg.js";
import { svgDocument } from "../svg/svg-document.js";
import { bottomAxis, leftAxis } from "./axes.js";
import {
  CHART_DEFAULTS,
  CHART_OPTION_FIELDS,
  type ChartOptions,
  chartTitle,
  framedChart,
} from "./chart-frame.js";
import { finiteExtent, withZero } from "./extent.js";
import { type LegendEntry, legend, legendBelow, legendRowsHeight, legendWidth } from "./legend.js";
import { markerOf, markerSvg } from "./markers.js";
import {
  type ChartInput,
  expectChartInput,
  type SeriesData,
  seriesTime,
  toSeriesData,
} from "./series-data.js";

/**
 * Observed data drawn as points (with error bars when `low`/`high` are given); coloured like the
 * series of the same name.
 */
export interface ObservedSeries {
  readonly name: string;
  readonly time: ArrayLike<number>;
  readonly values: ArrayLike<number>;
  /** Lower ends of the observations' ranges, one per value (NaN: none). */
  readonly low?: ArrayLike<number>;
  /** Upper ends of the observations' ranges. */
  readonly high?: ArrayLike<number>;
}

/** Estimate ranges without a central value, drawn as bars from `low` to `high` at each time. */
export interface RangeSeries {
  readonly name: string;
  readonly time: ArrayLike<number>;
  readonly low: ArrayLike<number>;
  readonly high: ArrayLike<number>;
}

/** Options of {@link timeSeriesChart}. */
export interface TimeSeriesOptions extends ChartOptions {
  /** Series to draw, by name; all when absent (the stocks, for a run). */
  readonly variables?: readonly string[];
  readonly observed?: readonly ObservedSeries[];
  /** Estimate ranges, drawn as translucent bars behind the lines. */
  readonly ranges?: readonly RangeSeries[];
  /** Label of the x axis; defaults to `time`. */
  readonly xLabel?: string;
  /** Title of the y axis; the units the series share are added in brackets. */
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

/** The y-axis title: the label with the shared units in brackets (or the units alone). */
export function yTitle(label: string | undefined, units: string): string {
  if (label === undefined || label === "") return units;
  if (units === "" || label.includes(units)) return label;
  return `${label} (${units})`;
}

/** Up to `n` evenly spread indices of the finite points of a series, for its markers. */
function markerIndices(t: ArrayLike<number>, v: ArrayLike<number>, n: number): number[] {
  const ok: number[] = [];
  for (let i = 0; i < Math.min(t.length, v.length); i++) {
    if (Number.isFinite(t[i]!) && Number.isFinite(v[i]!)) ok.push(i);
  }
  if (ok.length <= n) return ok;
  return Array.from({ length: n }, (_, k) => ok[Math.round((k * (ok.length - 1)) / (n - 1))]!);
}

/** Draw time series as lines over time. */
export function timeSeriesChart(input: ChartInput, options: TimeSeriesOptions = {}): Svg {
  expectChartInput("timeSeriesChart", "input", input);
  expectOptions("timeSeriesChart", options, {
    variables: "array",
    observed: "array",
    ranges: "array",
    xLabel: "string",
    yLabel: "string",
    ...CHART_OPTION_FIELDS,
  });
  const data = toSeriesData(input, options.variables);
  const width = options.width ?? CHART_DEFAULTS.width;
  const height = options.height ?? CHART_DEFAULTS.height;
  const names = [...new Set(data.series.map((s) => s.name))];
  const runs = [...new Set(data.series.map((s) => s.run ?? ""))];
  const colourOf = (name: string) => categoryColour(names.indexOf(name));
  const dashOf = (run: string) => RUN_DASHES[runs.indexOf(run) % RUN_DASHES.length] ?? "";
  const observed = options.observed ?? [];
  const lang = options.lang ?? "en";

  const entries: LegendEntry[] = [];
  for (const run of runs) {
    for (const name of names) {
      if (!data.series.some((s) => s.name === name && (s.run ?? "") === run)) continue;
      const label = run === "" ? name : `${name} (${run})`;
      entries.push({
        label,
        colour: colourOf(name),
        swatch: "line",
        dash: dashOf(run),
        marker: markerOf(names.indexOf(name)),
      });
    }
  }
  // observed series without a model series of their name take the next colours and markers
  const extra = (name: string) => {
    const i = names.indexOf(name);
    return i >= 0 ? i : names.length + observed.findIndex((o) => o.name === name);
  };
  for (const o of observed) {
    const i = extra(o.name);
    entries.push({
      label: `${o.name} (${t("data", lang)})`,
      colour: categoryColour(i),
      swatch: "point",
      marker: markerOf(i),
    });
  }
  const ranges = options.ranges ?? [];
  const rangeColour = (k: number) => categoryColour(names.length + observed.length + k);
  ranges.forEach((r, k) => {
    entries.push({ label: r.name, colour: rangeColour(k), swatch: "area", opacity: 0.3 });
  });
  const showLegend = options.legend ?? entries.length > 1;
  const frame = framedChart(
    width,
    height,
    options.title !== undefined,
    showLegend ? legendWidth(entries) : 0,
    (w) => legendRowsHeight(entries, w),
  );

  const times = [
    data.time,
    ...data.series.map((s) => seriesTime(data, s)),
    ...observed.map((o) => o.time),
    ...ranges.map((r) => r.time),
  ];
  const x = scaleLinear().domain(finiteExtent(times)).range([frame.left, frame.right]);
  const values = [
    ...data.series.map((s) => s.values),
    ...observed.flatMap((o) => [o.values, o.low ?? [], o.high ?? []]),
    ...ranges.flatMap((r) => [r.low, r.high]),
  ];
  const y = scaleLinear()
    .domain(withZero(finiteExtent(values)))
    .nice()
    .range([frame.bottom, frame.top]);

  const body = [
    ...chartTitle(options.title, width),
    ...leftAxis(y, frame.left, frame.right, yTitle(options.yLabel, sharedUnits(data)), 5, lang),
    ...bottomAxis(x, frame.bottom, frame.top, options.xLabel ?? t("time", lang), 6, lang),
  ];
  // estimate ranges: translucent bars behind everything, one time step wide
  ranges.forEach((r, k) => {
    const n = Math.min(r.time.length, r.low.length, r.high.length);
    const ts = Array.from({ length: n }, (_, i) => r.time[i]!).filter(Number.isFinite);
    const gaps = ts
      .slice(1)
      .map((t, i) => t - ts[i]!)
      .filter((d) => d > 0);
    const step = gaps.length > 0 ? Math.min(...gaps) : 1;
    const half = Math.max(2, (Math.abs(x(step) - x(0)) * 0.8) / 2);
    body.push(
      `<g class="range" fill="${rangeColour(k)}" fill-opacity="0.3"><title>${escapeXml(r.name)}</title>`,
    );
    for (let i = 0; i < n; i++) {
      const [t, lo, hi] = [r.time[i]!, r.low[i]!, r.high[i]!];
      if (![t, lo, hi].every(Number.isFinite)) continue;
      body.push(
        `<rect x="${num(x(t) - half)}" y="${num(y(Math.max(lo, hi)))}" width="${num(2 * half)}" height="${num(Math.abs(y(lo) - y(hi)))}"/>`,
      );
    }
    body.push("</g>");
  });
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
  // each series' own marker along its line, so series differ by more than colour
  body.push(`<g class="series-markers">`);
  for (const s of data.series) {
    const t = seriesTime(data, s);
    const shape = markerOf(names.indexOf(s.name));
    for (const i of markerIndices(t, s.values, 8)) {
      body.push(markerSvg(shape, x(t[i]!), y(s.values[i]!), 3, colourOf(s.name)));
    }
  }
  body.push("</g>");
  for (const o of observed) {
    const i = extra(o.name);
    const colour = categoryColour(i);
    body.push(`<g class="observed">`);
    for (let k = 0; k < Math.min(o.time.length, o.values.length); k++) {
      if (!Number.isFinite(o.values[k]!) || !Number.isFinite(o.time[k]!)) continue;
      const px = x(o.time[k]!);
      const lo = o.low?.[k];
      const hi = o.high?.[k];
      if (lo !== undefined && hi !== undefined && Number.isFinite(lo) && Number.isFinite(hi)) {
        const [a, b] = [y(lo), y(hi)];
        body.push(
          `<path class="error-bar" d="M${num(px)},${num(a)}V${num(b)}M${num(px - 4)},${num(a)}h8M${num(px - 4)},${num(b)}h8" stroke="${colour}" stroke-width="1.3"/>`,
        );
      }
      body.push(markerSvg(markerOf(i), px, y(o.values[k]!), 4, colour));
    }
    body.push("</g>");
  }
  if (showLegend) {
    body.push(
      ...(frame.legendY === undefined
        ? legend(entries, frame.legendX, frame.top)
        : legendBelow(entries, frame.legendX, frame.legendY, frame.right - frame.left)),
    );
  }

  return svgDocument({
    width,
    height: frame.height,
    title: options.title ?? "Time series",
    desc:
      options.desc ??
      `Time series of ${names.join(", ")}${runs.length > 1 ? ` in ${runs.length} runs` : ""}.`,
    idPrefix: options.idPrefix ?? CHART_DEFAULTS.idPrefix,
    body,
  });
}
