/**
 * A run in a notebook: a compact table (the first and last saved times, each column headed by
 * the variable's name and units) and a line chart of its stocks (or of its first variables when
 * it saved no stock).
 */

import { expectOptions, expectRun } from "../diagnostics/check-argument.js";
import type { AnyModel } from "../model/types.js";
import { timeSeriesChart } from "../render/chart/time-series-chart.js";
import type { Lang } from "../render/strings.js";
import type { Run } from "../simulate/run.js";
import { displayLang, formatNumber, formatTime, type LangOptions } from "./display-format.js";
import { word } from "./display-strings.js";
import { htmlBlock, htmlTable, textTable } from "./html-table.js";
import { HtmlView, nextIdPrefix } from "./html-view.js";

/** Options of {@link RunView}. */
export interface RunViewOptions extends LangOptions {
  /** The model of the run, for its language and title. */
  readonly model?: AnyModel;
  /** Saved times shown at the start and at the end of the table. */
  readonly rows?: number;
  /** Most variables in the table and the chart. */
  readonly columns?: number;
}

/** Defaults of {@link RunViewOptions}. */
export const RUN_VIEW_DEFAULTS = { rows: 3, columns: 8 } as const;

/** The notebook view of a {@link Run}. */
export class RunView extends HtmlView {
  readonly run: Run;
  readonly lang: Lang;
  readonly title: string;
  private readonly rows: number;
  private readonly columns: number;

  constructor(run: Run, options: RunViewOptions = {}) {
    super();
    this.run = run;
    this.lang = displayLang(options.model, options.lang);
    this.title = options.model?.labels?.[this.lang] ?? options.model?.name ?? "Run";
    this.rows = options.rows ?? RUN_VIEW_DEFAULTS.rows;
    this.columns = options.columns ?? RUN_VIEW_DEFAULTS.columns;
  }

  /** Indices of the saved variables shown: the non-constant ones, at most `columns`. */
  private shown(): number[] {
    const all = this.run.variables.map((_, i) => i);
    const varying = all.filter((i) => this.run.variables[i]!.kind !== "constant");
    return (varying.length > 0 ? varying : all).slice(0, this.columns);
  }

  /** Header and rows of the compact table; `null` marks the gap between head and tail. */
  private table(): { header: string[]; rows: (string[] | null)[] } {
    const { run, lang } = this;
    const shown = this.shown();
    const header = [
      word("time", lang),
      ...shown.map((i) => {
        const v = run.variables[i]!;
        return v.units ? `${v.name} (${v.units})` : v.name;
      }),
    ];
    const n = run.time.length;
    const indices =
      n <= 2 * this.rows
        ? Array.from({ length: n }, (_, k) => k)
        : [
            ...Array.from({ length: this.rows }, (_, k) => k),
            -1,
            ...Array.from({ length: this.rows }, (_, k) => n - this.rows + k),
          ];
    const rows = indices.map((row) =>
      row < 0
        ? null
        : [
            formatTime(run.time[row]!, lang),
            ...shown.map((i) => formatNumber(run.columns[i]![row]!, lang)),
          ],
    );
    return { header, rows };
  }

  toHTML(): string {
    const { header, rows } = this.table();
    const gap = header.map(() => "…");
    const stocks = this.run.variables.filter((v) => v.kind === "stock").map((v) => v.id);
    const plotted = (
      stocks.length > 0 ? stocks : this.shown().map((i) => this.run.variables[i]!.id)
    ).slice(0, this.columns);
    const chart = timeSeriesChart(this.run, {
      variables: plotted,
      xLabel: word("time", this.lang),
      idPrefix: nextIdPrefix(),
      width: 560,
      height: 280,
    });
    return htmlBlock(
      `${this.title}: ${this.run.time.length} ${word("rowsOf", this.lang)} ${this.run.variables.length} ${word("variables", this.lang)}`,
      [
        htmlTable({
          header,
          rows: rows.map((r) => r ?? gap),
          numeric: header.map((_, i) => i),
        }),
        chart.svg,
      ],
    );
  }

  toString(): string {
    const { header, rows } = this.table();
    return textTable(
      header,
      rows.map((r) => r ?? header.map(() => "…")),
    );
  }
}

/** The notebook view of a run (see {@link RunView}). */
export function runView(run: Run, options: RunViewOptions = {}): RunView {
  expectRun("runView", "run", run);
  expectOptions("runView", options, { rows: "number", columns: "number", lang: ["nl", "en"] });
  return new RunView(run, options);
}
