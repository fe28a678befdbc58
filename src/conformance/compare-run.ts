/**
 * Compare a run with a case's reference output, by the suite's own rule: columns matched by
 * canonical name (case, spaces and underscores, quotes and line breaks folded), rows by time,
 * the columns `saveper`, `initial_time`, `final_time` and `time_step` ignored, a reference
 * column the model lacks not compared (the rule compares the variables present in both, and
 * the report lists the others); a value passes
 * when |a − b| ≤ 1e-6, or |a − b| / max(|a|, |b|) ≤ 1e-4 (the rule of the suites' README), or
 * both are near zero: the reference within 3e-6 and the run within 1e-6, the floors of the
 * SDXorg suite's `regression-test.py` (a reference printed by a single-precision tool carries
 * round-off of that size where the exact value is 0). A reference cell that is not a number is not compared,
 * nor is a Vensim internal variable (`#SMOOTH(x,3)#`, a name between `#`s). A reference time
 * printed with fewer digits (`10.0312`) matches the nearest saved time within half a save step.
 */
import { canonicalId } from "../model/canonical.js";
import type { Run } from "../simulate/run.js";
import type { ReferenceOutput } from "./read-reference-output.js";

/** Tolerances of {@link compareRun}. */
export interface Tolerance {
  /** Largest accepted |actual − expected| / |expected|. */
  readonly relative: number;
  /** Largest accepted |actual − expected|; also: a run value this close to zero … */
  readonly absolute: number;
  /** … matches a reference value this close to zero. */
  readonly referenceAbsolute: number;
}

/** The suite's default tolerances. */
export const TOLERANCE_DEFAULTS: Tolerance = {
  relative: 1e-4,
  absolute: 1e-6,
  referenceAbsolute: 3e-6,
};

/** Columns the suite never compares. */
export const IGNORED_COLUMNS: ReadonlySet<string> = new Set([
  "saveper",
  "initial_time",
  "final_time",
  "time_step",
]);

/** The canonical name of a column header. */
export function foldHeader(header: string): string {
  return canonicalId(header.replace(/\\n/g, " ").replace(/["']/g, ""));
}

/** The outcome of {@link compareWithReference}. */
export interface Comparison {
  /** The first mismatch, in words; undefined when the run matches. */
  readonly mismatch?: string;
  /** Reference columns that name no variable of the model (not compared, by the rule). */
  readonly missing: readonly string[];
}

/** Undefined when the run matches; otherwise the first mismatch, in words. */
export function compareRun(
  run: Run,
  reference: ReferenceOutput,
  tolerance: Tolerance = TOLERANCE_DEFAULTS,
): string | undefined {
  return compareWithReference(run, reference, tolerance).mismatch;
}

/**
 * Compare every reference variable present in both outputs, as the suites' rule says; the
 * reference columns the model lacks are listed. A reference of which no column is in the
 * model is a mismatch.
 */
export function compareWithReference(
  run: Run,
  reference: ReferenceOutput,
  tolerance: Tolerance = TOLERANCE_DEFAULTS,
): Comparison {
  const rowOf = timeIndex(run.time);
  const rows = reference.time.map((t) => rowOf(t));
  const missingTime = rows.indexOf(-1);
  const missing: string[] = [];
  if (missingTime >= 0) {
    return { mismatch: `the run has no row at time ${reference.time[missingTime]}`, missing };
  }
  let compared = 0;
  for (let c = 0; c < reference.headers.length; c++) {
    const header = reference.headers[c]!;
    const id = foldHeader(header);
    if (IGNORED_COLUMNS.has(id) || /^#.*#$/.test(header)) continue;
    if (!run.has(id)) {
      missing.push(header);
      continue;
    }
    compared += 1;
    const actual = run.series(id);
    const expected = reference.columns[c]!;
    for (let r = 0; r < expected.length; r++) {
      const e = expected[r]!;
      const a = actual[rows[r]!]!;
      if (!close(e, a, tolerance)) {
        return {
          mismatch: `${header} at time ${reference.time[r]}: expected ${e}, got ${a}`,
          missing,
        };
      }
    }
  }
  if (compared === 0 && missing.length > 0) {
    return {
      mismatch: `column ${JSON.stringify(missing[0])} is not a variable of the model`,
      missing,
    };
  }
  return { missing };
}

function close(expected: number, actual: number, tol: Tolerance): boolean {
  if (Number.isNaN(expected)) return true;
  if (expected === actual) return true;
  const difference = Math.abs(actual - expected);
  if (difference <= tol.absolute) return true;
  if (Math.abs(expected) <= tol.referenceAbsolute && Math.abs(actual) <= tol.absolute) return true;
  return difference <= tol.relative * Math.max(Math.abs(expected), Math.abs(actual));
}

/** Row of the run nearest a time, if it lies within half a save step of it; else -1. */
function timeIndex(times: Float64Array): (t: number) => number {
  const step = times.length > 1 ? Math.abs(times[1]! - times[0]!) : 0;
  return (t) => {
    let lo = 0;
    let hi = times.length - 1;
    while (hi - lo > 1) {
      const mid = (lo + hi) >> 1;
      if (times[mid]! < t) lo = mid;
      else hi = mid;
    }
    const best = Math.abs(times[lo]! - t) <= Math.abs(times[hi]! - t) ? lo : hi;
    const off = Math.abs(times[best]! - t);
    const slack = 1e-9 * Math.max(1, Math.abs(t));
    return times.length > 0 && off <= step / 2 + slack ? best : -1;
  };
}
