/**
 * The conformance runner: run every model file of every case of a copy of the SDXorg
 * test-models suite (the suite PySD, SDEverywhere and Simlin use) and judge each against the
 * case's canonical output. Files run one after the other; each run is pure, so the order never
 * changes a verdict.
 */
import { TOLERANCE_DEFAULTS, type Tolerance } from "./compare-run.js";
import { type CaseFormat, findCases } from "./find-cases.js";
import { type CaseResult, runCaseFile } from "./run-case-file.js";

/** Options of {@link runConformance}. */
export interface ConformanceOptions {
  /** Only files of this format. */
  readonly only?: CaseFormat;
  /** Only the case with this name (`tests/abs` or `abs`) or this file name. */
  readonly caseName?: string;
  readonly tolerance?: Tolerance;
  /** Called before each file runs and once at the end (`current` undefined). */
  readonly onProgress?: (done: number, total: number, current?: string) => void;
}

/** Counts of a report. */
export interface ConformanceSummary {
  readonly total: number;
  readonly pass: number;
  readonly fail: number;
  readonly error: number;
  readonly unsupported: number;
}

/** The result of a conformance run. */
export interface ConformanceReport {
  readonly summary: ConformanceSummary;
  readonly cases: readonly CaseResult[];
}

/** Run the suite under `root`. */
export async function runConformance(
  root: string,
  options: ConformanceOptions = {},
): Promise<ConformanceReport> {
  const tolerance = options.tolerance ?? TOLERANCE_DEFAULTS;
  const wanted = options.caseName?.replace(/\/+$/, "");
  const matches = (name: string, file: string): boolean =>
    wanted === undefined || name === wanted || name.endsWith(`/${wanted}`) || file === wanted;
  const jobs = (await findCases(root)).flatMap((c) =>
    c.files
      .filter((f) => options.only === undefined || f.format === options.only)
      .filter((f) => matches(c.name, f.file))
      .map((f) => ({ c, f })),
  );
  const cases: CaseResult[] = [];
  for (const [i, { c, f }] of jobs.entries()) {
    options.onProgress?.(i, jobs.length, `${c.name}/${f.file}`);
    cases.push(await runCaseFile(c, f, tolerance));
  }
  options.onProgress?.(jobs.length, jobs.length);
  return { summary: summarize(cases), cases };
}

/** Count the statuses of a list of results. */
export function summarize(cases: readonly CaseResult[]): ConformanceSummary {
  const count = (status: CaseResult["status"]) => cases.filter((c) => c.status === status).length;
  return {
    total: cases.length,
    pass: count("pass"),
    fail: count("fail"),
    error: count("error"),
    unsupported: count("unsupported"),
  };
}
