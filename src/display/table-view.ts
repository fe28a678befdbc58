/**
 * Any rows of records in a notebook: one column per key of the first row, numbers formatted in
 * the chosen language and right-aligned, everything else shown as text (escaped).
 */

import { expectArray, expectOptions } from "../diagnostics/check-argument.js";
import type { Lang } from "../render/strings.js";
import { formatNumber, formatPercent, formatTime, type LangOptions } from "./display-format.js";
import { htmlBlock, htmlTable, textTable } from "./html-table.js";
import { HtmlView } from "./html-view.js";

/** A row: values by column name. */
export type TableRow = Readonly<Record<string, unknown>>;

/** Options of {@link TableView}. */
export interface TableViewOptions extends LangOptions {
  readonly title?: string;
  /** Columns in order; default: the keys of the first row. */
  readonly columns?: readonly string[];
  /** Columns of times or years, written without a thousands separator; default: by name. */
  readonly timeColumns?: readonly string[];
  /** Columns of shares or relative changes, written as signed percentages (0.05 → +5.0 %). */
  readonly percentColumns?: readonly string[];
}

/** Column names taken for times or years when `timeColumns` is not given. */
const TIME_NAMES = /^(time|tijd|year|jaar|minute|minuut|t)$/i;

/** The notebook view of rows of records. */
export class TableView extends HtmlView {
  readonly rows: readonly TableRow[];
  readonly lang: Lang;
  readonly columns: readonly string[];
  readonly title: string;
  private readonly timeColumns: ReadonlySet<string>;
  private readonly percentColumns: ReadonlySet<string>;

  constructor(rows: readonly TableRow[], options: TableViewOptions = {}) {
    super();
    this.rows = rows;
    this.lang = options.lang ?? "en";
    this.columns = options.columns ?? Object.keys(rows[0] ?? {});
    this.title = options.title ?? "";
    this.percentColumns = new Set(options.percentColumns ?? []);
    this.timeColumns = new Set(
      options.timeColumns ?? this.columns.filter((c) => TIME_NAMES.test(c)),
    );
  }

  private cell(value: unknown, column: string): string {
    if (typeof value === "number" && this.percentColumns.has(column))
      return formatPercent(value, this.lang);
    if (typeof value === "number")
      return this.timeColumns.has(column)
        ? formatTime(value, this.lang)
        : formatNumber(value, this.lang);
    if (value === null || value === undefined) return "";
    return String(value);
  }

  private cells(): string[][] {
    return this.rows.map((row) => this.columns.map((c) => this.cell(row[c], c)));
  }

  toHTML(): string {
    const first = this.rows[0] ?? {};
    const numeric = this.columns.flatMap((c, i) => (typeof first[c] === "number" ? [i] : []));
    return htmlBlock(this.title, [
      htmlTable({ header: this.columns, rows: this.cells(), numeric }),
    ]);
  }

  toString(): string {
    const table = textTable(this.columns, this.cells());
    return this.title === "" ? table : `${this.title}\n${table}`;
  }
}

/** The notebook view of rows (see {@link TableView}). */
export function tableView(rows: readonly TableRow[], options: TableViewOptions = {}): TableView {
  expectArray("tableView", "rows", rows);
  expectOptions("tableView", options, {
    title: "string",
    columns: "array",
    timeColumns: "array",
    percentColumns: "array",
    lang: ["nl", "en"],
  });
  return new TableView(rows, options);
}
