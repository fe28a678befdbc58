/**
 * Small multiples: one small time-series panel per variable in a grid, each with its own y
 * scale, sharing colours per run, so that many variables can be read at a glance.
 */

import { expectOptions } from "../../diagnostics/check-argument.js";
import { escapeXml } from "../svg/escape-xml.js";
import { num } from "../svg/num.js";
import type { Svg } from "../svg/svg.js";
import { svgDocument } from "../svg/svg-document.js";
import {
  CHART_DEFAULTS,
  CHART_OPTION_FIELDS,
  type ChartOptions,
  chartTitle,
} from "./chart-frame.js";
import { type ChartInput, expectChartInput, toSeriesData } from "./series-data.js";
import { timeSeriesChart } from "./time-series-chart.js";

/** Options of {@link smallMultiples}. */
export interface SmallMultiplesOptions extends ChartOptions {
  readonly variables?: readonly string[];
  /** Panels per row; default 3. */
  readonly columns?: number;
  /** Size of one panel; default 240 × 170. */
  readonly panelWidth?: number;
  readonly panelHeight?: number;
}

/** Strip the outer `<svg>`, title and desc from a panel so it can be nested in a `<g>`. */
function innerBody(svg: string): string {
  return svg
    .replace(/^<svg[^>]*>\n/, "")
    .replace(/\n<\/svg>$/, "")
    .replace(/<title id="[^"]*">.*<\/title>\n/, "")
    .replace(/<desc id="[^"]*">.*<\/desc>\n/, "");
}

/** Draw one small chart per variable in a grid. */
export function smallMultiples(input: ChartInput, options: SmallMultiplesOptions = {}): Svg {
  expectChartInput("smallMultiples", "input", input);
  expectOptions("smallMultiples", options, {
    variables: "array",
    columns: "number",
    panelWidth: "number",
    panelHeight: "number",
    ...CHART_OPTION_FIELDS,
  });
  const data = toSeriesData(input, options.variables);
  const names = [...new Set(data.series.map((s) => s.name))];
  const columns = Math.max(1, Math.min(options.columns ?? 3, names.length));
  const panelWidth = options.panelWidth ?? 240;
  const panelHeight = options.panelHeight ?? 170;
  const top = options.title === undefined ? 0 : 36;
  const rows = Math.ceil(names.length / columns);
  const width = options.width ?? columns * panelWidth;
  const height = top + rows * panelHeight;
  const body = [...chartTitle(options.title, width)];
  names.forEach((name, i) => {
    const panel = timeSeriesChart(
      { time: data.time, series: data.series.filter((s) => s.name === name) },
      { width: panelWidth, height: panelHeight, title: name, legend: false, idPrefix: "panel" },
    );
    const px = (i % columns) * panelWidth;
    const py = top + Math.floor(i / columns) * panelHeight;
    body.push(
      `<g class="panel" transform="translate(${num(px)},${num(py)})" font-size="11"><title>${escapeXml(name)}</title>`,
      innerBody(panel.svg).replace(/font-size="15"/g, 'font-size="12"'),
      "</g>",
    );
  });
  return svgDocument({
    width,
    height,
    title: options.title ?? "Small multiples",
    desc: options.desc ?? `One panel per variable: ${names.join(", ")}.`,
    idPrefix: options.idPrefix ?? CHART_DEFAULTS.idPrefix,
    body,
  });
}
