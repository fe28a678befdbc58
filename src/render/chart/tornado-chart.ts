/**
 * Tornado chart: for each input, a bar from the output at its low value to the output at its
 * high value, around the base output; bars sorted by swing, widest on top.
 */
import { scaleLinear } from "d3-scale";
import { expectArray, expectNumber, expectOptions } from "../../diagnostics/check-argument.js";
import { escapeXml } from "../svg/escape-xml.js";
import { num } from "../svg/num.js";
import { INK, POLARITY_COLOURS } from "../svg/palette.js";
import type { Svg } from "../svg/svg.js";
import { svgDocument } from "../svg/svg-document.js";
import { textWidth } from "../svg/text-width.js";
import { bottomAxis } from "./axes.js";
import {
  CHART_DEFAULTS,
  CHART_OPTION_FIELDS,
  type ChartOptions,
  chartTitle,
} from "./chart-frame.js";
import { finiteExtent } from "./extent.js";

/** The output when one input is set low and when it is set high. */
export interface TornadoBar {
  readonly name: string;
  readonly low: number;
  readonly high: number;
}

/** Options of {@link tornadoChart}. */
export interface TornadoOptions extends ChartOptions {
  /** Label of the output axis. */
  readonly xLabel?: string;
}

const BAR = 22;

/** Draw a tornado chart of the swings of an output around `base`. */
export function tornadoChart(
  bars: readonly TornadoBar[],
  base: number,
  options: TornadoOptions = {},
): Svg {
  expectArray("tornadoChart", "bars", bars);
  expectNumber("tornadoChart", "base", base);
  expectOptions("tornadoChart", options, {
    xLabel: "string",
    ...CHART_OPTION_FIELDS,
  });
  const sorted = [...bars].sort(
    (a, b) => Math.abs(b.high - b.low) - Math.abs(a.high - a.low) || (a.name < b.name ? -1 : 1),
  );
  const width = options.width ?? CHART_DEFAULTS.width;
  const labelWidth = Math.min(
    width / 3,
    Math.max(40, ...sorted.map((b) => textWidth(b.name, 12))) + 12,
  );
  const top = options.title === undefined ? 16 : 40;
  const height = options.height ?? top + sorted.length * (BAR + 8) + 56;
  const bottom = height - 46;
  const left = labelWidth + 8;
  const right = width - 24;
  const x = scaleLinear()
    .domain(finiteExtent([[base], sorted.map((b) => b.low), sorted.map((b) => b.high)]))
    .nice()
    .range([left, right]);
  const step = sorted.length > 0 ? (bottom - top) / sorted.length : 0;
  const body = [
    ...chartTitle(options.title, width),
    ...bottomAxis(x, bottom, top, options.xLabel ?? ""),
  ];
  body.push(`<g class="bars">`);
  sorted.forEach((b, i) => {
    const y = top + i * step + (step - BAR) / 2;
    const lowX = x(b.low);
    const highX = x(b.high);
    body.push(
      `<rect x="${num(Math.min(lowX, x(base)))}" y="${num(y)}" width="${num(Math.abs(lowX - x(base)))}" height="${BAR}" fill="${POLARITY_COLOURS["-"]}" fill-opacity="0.75"><title>${escapeXml(`${b.name} low: ${b.low}`)}</title></rect>`,
      `<rect x="${num(Math.min(highX, x(base)))}" y="${num(y)}" width="${num(Math.abs(highX - x(base)))}" height="${BAR}" fill="${POLARITY_COLOURS["+"]}" fill-opacity="0.75"><title>${escapeXml(`${b.name} high: ${b.high}`)}</title></rect>`,
      `<text x="${num(left - 8)}" y="${num(y + BAR / 2)}" dy="0.32em" text-anchor="end">${escapeXml(b.name)}</text>`,
    );
  });
  body.push("</g>");
  body.push(
    `<line class="base" x1="${num(x(base))}" x2="${num(x(base))}" y1="${num(top - 4)}" y2="${num(bottom)}" stroke="${INK}" stroke-width="1.5"/>`,
  );
  return svgDocument({
    width,
    height,
    title: options.title ?? "Tornado chart",
    desc:
      options.desc ??
      `Output at the low (red) and high (blue) value of each of ${sorted.length} inputs around the base value ${base}.`,
    idPrefix: options.idPrefix ?? CHART_DEFAULTS.idPrefix,
    body,
  });
}
