/**
 * The conformance runner: run every model file of every case of a copy of the SDXorg
 * test-models suite (the suite PySD, SDEverywhere and Simlin use) and judge each against the
 * case's canonical output. Files run one after the other; each run is pure, so the order never
 * changes a verdict.
 */
import { TOLERANCE_DEFAULTS, type Tolerance } from "./compare-run.js";
import { type CaseFormat, type CaseLayout, findCases } from "./find-cases.js";
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

/** Counts of a list of results. */
export interface ConformanceCounts {
  readonly total: number;
  readonly pass: number;
  readonly fail: number;
  readonly error: number;
  readonly unsupported: number;
  /** Files without a reference output: run, but left out of the pass rate. */
  readonly noReference: number;
  /** Files with a reference output. */
  readonly withReference: number;
  /** Files with a reference that do not pass and are not intact (`defect` says why). */
  readonly notIntact: number;
  /** Passed files over files with a reference that are intact, in percent. */
  readonly passRate: number;
}

/** Counts of a report: overall, and per layout (pairing rule) and format. */
export interface ConformanceSummary extends ConformanceCounts {
  readonly byLayout: Readonly<
    Partial<Record<CaseLayout, Readonly<Partial<Record<CaseFormat, ConformanceCounts>>>>>
  >;
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

/** Count the statuses of a list of results, overall and per layout and format. */
export function summarize(cases: readonly CaseResult[]): ConformanceSummary {
  const byLayout: Partial<Record<CaseLayout, Partial<Record<CaseFormat, ConformanceCounts>>>> = {};
  for (const c of cases) {
    const formats = byLayout[c.layout] ?? {};
    byLayout[c.layout] = formats;
    formats[c.format] ??= count(
      cases.filter((d) => d.layout === c.layout && d.format === c.format),
    );
  }
  return { ...count(cases), byLayout };
}

function count(cases: readonly CaseResult[]): ConformanceCounts {
  const of = (status: CaseResult["status"]) => cases.filter((c) => c.status === status).length;
  const withReference = cases.filter((c) => c.layout !== "none").length;
  const notIntact = cases.filter((c) => c.layout !== "none" && c.defect !== undefined).length;
  const intact = withReference - notIntact;
  return {
    total: cases.length,
    pass: of("pass"),
    fail: of("fail"),
    error: of("error"),
    unsupported: of("unsupported"),
    noReference: of("no-reference"),
    withReference,
    notIntact,
    passRate: intact === 0 ? 0 : Math.round((1e4 * of("pass")) / intact) / 100,
  };
}
