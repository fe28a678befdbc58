/**
 * A scenario comparison under uncertainty in a notebook: for one variable, each scenario's
 * median and 5–95 % range at chosen times, with the change of its median against the base
 * scenario, and a chart per scenario of the median inside its 5–95 % and 25–75 % bands.
 */

import { expectObject, expectOptions } from "../diagnostics/check-argument.js";
import { UsageError } from "../diagnostics/errors.js";
import { bandChart, type PercentileBands } from "../render/chart/band-chart.js";
import type { Lang } from "../render/strings.js";
import { formatNumber, formatPercent, formatTime, type LangOptions } from "./display-format.js";
import { word } from "./display-strings.js";
import { htmlBlock, htmlTable, textTable } from "./html-table.js";
import { HtmlView, nextIdPrefix } from "./html-view.js";

/** One scenario: its name and the percentiles of the variable over time. */
export interface ComparedScenario {
  readonly name: string;
  readonly bands: Omit<PercentileBands, "time">;
}

/** The input of {@link ComparisonView}. */
export interface ComparisonInput {
  /** The variable compared, as shown (with units when useful). */
  readonly variable: string;
  /** Saved times, shared by every scenario. */
  readonly time: ArrayLike<number>;
  /** The scenarios; the first is the base unless `base` names another. */
  readonly scenarios: readonly ComparedScenario[];
}

/** Options of {@link ComparisonView}. */
export interface ComparisonViewOptions extends LangOptions {
  /** Times in the table; default: the last time. */
  readonly times?: readonly number[];
  /** Name of the base scenario; default: the first. */
  readonly base?: string;
}

/** Index of the saved time nearest to `t`. */
function nearest(time: ArrayLike<number>, t: number): number {
  let best = 0;
  for (let i = 1; i < time.length; i++)
    if (Math.abs(time[i]! - t) < Math.abs(time[best]! - t)) best = i;
  return best;
}

/** The notebook view of scenarios compared with their 5–95 % bands. */
export class ComparisonView extends HtmlView {
  readonly input: ComparisonInput;
  readonly lang: Lang;
  private readonly times: readonly number[];
  private readonly base: ComparedScenario;

  constructor(input: ComparisonInput, options: ComparisonViewOptions = {}) {
    super();
    if (input.scenarios.length === 0) throw new UsageError("comparison: no scenarios");
    this.input = input;
    this.lang = options.lang ?? "en";
    this.times = options.times ?? [input.time[input.time.length - 1]!];
    const base = options.base ?? input.scenarios[0]!.name;
    const found = input.scenarios.find((s) => s.name === base);
    if (found === undefined)
      throw new UsageError(`comparison: no scenario named ${JSON.stringify(base)}`);
    this.base = found;
  }

  private header(): string[] {
    const { lang } = this;
    return [
      word("scenario", lang),
      word("time", lang),
      word("median", lang),
      word("band", lang),
      word("change", lang),
    ];
  }

  private rows(): string[][] {
    const { lang, input } = this;
    const n = (x: number) => formatNumber(x, lang);
    return input.scenarios.flatMap((s) =>
      this.times.map((t) => {
        const i = nearest(input.time, t);
        const median = s.bands.p50[i]!;
        const base = this.base.bands.p50[i]!;
        return [
          s.name,
          formatTime(input.time[i]!, lang),
          n(median),
          `${n(s.bands.p05[i]!)} – ${n(s.bands.p95[i]!)}`,
          s === this.base || base === 0
            ? ""
            : formatPercent((median - base) / Math.abs(base), lang),
        ];
      }),
    );
  }

  toHTML(): string {
    const charts = this.input.scenarios.map(
      (s) =>
        bandChart(
          { time: this.input.time, ...s.bands },
          {
            name: s.name,
            title: `${this.input.variable}: ${s.name}`,
            xLabel: word("time", this.lang),
            idPrefix: nextIdPrefix(),
            width: 480,
            height: 260,
          },
        ).svg,
    );
    return htmlBlock(this.input.variable, [
      htmlTable({ header: this.header(), rows: this.rows(), numeric: [1, 2, 3, 4] }),
      `<div style="display:flex;flex-wrap:wrap;gap:8px">${charts.join("\n")}</div>`,
    ]);
  }

  toString(): string {
    return `${this.input.variable}\n${textTable(this.header(), this.rows())}`;
  }
}

/** The notebook view of a comparison (see {@link ComparisonView}). */
export function comparisonView(
  input: ComparisonInput,
  options: ComparisonViewOptions = {},
): ComparisonView {
  expectObject("comparisonView", "input", input);
  expectOptions("comparisonView", options, { times: "array", base: "string", lang: ["nl", "en"] });
  return new ComparisonView(input, options);
}
