/**
 * Observed data for charts from CSV: a header row, a `time` column (or the first column), and
 * one column per observed variable. Empty cells are missing values; anything else that is not a
 * number is a located diagnostic, and all of them are reported together.
 */
import { parse } from "csv-parse/sync";
import type { Diagnostic } from "../../diagnostics/diagnostic.js";
import { ModelError } from "../../diagnostics/errors.js";
import type { ObservedSeries } from "./time-series-chart.js";

/** Read observed series from CSV text (comma, or tab for `.tsv`/`.tab` files). */
export function readObservedCsv(text: string, file?: string): ObservedSeries[] {
  const delimiter = file && /\.(tsv|tab)$/i.test(file) ? "\t" : ",";
  const diagnostics: Diagnostic[] = [];
  let rows: string[][];
  try {
    rows = parse(text, { delimiter, skip_empty_lines: true, trim: true, relax_column_count: true });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new ModelError([
      {
        severity: "error",
        code: "csv-syntax",
        message: `data: ${message.toLowerCase()}`,
        ...(file ? { file } : {}),
      },
    ]);
  }
  const header = rows[0];
  if (header === undefined || header.length < 2) {
    throw new ModelError([
      {
        severity: "error",
        code: "csv-columns",
        message: "data: need a header with time and at least one variable",
        ...(file ? { file } : {}),
        line: 1,
      },
    ]);
  }
  const timeColumn = Math.max(
    0,
    header.findIndex((h) => h.toLowerCase() === "time"),
  );
  const columns = header.map((_, c) => c).filter((c) => c !== timeColumn);
  const time: number[] = [];
  const values = columns.map(() => [] as number[]);
  rows.slice(1).forEach((row, r) => {
    const cell = (c: number): number => {
      const raw = row[c] ?? "";
      if (raw === "") return Number.NaN;
      const x = Number(raw);
      if (!Number.isFinite(x)) {
        diagnostics.push({
          severity: "error",
          code: "not-a-number",
          message: `data: not a number in column ${JSON.stringify(header[c])}`,
          value: raw,
          line: r + 2,
          column: c + 1,
          ...(file ? { file } : {}),
        });
      }
      return x;
    };
    time.push(cell(timeColumn));
    columns.forEach((c, k) => {
      values[k]!.push(cell(c));
    });
  });
  if (diagnostics.length > 0)
    throw new ModelError(diagnostics, `${diagnostics.length} error(s) in data`);
  return columns.map((c, k) => ({ name: header[c]!, time, values: values[k]! }));
}
