/**
 * The plot area of a chart: margins for the title, axes and a legend column on the right.
 */

import type { Field } from "../../diagnostics/check-argument.js";
import type { Lang } from "../strings.js";
import { escapeXml } from "../svg/escape-xml.js";
import { num } from "../svg/num.js";

/** Options every chart shares. */
export interface ChartOptions {
  /** Total width in pixels. */
  readonly width?: number;
  /** Total height in pixels. */
  readonly height?: number;
  readonly title?: string;
  /** Accessible description; a sentence is generated when absent. */
  readonly desc?: string;
  /** Prefix of the ids in the SVG (unique per document when several SVGs share a page). */
  readonly idPrefix?: string;
  /** Language of tick labels (decimal comma and thousands point in `nl`); default `en`. */
  readonly lang?: Lang;
}

/** How every chart checks the fields of {@link ChartOptions}; each chart adds its own. */
export const CHART_OPTION_FIELDS = {
  width: "number",
  height: "number",
  title: "string",
  desc: "string",
  idPrefix: "string",
  lang: ["nl", "en"],
} as const satisfies Readonly<Record<string, Field>>;

/** The defaults of {@link ChartOptions}. */
export const CHART_DEFAULTS = { width: 640, height: 360, idPrefix: "chart" } as const;

/** Where a chart draws. */
export interface ChartFrame {
  readonly width: number;
  readonly height: number;
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
  /** Left edge of the legend column. */
  readonly legendX: number;
  /** Top of the legend rows when the legend sits below the plot; undefined: beside it. */
  readonly legendY?: number;
}

/**
 * A frame with the legend beside the plot when it takes at most a third of the width, else in
 * rows below the plot (the picture grows by their height).
 */
export function framedChart(
  width: number,
  height: number,
  hasTitle: boolean,
  besideWidth: number,
  rowsHeight: (width: number) => number,
): ChartFrame {
  if (besideWidth <= width / 3) return chartFrame(width, height, hasTitle, besideWidth);
  const rows = rowsHeight(width - 64 - 16);
  const frame = chartFrame(width, height, hasTitle, 0);
  return { ...frame, height: height + rows + 8, legendX: frame.left, legendY: height - 4 };
}

/** Lay out a chart of the given size with room for a title, axes and a legend column. */
export function chartFrame(
  width: number,
  height: number,
  hasTitle: boolean,
  legendWidth: number,
  leftMargin = 64,
): ChartFrame {
  const top = hasTitle ? 40 : 16;
  const right = width - 16 - (legendWidth > 0 ? legendWidth + 8 : 0);
  return {
    width,
    height,
    left: leftMargin,
    right: Math.max(leftMargin + 40, right),
    top,
    bottom: height - 46,
    legendX: right + 16,
  };
}

/** The chart title, centred over the whole picture. */
export function chartTitle(title: string | undefined, width: number): string[] {
  if (title === undefined || title === "") return [];
  return [
    `<text x="${num(width / 2)}" y="24" text-anchor="middle" font-size="15" font-weight="bold">${escapeXml(title)}</text>`,
  ];
}
