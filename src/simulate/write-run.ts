/**
 * Writers for runs: CSV, TSV, JSON and an aligned text table. The first column is `time`; the
 * others are headed by display names. Numbers are written exactly (shortest round-trip form).
 */

import { expectOneOf, expectRun } from "../diagnostics/check-argument.js";
import type { Run } from "./run.js";

/** Output formats of a run. */
export type RunFormat = "csv" | "tsv" | "json" | "table";

function csvField(text: string): string {
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function delimited(run: Run, separator: string, quote: (s: string) => string): string {
  const header = ["time", ...run.variables.map((v) => v.name)].map(quote).join(separator);
  const lines = [header];
  for (let row = 0; row < run.time.length; row++) {
    const cells = [String(run.time[row])];
    for (const column of run.columns) cells.push(String(column[row]));
    lines.push(cells.join(separator));
  }
  return `${lines.join("\n")}\n`;
}

/** The run as CSV (RFC 4180 quoting). */
export function runToCsv(run: Run): string {
  expectRun("runToCsv", "run", run);
  return delimited(run, ",", csvField);
}

/** The run as TSV (tabs and line breaks in names replaced by spaces). */
export function runToTsv(run: Run): string {
  expectRun("runToTsv", "run", run);
  return delimited(run, "\t", (s) => s.replace(/[\t\r\n]+/g, " "));
}

/** The run as JSON: `{"time":[…],"variables":[{"id","name","units","values":[…]}]}`. */
export function runToJson(run: Run): string {
  expectRun("runToJson", "run", run);
  return `${JSON.stringify({
    time: Array.from(run.time),
    variables: run.variables.map((v, i) => ({ ...v, values: Array.from(run.columns[i]!) })),
  })}\n`;
}

/** The run as an aligned text table for terminals, numbers to 6 significant digits. */
export function runToTable(run: Run): string {
  expectRun("runToTable", "run", run);
  const header = ["time", ...run.variables.map((v) => v.name)];
  const fmt = (x: number) =>
    Number.isInteger(x) ? String(x) : Number(x.toPrecision(6)).toString();
  const rows = Array.from(run.time, (t, row) => [fmt(t), ...run.columns.map((c) => fmt(c[row]!))]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: readonly string[]) => cells.map((c, i) => c.padStart(widths[i]!)).join("  ");
  return `${[line(header), ...rows.map(line)].join("\n")}\n`;
}

/** The run in one of the formats. */
export function writeRun(run: Run, format: RunFormat): string {
  expectRun("writeRun", "run", run);
  expectOneOf("writeRun", "format", format, ["json", "csv", "tsv", "table"]);
  switch (format) {
    case "csv":
      return runToCsv(run);
    case "tsv":
      return runToTsv(run);
    case "json":
      return runToJson(run);
    case "table":
      return runToTable(run);
  }
}
