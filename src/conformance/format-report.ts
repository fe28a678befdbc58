/**
 * A conformance report as text: a table with one line per model file (status, case, file,
 * detail) and a summary line with the pass rate, or exactly one JSON object.
 */
import type { ConformanceReport } from "./run-conformance.js";

/** The report as an aligned text table followed by the summary. */
export function formatReportTable(report: ConformanceReport): string {
  const rows = report.cases.map((c) => [
    c.status,
    c.case,
    c.file,
    c.defect === undefined ? c.detail : `${c.defect}; ${c.detail}`,
  ]);
  const header = ["status", "case", "file", "detail"];
  const widths = [0, 1, 2].map((i) =>
    Math.max(header[i]!.length, ...rows.map((row) => row[i]!.length)),
  );
  const line = (row: readonly string[]) =>
    row
      .map((cell, i) => (i < 3 ? cell.padEnd(widths[i]!) : cell))
      .join("  ")
      .trimEnd();
  const { pass, fail, error, unsupported, total, withReference, notIntact, passRate } =
    report.summary;
  const summary =
    `${pass}/${withReference - notIntact} intact files with a reference passed (${passRate.toFixed(1)}%): ` +
    `${fail} fail, ${error} error, ${unsupported} unsupported; ${notIntact} not intact, ` +
    `${total - withReference} without reference`;
  return `${[line(header), ...rows.map(line)].join("\n")}\n\n${summary}\n`;
}

/** The report as one JSON object on one line. */
export function formatReportJson(report: ConformanceReport): string {
  return `${JSON.stringify({ summary: report.summary, cases: report.cases })}\n`;
}
