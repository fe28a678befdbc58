/**
 * The calibration data of the trafficking model, read from the CSV files next to this module.
 * Every row carries a `source` column with research.md source ids (separated by spaces).
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parse } from "csv-parse/sync";
import { expectOneOf, expectString } from "../../../src/diagnostics/check-argument.js";

/** One observation of a yearly series. */
export interface YearValue {
  readonly year: number;
  readonly value: number;
  readonly sources: readonly string[];
}

/** A multiple-systems estimate of the total number of victims per year over `from`–`to`. */
export interface Estimate {
  readonly from: number;
  readonly to: number;
  readonly estimate: number;
  /** The range, when the source gives one. */
  readonly range?: { readonly low: number; readonly high: number };
  readonly sources: readonly string[];
}

/** The data files of the model. */
export const DATA_FILES = {
  nrm: "nrm-registered.csv",
  comensha: "comensha-registered.csv",
  estimates: "mse-estimates.csv",
  justice: "criminal-justice.csv",
  validation: "validation-series.csv",
} as const;

/** Rows of a data file as records keyed by the header. */
export function readDataRows(file: keyof typeof DATA_FILES): Record<string, string>[] {
  expectOneOf("readDataRows", "file", file, [
    "nrm",
    "comensha",
    "estimates",
    "justice",
    "validation",
  ]);
  const path = fileURLToPath(new URL(DATA_FILES[file], import.meta.url));
  return parse(readFileSync(path, "utf8"), { columns: true, skip_empty_lines: true, trim: true });
}

function number(row: Record<string, string>, key: string, file: string): number {
  const value = Number(row[key]);
  if (row[key] === undefined || row[key] === "" || !Number.isFinite(value))
    throw new Error(`${file}: ${key} is not a number: ${JSON.stringify(row[key])}`);
  return value;
}

const sourcesOf = (row: Record<string, string>): string[] =>
  (row.source ?? "").split(/\s+/).filter((s) => s.length > 0);

/** Registered victims per year: the NRM series (default) or CoMensha's raw counts. */
export function registeredVictims(series: "nrm" | "comensha" = "nrm"): YearValue[] {
  expectOneOf("registeredVictims", "series", series, ["nrm", "comensha"]);
  return readDataRows(series).map((row) => ({
    year: number(row, "year", series),
    value: number(row, "registered", series),
    sources: sourcesOf(row),
  }));
}

/** The multiple-systems estimates of the total number of victims. */
export function victimEstimates(): Estimate[] {
  return readDataRows("estimates").map((row) => {
    const base = {
      from: number(row, "from", "estimates"),
      to: number(row, "to", "estimates"),
      estimate: number(row, "estimate", "estimates"),
      sources: sourcesOf(row),
    };
    return row.low === "" || row.low === undefined
      ? base
      : {
          ...base,
          range: { low: number(row, "low", "estimates"), high: number(row, "high", "estimates") },
        };
  });
}

/** Criminal-justice figures by indicator (`om_suspects`, `police_om_suspects`, `convictions`). */
export function justiceFigures(indicator: string): YearValue[] {
  expectString("justiceFigures", "indicator", indicator);
  return readDataRows("justice")
    .filter((row) => row.indicator === indicator)
    .map((row) => ({
      year: number(row, "year", "justice"),
      value: number(row, "value", "justice"),
      sources: sourcesOf(row),
    }));
}

/** A series of the validation file (`validation-series.csv`): registrations by form, channel or age. */
export function validationFigures(series: string): YearValue[] {
  return readDataRows("validation")
    .filter((row) => row.series === series)
    .map((row) => ({
      year: number(row, "year", "validation"),
      value: number(row, "value", "validation"),
      sources: sourcesOf(row),
    }));
}
