/**
 * The conformance runner against the SDXorg test-models suite: find cases, run each model
 * file, compare with the canonical output by the suite's rule.
 *
 * @packageDocumentation
 */

export {
  compareRun,
  foldHeader,
  IGNORED_COLUMNS,
  TOLERANCE_DEFAULTS,
  type Tolerance,
} from "./compare-run.js";
export { type CaseFile, type CaseFormat, type ConformanceCase, findCases } from "./find-cases.js";
export { formatReportJson, formatReportTable } from "./format-report.js";
export { type ReferenceOutput, readReferenceOutput } from "./read-reference-output.js";
export { type CaseResult, type CaseStatus, runCaseFile } from "./run-case-file.js";
export {
  type ConformanceOptions,
  type ConformanceReport,
  type ConformanceSummary,
  runConformance,
  summarize,
} from "./run-conformance.js";
