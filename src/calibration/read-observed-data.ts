/**
 * Observed time series for calibration, from CSV: a header row, a time column (`time`, or the
 * first column), one column per observed variable (named by id or display name), and optionally
 * a `weight` column weighting each row. Empty cells are gaps. A cell that is not a number, a
 * column that names no variable and a time outside the run are located diagnostics (file, line,
 * column, value), all reported together.
 */
import { parse } from "csv-parse/sync";
import { flattenArrays } from "../arrays/flatten-arrays.js";
import { expectModel, expectString } from "../diagnostics/check-argument.js";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { ModelError } from "../diagnostics/errors.js";
import type { Model } from "../model/types.js";
import { unknownVariable, variableResolver } from "../scenario/resolve-variable.js";

/** Observed data: one time vector, one column per observed variable (NaN for a gap). */
export interface ObservedData {
  readonly time: Float64Array;
  /** Observed variables by id, in column order. */
  readonly series: readonly { readonly id: string; readonly values: Float64Array }[];
  /** Row weights (all 1 without a weight column). */
  readonly weights: Float64Array;
}

interface CsvRecord {
  readonly record: string[];
  readonly raw: string;
  readonly info: { readonly lines: number };
}

/** 1-based character column of field `index` in the raw line (field index + 1 when quoted). */
function columnOf(raw: string, index: number, delimiter: string): number {
  const line = raw.replace(/^[\r\n]+/, "").split(/\r?\n/)[0] ?? "";
  if (line.includes('"')) return index + 1;
  const fields = line.split(delimiter);
  let column = 1;
  for (let i = 0; i < index; i++) column += (fields[i]?.length ?? 0) + 1;
  return column + ((fields[index] ?? "").length - (fields[index] ?? "").trimStart().length);
}

/** Read observed data for `model` from CSV text. Throws a ModelError with every problem. */
export function readObservedData(text: string, source: Model, file?: string): ObservedData {
  expectString("readObservedData", "text", text);
  expectModel("readObservedData", "source", source, ["stock-flow"]);
  if (file !== undefined) expectString("readObservedData", "file", file);
  // Arrayed models are observed element by element (`victims[sexual]`).
  const model = flattenArrays(source);
  const delimiter = file !== undefined && /\.(tsv|tab)$/i.test(file) ? "\t" : ",";
  const where = file !== undefined ? { file } : {};
  let records: CsvRecord[];
  try {
    records = parse(text, {
      delimiter,
      skip_empty_lines: true,
      info: true,
      raw: true,
      trim: true,
    }) as unknown as CsvRecord[];
  } catch (error) {
    const e = error as { message?: string; lines?: number };
    throw new ModelError([
      {
        severity: "error",
        code: "csv-syntax",
        message: `data: ${String(e.message).toLowerCase()}`,
        ...where,
        line: e.lines ?? 1,
        column: 1,
      },
    ]);
  }
  const problems: Diagnostic[] = [];
  const header = records[0];
  if (header === undefined || header.record.length < 2) {
    throw new ModelError([
      {
        severity: "error",
        code: "csv-header",
        message: "data needs a header with a time column and an observed column",
        ...where,
        line: 1,
        column: 1,
      },
    ]);
  }
  const names = header.record;
  const timeAt = Math.max(
    0,
    names.findIndex((n) => n.toLowerCase() === "time"),
  );
  const weightAt = names.findIndex((n) => /^weights?$/i.test(n));
  const resolve = variableResolver(model);
  const columns: { index: number; id: string }[] = [];
  names.forEach((name, index) => {
    if (index === timeAt || index === weightAt) return;
    const v = resolve(name);
    const at = {
      ...where,
      line: header.info.lines,
      column: columnOf(header.raw, index, delimiter),
    };
    if (v === undefined || v.kind === "lookup") {
      const { path: _, ...d } = unknownVariable(model, name, "", "column");
      problems.push({ ...d, ...at });
    } else columns.push({ index, id: v.id });
  });
  const rows = records.slice(1);
  const time = new Float64Array(rows.length);
  const weights = new Float64Array(rows.length).fill(1);
  const series = columns.map((c) => ({ id: c.id, values: new Float64Array(rows.length) }));
  const { start, stop } = model.specs;
  rows.forEach((row, r) => {
    const cell = (index: number, blank: number): number => {
      const text = row.record[index] ?? "";
      if (text === "") return blank;
      const x = Number(text);
      if (!Number.isFinite(x)) {
        problems.push({
          severity: "error",
          code: "not-a-number",
          message: `${names[index]} is not a number`,
          ...where,
          line: row.info.lines,
          column: columnOf(row.raw, index, delimiter),
          value: text,
        });
      }
      return x;
    };
    time[r] = cell(timeAt, Number.NaN);
    const t = time[r]!;
    if (Number.isFinite(t) && (t < start - 1e-9 || t > stop + 1e-9)) {
      problems.push({
        severity: "error",
        code: "time-outside-run",
        message: `time ${t} is outside the run ${start}..${stop}`,
        ...where,
        line: row.info.lines,
        column: columnOf(row.raw, timeAt, delimiter),
        value: String(t),
      });
    }
    if (weightAt >= 0) weights[r] = cell(weightAt, 1);
    columns.forEach((c, j) => {
      series[j]!.values[r] = cell(c.index, Number.NaN);
    });
  });
  if (problems.length > 0) throw new ModelError(problems, `data ${file ?? ""}`.trim());
  return { time, series, weights };
}
