/**
 * The explorer's chart of one indicator: the baseline as a grey line, the current choice in
 * colour, the 5–95 % band of the ensemble around it when there is one, and observed data as
 * points. An SVG string made without a DOM, like every picture of stockflow, so the page can
 * offer it for download as it is drawn.
 */
import { scaleLinear } from "d3-scale";
import { area, line } from "d3-shape";
import { bottomAxis, leftAxis } from "../render/chart/axes.js";
import { chartFrame, chartTitle } from "../render/chart/chart-frame.js";
import { finiteExtent, withZero } from "../render/chart/extent.js";
import { type LegendEntry, legend, legendWidth } from "../render/chart/legend.js";
import { num, roundPath } from "../render/svg/num.js";
import { categoryColour, INK } from "../render/svg/palette.js";
import type { Svg } from "../render/svg/svg.js";
import { svgDocument } from "../render/svg/svg-document.js";

/** What the chart draws; the texts come in the page's language. */
export interface ExplorerChartInput {
  readonly title: string;
  readonly yLabel: string;
  readonly xLabel: string;
  readonly time: ArrayLike<number>;
  readonly baseline: { readonly label: string; readonly values: ArrayLike<number> };
  readonly choice: { readonly label: string; readonly values: ArrayLike<number> };
  readonly band?: {
    readonly label: string;
    readonly time: ArrayLike<number>;
    readonly p05: ArrayLike<number>;
    readonly p95: ArrayLike<number>;
  };
  readonly observed?: {
    readonly label: string;
    readonly time: readonly number[];
    readonly values: readonly number[];
  };
  readonly width?: number;
  readonly height?: number;
}

/** Grey of the baseline. */
export const BASELINE_GREY = "#9a9a9a";

/** Draw the chart. */
export function explorerChart(input: ExplorerChartInput): Svg {
  const width = input.width ?? 640;
  const height = input.height ?? 340;
  const colour = categoryColour(0);
  const entries: LegendEntry[] = [
    { label: input.baseline.label, colour: BASELINE_GREY, swatch: "line" },
    { label: input.choice.label, colour, swatch: "line" },
  ];
  if (input.band) entries.push({ label: input.band.label, colour, swatch: "area", opacity: 0.2 });
  if (input.observed) entries.push({ label: input.observed.label, colour: INK, swatch: "point" });
  const frame = chartFrame(width, height, true, legendWidth(entries));
  const x = scaleLinear()
    .domain(finiteExtent([input.time]))
    .range([frame.left, frame.right]);
  const all = [input.baseline.values, input.choice.values];
  if (input.band) all.push(input.band.p05, input.band.p95);
  if (input.observed) all.push(input.observed.values);
  const y = scaleLinear()
    .domain(withZero(finiteExtent(all)))
    .nice()
    .range([frame.bottom, frame.top]);
  const path = (time: ArrayLike<number>, values: ArrayLike<number>) =>
    roundPath(
      line<number>()
        .defined((i) => Number.isFinite(values[i]!) && Number.isFinite(time[i]!))
        .x((i) => x(time[i]!))
        .y((i) => y(values[i]!))(Array.from({ length: time.length }, (_, i) => i)),
    );
  const body = [
    ...chartTitle(input.title, width),
    ...leftAxis(y, frame.left, frame.right, input.yLabel),
    ...bottomAxis(x, frame.bottom, frame.top, input.xLabel),
  ];
  const band = input.band;
  if (band) {
    const d = area<number>()
      .defined((i) => Number.isFinite(band.p05[i]!) && Number.isFinite(band.p95[i]!))
      .x((i) => x(band.time[i]!))
      .y0((i) => y(band.p05[i]!))
      .y1((i) => y(band.p95[i]!))(Array.from({ length: band.time.length }, (_, i) => i));
    body.push(`<path class="band" d="${roundPath(d)}" fill="${colour}" fill-opacity="0.2"/>`);
  }
  body.push(
    `<path class="baseline" d="${path(input.time, input.baseline.values)}" fill="none" stroke="${BASELINE_GREY}" stroke-width="2"/>`,
    `<path class="choice" d="${path(input.time, input.choice.values)}" fill="none" stroke="${colour}" stroke-width="2.5"/>`,
  );
  const obs = input.observed;
  if (obs) {
    body.push(`<g class="observed" fill="${INK}" stroke="#ffffff">`);
    obs.time.forEach((t, k) => {
      const v = obs.values[k]!;
      if (Number.isFinite(v) && Number.isFinite(t))
        body.push(`<circle cx="${num(x(t))}" cy="${num(y(v))}" r="3.5"/>`);
    });
    body.push("</g>");
  }
  body.push(...legend(entries, frame.legendX, frame.top));
  return svgDocument({
    width,
    height,
    title: input.title,
    desc: `${input.title}: ${entries.map((e) => e.label).join(", ")}.`,
    idPrefix: "verkenner-chart",
    body,
  });
}
