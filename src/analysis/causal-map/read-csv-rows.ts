/**
 * CSV rows with a checked header: every row keyed by lower-case column name, with its line number;
 * unknown or missing columns and rows with too many cells become diagnostics.
 */
import { parse } from "csv-parse/sync";
import type { Diagnostic } from "../../diagnostics/diagnostic.js";

/** One data row: its 1-based line and its non-empty cells by column name. */
export interface Row {
  readonly line: number;
  readonly cells: Readonly<Record<string, string>>;
}

/** Rows of a CSV with a required set of columns; problems are pushed to `out`. */
export function readCsvRows(
  text: string,
  allowed: readonly string[],
  required: readonly string[],
  file: string | undefined,
  out: Diagnostic[],
): Row[] {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, {
      bom: true,
      info: true,
      trim: true,
      skip_empty_lines: true,
      relax_column_count: true,
      comment: "#",
      comment_no_infix: true,
    }) as unknown as typeof records;
  } catch (error) {
    const e = error as { message?: string; lines?: number };
    out.push({
      severity: "error",
      code: "syntax",
      message: `csv syntax: ${String(e.message).toLowerCase()}`,
      file,
      line: e.lines,
    });
    return [];
  }
  const [head, ...body] = records;
  if (!head) {
    out.push({
      severity: "error",
      code: "empty",
      message: "empty csv: expected a header row",
      file,
      line: 1,
    });
    return [];
  }
  const header = head.record.map((name) => name.toLowerCase());
  header.forEach((name, i) => {
    if (!allowed.includes(name)) {
      out.push({
        severity: "error",
        code: "unknown-column",
        message: `unknown column ${JSON.stringify(name)}`,
        file,
        line: head.info.lines,
        column: i + 1,
        value: name,
        hint: `columns are ${allowed.join(",")}`,
      });
    }
  });
  const missing = required.filter((name) => !header.includes(name));
  for (const name of missing) {
    out.push({
      severity: "error",
      code: "missing-column",
      message: `missing column ${JSON.stringify(name)}`,
      file,
      line: head.info.lines,
      value: head.record.join(","),
    });
  }
  // Without the required columns every row would be reported again; the header error says it all.
  if (missing.length > 0) return [];
  return body.flatMap(({ record, info }) => {
    if (record.length > header.length) {
      out.push({
        severity: "error",
        code: "extra-cells",
        message: `row has ${record.length} cells, header has ${header.length}`,
        file,
        line: info.lines,
        value: record.join(","),
      });
      return [];
    }
    const cells: Record<string, string> = {};
    header.forEach((name, i) => {
      const cell = record[i];
      if (cell !== undefined && cell !== "") cells[name] = cell;
    });
    return [{ line: info.lines, cells }];
  });
}
