/**
 * The measure × indicator table of the current choice, as in the report: for each switched-on
 * measure alone and for the choice as a whole, each indicator's value in the table's years and
 * its change against the baseline (the same parameters, no measure).
 */
import type { Run } from "../simulate/run.js";
import type { ExplorerSpec } from "./explorer-spec.js";

/** One cell: an indicator in a year. */
export interface TableCell {
  readonly indicator: string;
  readonly year: number;
  readonly value: number;
  readonly baseline: number;
  /** (value − baseline) / |baseline|; NaN when the baseline is 0. */
  readonly relative: number;
}

/** One row: a measure (or the choice) and its cells, indicator by indicator, year by year. */
export interface TableRow {
  readonly id: string;
  readonly cells: readonly TableCell[];
}

/** The rows of runs named by id, against `baseline`. */
export function measureTable(
  spec: ExplorerSpec,
  rows: readonly { readonly id: string; readonly run: Run }[],
  baseline: Run,
): TableRow[] {
  return rows.map(({ id, run }) => ({
    id,
    cells: spec.indicators.flatMap((ind) =>
      spec.years.map((year) => {
        const value = run.at(ind.id, year);
        const base = baseline.at(ind.id, year);
        return {
          indicator: ind.id,
          year,
          value,
          baseline: base,
          relative: base === 0 ? Number.NaN : (value - base) / Math.abs(base),
        };
      }),
    ),
  }));
}
