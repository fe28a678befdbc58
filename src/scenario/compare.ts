/**
 * Comparing scenario runs: each variable at each chosen time in each scenario, with the
 * absolute and relative difference against the base scenario (the first run unless named).
 */

import { expectArray, expectOptions } from "../diagnostics/check-argument.js";
import { UsageError } from "../diagnostics/errors.js";
import { canonicalId } from "../model/canonical.js";
import type { ScenarioRun } from "./run-scenarios.js";

/** Options of {@link compare}. */
export interface CompareOptions {
  /** Variables by id or display name; default: every variable saved by the base run. */
  readonly variables?: readonly string[];
  /** Times to report; default: the start and the end of the base run. */
  readonly times?: readonly number[];
  /** Name of the base scenario; default: the first run. */
  readonly base?: string;
}

/** One variable at one time in one scenario, against the base. */
export interface ComparisonRow {
  readonly scenario: string;
  readonly variable: string;
  readonly time: number;
  readonly value: number;
  readonly base: number;
  /** value − base. */
  readonly difference: number;
  /** (value − base) / |base|; null when the base is 0. */
  readonly relative: number | null;
}

/** Rows ordered by variable, then time, then scenario (in the order of the runs). */
export function compare(
  runs: readonly ScenarioRun[],
  options: CompareOptions = {},
): ComparisonRow[] {
  expectArray("compare", "runs", runs);
  expectOptions("compare", options, { variables: "array", times: "array", base: "string" });
  const base = options.base === undefined ? runs[0] : runs.find((r) => r.name === options.base);
  if (base === undefined) {
    throw new UsageError(
      runs.length === 0
        ? "compare: no runs"
        : `compare: no scenario named ${JSON.stringify(options.base)}`,
    );
  }
  const variables = options.variables ?? base.run.variables.map((v) => v.id);
  const time = base.run.time;
  const times = options.times ?? [time[0]!, time[time.length - 1]!];
  const first = time[0]!;
  const last = time[time.length - 1]!;
  for (const t of times) {
    if (!(t >= first - 1e-9 && t <= last + 1e-9))
      throw new UsageError(`compare: time ${t} is outside the run ${first}..${last}`);
  }
  const rows: ComparisonRow[] = [];
  for (const name of variables) {
    base.run.series(name); // a UsageError when the base run did not save it
    const key = canonicalId(name);
    const id = base.run.variables.find((v) => v.id === key || canonicalId(v.name) === key)!.id;
    for (const t of times) {
      const b = base.run.at(name, t);
      for (const { name: scenario, run } of runs) {
        const value = run.at(name, t);
        const difference = value - b;
        rows.push({
          scenario,
          variable: id,
          time: t,
          value,
          base: b,
          difference,
          relative: b === 0 ? null : difference / Math.abs(b),
        });
      }
    }
  }
  return rows;
}
