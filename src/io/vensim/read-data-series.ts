/**
 * Series from the data files Vensim reads at run time, keyed by {@link seriesKey}:
 * - `.dat`: a line with a variable name (`A Values[A1]`), then `time<TAB>value` lines;
 * - `.tab` (tabs) and `.csv` (commas): a table whose first row starts with the time label;
 *   either the rest of that row holds the times and each further row a variable (name, then
 *   its values), or the rest of the row names the variables and each further row is a time.
 * A cell that is empty or not a number is no point of its series. Returns the series, or
 * throws {@link DataSeriesError} with the 1-based line of the problem.
 */
import { parse } from "csv-parse/sync";
import { expectString } from "../../diagnostics/check-argument.js";
import { type ExternalData, type SeriesPoints, seriesKey } from "./external-data.js";

/** A problem of a data file, at a line. */
export class DataSeriesError extends Error {
  override name = "DataSeriesError";
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message);
  }
}

/** One named series as written in a file. */
export interface NamedSeries {
  /** The name as written (`A Values[A1]`). */
  readonly name: string;
  readonly points: SeriesPoints;
}

const DAT_LINE = /^\s*([-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?)\s*\t\s*(\S*)\s*$/;

/** The series of Vensim DAT text, in file order. */
export function readDatSeries(text: string): NamedSeries[] {
  const out: { name: string; points: [number, number][] }[] = [];
  text.split(/\r\n|\r|\n/).forEach((line, i) => {
    if (line.trim() === "") return;
    const data = DAT_LINE.exec(line);
    const current = out[out.length - 1];
    if (data === null) out.push({ name: line.trim(), points: [] });
    else if (current === undefined) {
      throw new DataSeriesError("a data line comes before any variable name", i + 1);
    } else {
      const value = toNumber(data[2]);
      if (!Number.isNaN(value)) current.points.push([Number(data[1]), value]);
    }
  });
  return out;
}

/** The series of a `.tab` or `.csv` table in either orientation. */
export function readTableSeries(text: string, delimiter: "\t" | ","): NamedSeries[] {
  const rows = (
    parse(text, {
      delimiter,
      relax_column_count: true,
      relax_quotes: true,
      bom: true,
    }) as string[][]
  ).filter((row) => row.some((cell) => cell.trim() !== ""));
  const [head, ...body] = rows;
  if (head === undefined) return [];
  const timesAcross = head.length > 1 && head.slice(1).every((c) => !Number.isNaN(toNumber(c)));
  const series = (name: string, pairs: [number, number][]): NamedSeries => ({
    name: name.trim(),
    points: pairs.filter(([t, v]) => !Number.isNaN(t) && !Number.isNaN(v)),
  });
  if (timesAcross) {
    const times = head.slice(1).map(toNumber);
    return body.map((row) =>
      series(
        row[0] ?? "",
        times.map((t, j) => [t, toNumber(row[j + 1])]),
      ),
    );
  }
  return head.slice(1).map((name, j) =>
    series(
      name,
      body.map((row) => [toNumber(row[0]), toNumber(row[j + 1])]),
    ),
  );
}

/** The series of a data file by its extension (`.dat`, `.tab`, else comma-separated). */
export function readDataSeries(text: string, file: string): ExternalData {
  expectString("readDataSeries", "text", text);
  expectString("readDataSeries", "file", file);
  const extension = (/\.[^./\\]+$/.exec(file)?.[0] ?? "").toLowerCase();
  const named =
    extension === ".dat"
      ? readDatSeries(text)
      : readTableSeries(text, extension === ".tab" || extension === ".txt" ? "\t" : ",");
  const out = new Map<string, SeriesPoints>();
  for (const s of named) {
    const match = /^(.*?)\[(.*)\]$/.exec(s.name);
    const key =
      match === null
        ? seriesKey(s.name.replace(/^"|"$/g, ""))
        : seriesKey(match[1]!.replace(/^"|"$/g, ""), match[2]!.split(","));
    out.set(
      key,
      [...s.points].sort((a, b) => a[0] - b[0]),
    );
  }
  return out;
}

function toNumber(cell: string | undefined): number {
  const text = (cell ?? "").trim();
  return text === "" ? Number.NaN : Number(text);
}
