/**
 * The canonical output of a conformance case: `output.csv` (comma-separated) or `output.tab`
 * (tab-separated), one row per saved time, the first column the time, one column per variable
 * named as the source tool wrote it. Read with csv-parse, which finds the record delimiter
 * (`\n`, `\r\n` or the old Mac `\r` some files use); empty lines are skipped. A cell that is
 * not a number (`NA`, empty) reads as NaN and is not compared.
 */
import { parse } from "csv-parse/sync";

/** A reference table: time column and one column of values per header. */
export interface ReferenceOutput {
  /** Headers of the value columns, as written (without the time column). */
  readonly headers: readonly string[];
  readonly time: readonly number[];
  /** One column per header, in header order. */
  readonly columns: readonly (readonly number[])[];
}

/** Parse reference output text; `tab` selects tab separation. Throws on an unusable table. */
export function readReferenceOutput(text: string, tab: boolean): ReferenceOutput {
  const rows = parse(text, {
    delimiter: tab ? "\t" : ",",
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: true,
    bom: true,
  }) as string[][];
  const [head, ...body] = rows.filter((row) => row.some((cell) => cell.trim() !== ""));
  if (head === undefined || head.length < 1) throw new Error("reference output has no header");
  const headers = head.slice(1).map((h) => h.trim());
  const time: number[] = [];
  const columns: number[][] = headers.map(() => []);
  for (const row of body) {
    const t = toNumber(row[0]);
    if (Number.isNaN(t)) continue;
    time.push(t);
    for (let i = 0; i < headers.length; i++) columns[i]!.push(toNumber(row[i + 1]));
  }
  return { headers, time, columns };
}

function toNumber(cell: string | undefined): number {
  const text = (cell ?? "").trim();
  if (text === "") return Number.NaN;
  const lower = text.toLowerCase();
  if (lower === "inf" || lower === "+inf" || lower === "infinity") return Number.POSITIVE_INFINITY;
  if (lower === "-inf" || lower === "-infinity") return Number.NEGATIVE_INFINITY;
  const value = Number(text);
  return Number.isNaN(value) ? Number.NaN : value;
}
