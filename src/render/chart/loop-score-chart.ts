/**
 * Relative loop scores over time (Loops That Matter): how much each loop explains of the
 * model's behaviour at each moment, as signed lines or as stacked areas of the absolute share.
 * Reinforcing loops are drawn in blue shades, balancing loops in red shades.
 */
import { scaleLinear } from "d3-scale";
import { area, line } from "d3-shape";
import { expectObject, expectOptions } from "../../diagnostics/check-argument.js";
import { escapeXml } from "../svg/escape-xml.js";
import { roundPath } from "../svg/num.js";
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
import { finiteExtent } from "./extent.js";
import { type LegendEntry, legend, legendWidth } from "./legend.js";

/** Relative scores of loops over time; scores are in [-1, 1], negative for balancing loops. */
export interface LoopScores {
  readonly time: ArrayLike<number>;
  readonly loops: readonly {
    readonly id: string;
    /** The loop's title (e.g. from the map's named loops), shown instead of the id. */
    readonly title?: string;
    readonly polarity: "R" | "B" | "U" | string;
    readonly relative_score: ArrayLike<number>;
  }[];
}

/** Options of {@link loopScoreChart}. */
export interface LoopScoreOptions extends ChartOptions {
  /** `lines` (signed scores) or `stacked` (absolute shares stacked to 1). Default `lines`. */
  readonly mode?: "lines" | "stacked";
  readonly xLabel?: string;
  /** Label of the y axis; by default `relative loop score` or `share of behaviour explained`. */
  readonly yLabel?: string;
}

const SHADES: Readonly<Record<string, readonly string[]>> = {
  R: ["#1f5fa8", "#5b8fd1", "#9bbbe6", "#2c3e75"],
  B: ["#c0392b", "#e07060", "#f0a898", "#7a2219"],
  U: ["#7f7f7f", "#a8a8a8"],
};

function loopColour(polarity: string, i: number): string {
  const shades = SHADES[polarity] ?? SHADES.U!;
  return shades[i % shades.length]!;
}

/** Draw relative loop scores over time. */
export function loopScoreChart(scores: LoopScores, options: LoopScoreOptions = {}): Svg {
  expectObject("loopScoreChart", "scores", scores);
  expectOptions("loopScoreChart", options, {
    mode: ["lines", "stacked"],
    xLabel: "string",
    yLabel: "string",
    ...CHART_OPTION_FIELDS,
  });
  const width = options.width ?? CHART_DEFAULTS.width;
  const height = options.height ?? CHART_DEFAULTS.height;
  const mode = options.mode ?? "lines";
  const count: Record<string, number> = {};
  const colours = scores.loops.map((l) => {
    const i = count[l.polarity] ?? 0;
    count[l.polarity] = i + 1;
    return loopColour(l.polarity, i);
  });
  const entries: LegendEntry[] = scores.loops.map((l, i) => ({
    label: l.title === undefined ? l.id : `${l.title} (${l.id})`,
    colour: colours[i]!,
    swatch: mode === "lines" ? "line" : "area",
    opacity: 0.8,
  }));
  const frame = chartFrame(width, height, options.title !== undefined, legendWidth(entries));
  const x = scaleLinear()
    .domain(finiteExtent([scores.time]))
    .range([frame.left, frame.right]);
  const indices = Array.from({ length: scores.time.length }, (_, i) => i);
  const val = (a: ArrayLike<number>, i: number) => (Number.isFinite(a[i]!) ? a[i]! : 0);
  const body = [...chartTitle(options.title, width)];
  if (mode === "lines") {
    const [lo, hi] = finiteExtent([[0], ...scores.loops.map((l) => l.relative_score)]);
    const y = scaleLinear()
      .domain([Math.min(lo, -0.1), Math.max(hi, 0.1)])
      .nice()
      .range([frame.bottom, frame.top]);
    body.push(...leftAxis(y, frame.left, frame.right, options.yLabel ?? "relative loop score"));
    body.push(...bottomAxis(x, frame.bottom, frame.top, options.xLabel ?? "time"));
    scores.loops.forEach((l, k) => {
      const path = line<number>()
        .x((i) => x(scores.time[i]!))
        .y((i) => y(val(l.relative_score, i)));
      body.push(
        `<path d="${roundPath(path(indices))}" fill="none" stroke="${colours[k]}" stroke-width="2"><title>${escapeXml(l.title ?? l.id)}</title></path>`,
      );
    });
  } else {
    const y = scaleLinear().domain([0, 1]).range([frame.bottom, frame.top]);
    body.push(
      ...leftAxis(y, frame.left, frame.right, options.yLabel ?? "share of behaviour explained"),
    );
    body.push(...bottomAxis(x, frame.bottom, frame.top, options.xLabel ?? "time"));
    // Absolute scores, normalised to sum to 1 at each time, stacked in loop order.
    const totals = indices.map((i) =>
      scores.loops.reduce((s, l) => s + Math.abs(val(l.relative_score, i)), 0),
    );
    const base = indices.map(() => 0);
    scores.loops.forEach((l, k) => {
      const lower = [...base];
      indices.forEach((i) => {
        base[i] = base[i]! + (totals[i]! > 0 ? Math.abs(val(l.relative_score, i)) / totals[i]! : 0);
      });
      const upper = [...base];
      const shape = area<number>()
        .x((i) => x(scores.time[i]!))
        .y0((i) => y(lower[i]!))
        .y1((i) => y(upper[i]!));
      body.push(
        `<path d="${roundPath(shape(indices))}" fill="${colours[k]}" fill-opacity="0.8"><title>${escapeXml(l.title ?? l.id)}</title></path>`,
      );
    });
  }
  body.push(...legend(entries, frame.legendX, frame.top));
  return svgDocument({
    width,
    height,
    title: options.title ?? "Loop dominance",
    desc:
      options.desc ??
      `Relative scores over time of the loops ${scores.loops.map((l) => l.id).join(", ")}${mode === "stacked" ? ", stacked as shares" : ""}.`,
    idPrefix: options.idPrefix ?? CHART_DEFAULTS.idPrefix,
    body,
  });
}
