/**
 * The calibration part of the analysis: a short refit from the calibrated values, the fit per
 * year against the NRM series, and whether the simulated totals lie inside the ranges of the
 * multiple-systems estimates.
 */
import type { CalibrationResult } from "../../../src/calibration/calibrate.js";
import type { Run } from "../../../src/simulate/run.js";
import { runModel } from "../../../src/simulate/simulate.js";
import { justiceFigures, registeredVictims, victimEstimates } from "../data/read-data.js";
import { measuredSfd } from "../sfd/historical-baseline.js";
import { calibratedValues } from "../sfd/sfd-model.js";
import { type BoundFlag, boundFlags } from "./bound-flags.js";
import { calibrateSfd } from "./calibrate-sfd.js";

/** A year of an estimate range against the simulated total. */
export interface RangeCheck {
  readonly year: number;
  readonly simulated: number;
  readonly low: number;
  readonly high: number;
  readonly inside: boolean;
}

/** A criminal-justice figure of the data file against the model (mid-year). */
export interface JusticeRow {
  readonly indicator: string;
  readonly year: number;
  readonly observed: number;
  readonly simulated: number;
}

/** The model variable each criminal-justice indicator of the data file compares with. */
export const JUSTICE_VARIABLES = {
  om_suspects: "om_inflow",
  police_om_suspects: "om_inflow",
  convictions: "convictions",
} as const;

/** Every criminal-justice figure of the data file against the run (validation, not fitted but for OM suspects). */
export function justiceRows(run: Run): JusticeRow[] {
  return Object.entries(JUSTICE_VARIABLES).flatMap(([indicator, variable]) =>
    justiceFigures(indicator).map((r) => ({
      indicator,
      year: r.year,
      observed: r.value,
      simulated: run.at(variable, r.year + 0.5),
    })),
  );
}

/** What the calibration part reports. */
export interface CalibrationAnalysis {
  readonly result: CalibrationResult;
  /** Mean absolute percentage error on the NRM series, a fraction. */
  readonly mape: number;
  /** The calibrated run (the model at the fitted values). */
  readonly run: Run;
  readonly fitRows: readonly { year: number; observed: number; simulated: number }[];
  readonly ranges: readonly RangeCheck[];
  readonly rangesOk: boolean;
  readonly justice: readonly JusticeRow[];
  /** Fitted constants that ended at a bound. */
  readonly atBound: readonly BoundFlag[];
}

/** Simulated totals (mid-year) against every year of every estimate range. */
export function rangeChecks(run: Run): RangeCheck[] {
  return victimEstimates().flatMap((e) =>
    e.range === undefined
      ? []
      : Array.from({ length: e.to - e.from + 1 }, (_, i) => {
          const year = e.from + i;
          const simulated = run.at("total_victims", year + 0.5);
          const { low, high } = e.range!;
          return { year, simulated, low, high, inside: simulated >= low && simulated <= high };
        }),
  );
}

/**
 * Refit briefly on 2013–2020 (one start from the calibrated values of `data/calibrated.json`,
 * which a longer fit wrote) and measure the fit, on the historical baseline.
 */
export function calibrationAnalysis(maxEvaluations = 150): CalibrationAnalysis {
  const result = calibrateSfd({ starts: 1, maxEvaluations, values: calibratedValues });
  const run = runModel(measuredSfd({ values: result.parameters }), { saveper: 0.25 });
  const fitRows = registeredVictims("nrm").map((r) => ({
    year: r.year,
    observed: r.value,
    simulated: run.at("registered_in_year", r.year + 1),
  }));
  const mape =
    fitRows.reduce((s, r) => s + Math.abs(r.simulated - r.observed) / r.observed, 0) /
    fitRows.length;
  const ranges = rangeChecks(run);
  return {
    result,
    mape,
    run,
    fitRows,
    ranges,
    rangesOk: ranges.every((r) => r.inside),
    justice: justiceRows(run),
    atBound: boundFlags(result.parameters),
  };
}
