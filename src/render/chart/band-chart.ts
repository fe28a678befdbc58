/**
 * Sensitivity bands: nested percentile areas (5–95 % light, 25–75 % darker) around the median
 * line, from the percentiles of many sampled runs at each saved time.
 */
import { scaleLinear } from "d3-scale";
import { area, line } from "d3-shape";
import { expectObject, expectOptions } from "../../diagnostics/check-argument.js";
import { t } from "../strings.js";
import { num, roundPath } from "../svg/num.js";
import { categoryColour } from "../svg/palette.js";
import type { Svg } from "../svg/svg.js";
import { svgDocument } from "../svg/svg-document.js";
import { bottomAxis, leftAxis } from "./axes.js";
import {
  CHART_DEFAULTS,
  CHART_OPTION_FIELDS,
  type ChartOptions,
  chartFrame,
  chartTitle,
} from "./chart-frame.js";
import { finiteExtent, withZero } from "./extent.js";
import { type LegendEntry, legend, legendWidth } from "./legend.js";

/** Percentiles of one variable over time. */
export interface PercentileBands {
  readonly time: ArrayLike<number>;
  readonly p05: ArrayLike<number>;
  readonly p25: ArrayLike<number>;
  readonly p50: ArrayLike<number>;
  readonly p75: ArrayLike<number>;
  readonly p95: ArrayLike<number>;
}

/** Options of {@link bandChart}. */
export interface BandChartOptions extends ChartOptions {
  /** Name of the variable, for the legend. */
  readonly name?: string;
  readonly xLabel?: string;
  readonly yLabel?: string;
  /** Colour of the bands and the median. */
  readonly colour?: string;
  /** Observed data, drawn as points. */
  readonly observed?: { readonly time: ArrayLike<number>; readonly values: ArrayLike<number> };
}

/** Draw nested percentile bands and the median. */
export function bandChart(bands: PercentileBands, options: BandChartOptions = {}): Svg {
  expectObject("bandChart", "bands", bands);
  expectOptions("bandChart", options, {
    name: "string",
    xLabel: "string",
    yLabel: "string",
    colour: "string",
    observed: "object",
    ...CHART_OPTION_FIELDS,
  });
  const width = options.width ?? CHART_DEFAULTS.width;
  const height = options.height ?? CHART_DEFAULTS.height;
  const colour = options.colour ?? categoryColour(0);
  const lang = options.lang ?? "en";
  const name = options.name ?? t("value", lang);
  const entries: LegendEntry[] = [
    { label: `${name}: 5–95 %`, colour, swatch: "area", opacity: 0.2 },
    { label: `${name}: 25–75 %`, colour, swatch: "area", opacity: 0.4 },
    { label: `${name}: ${t("median", lang)}`, colour, swatch: "line" },
  ];
  if (options.observed)
    entries.push({ label: `${name}: ${t("data", lang)}`, colour: "#222222", swatch: "point" });
  const frame = chartFrame(width, height, options.title !== undefined, legendWidth(entries));
  const x = scaleLinear()
    .domain(finiteExtent([bands.time]))
    .range([frame.left, frame.right]);
  const all = [
    bands.p05,
    bands.p95,
    bands.p50,
    ...(options.observed ? [options.observed.values] : []),
  ];
  const y = scaleLinear()
    .domain(withZero(finiteExtent(all)))
    .nice()
    .range([frame.bottom, frame.top]);
  const indices = Array.from({ length: bands.time.length }, (_, i) => i);
  const ok = (a: ArrayLike<number>, b: ArrayLike<number>) => (i: number) =>
    Number.isFinite(a[i]!) && Number.isFinite(b[i]!) && Number.isFinite(bands.time[i]!);
  const band = (lo: ArrayLike<number>, hi: ArrayLike<number>) =>
    roundPath(
      area<number>()
        .defined(ok(lo, hi))
        .x((i) => x(bands.time[i]!))
        .y0((i) => y(lo[i]!))
        .y1((i) => y(hi[i]!))(indices),
    );
  const median = line<number>()
    .defined(ok(bands.p50, bands.p50))
    .x((i) => x(bands.time[i]!))
    .y((i) => y(bands.p50[i]!));

  const body = [
    ...chartTitle(options.title, width),
    ...leftAxis(y, frame.left, frame.right, options.yLabel ?? "", 5, lang),
    ...bottomAxis(x, frame.bottom, frame.top, options.xLabel ?? t("time", lang), 6, lang),
    `<path class="band-outer" d="${band(bands.p05, bands.p95)}" fill="${colour}" fill-opacity="0.2"/>`,
    `<path class="band-inner" d="${band(bands.p25, bands.p75)}" fill="${colour}" fill-opacity="0.4"/>`,
    `<path class="median" d="${roundPath(median(indices))}" fill="none" stroke="${colour}" stroke-width="2"/>`,
  ];
  const obs = options.observed;
  if (obs) {
    body.push(`<g class="observed" fill="#222222" stroke="#ffffff">`);
    for (let k = 0; k < Math.min(obs.time.length, obs.values.length); k++) {
      if (!Number.isFinite(obs.values[k]!) || !Number.isFinite(obs.time[k]!)) continue;
      body.push(`<circle cx="${num(x(obs.time[k]!))}" cy="${num(y(obs.values[k]!))}" r="3.5"/>`);
    }
    body.push("</g>");
  }
  body.push(...legend(entries, frame.legendX, frame.top));
  return svgDocument({
    width,
    height,
    title: options.title ?? `Sensitivity of ${name}`,
    desc:
      options.desc ?? `Median of ${name} over time with its 25–75 % and 5–95 % percentile bands.`,
    idPrefix: options.idPrefix ?? CHART_DEFAULTS.idPrefix,
    body,
  });
}
