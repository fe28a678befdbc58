/**
 * Calibration of the trafficking model with the library's `calibrate` (Nelder–Mead in the unit
 * box of the bounds, seeded restarts): the fitted constants of `sfd/parameters.ts` against the
 * registrations of each calendar year (the model's `registered_in_year` at year + 1) and,
 * weakly, the multiple-systems estimates of the total (the model's `total_victims` at mid-year
 * of each estimated year), and the OM-registered suspects (`om_inflow` at mid-year), which
 * tell the police's loss of capacity in 2015–2017 apart from the loss of visibility. The
 * registrations decide the fit; the estimates keep the dark number in range.
 */
import { type CalibrationResult, calibrate } from "../../../src/calibration/calibrate.js";
import type { ObservedData } from "../../../src/calibration/read-observed-data.js";
import { justiceFigures, registeredVictims, victimEstimates } from "../data/read-data.js";
import { fittedParameters } from "../sfd/parameters.js";
import { mensenhandelSfd } from "../sfd/sfd-model.js";

/** Options of {@link calibrateSfd}. */
export interface CalibrateSfdOptions {
  /** Registered-victims series; default the NRM's. */
  readonly series?: "nrm" | "comensha";
  readonly starts?: number;
  readonly maxEvaluations?: number;
  /** Start from these values instead of the calibrated ones. */
  readonly values?: Readonly<Record<string, number>>;
}

/** Defaults of {@link CalibrateSfdOptions}. */
export const CALIBRATE_SFD_DEFAULTS = { series: "nrm", starts: 3, maxEvaluations: 600 } as const;

/**
 * Weight of the estimates against the registrations: their values are about five times larger,
 * so 1/25 puts a relative error of the total on the scale of one of the registrations, and a
 * further 1/4 makes them a soft constraint.
 */
const ESTIMATE_WEIGHT = 0.01;

/** Weight of the OM suspects: a fifth of the registrations' size, so their relative errors count about as much. */
const SUSPECT_WEIGHT = 4;

/** The observed data: registrations at year + 1, estimates and suspects at mid-year, gaps as NaN. */
export function observedData(series: "nrm" | "comensha" = "nrm"): ObservedData {
  const registered = registeredVictims(series).filter((r) => r.year >= 2011 && r.year <= 2020);
  const estimated = victimEstimates()
    .filter((e) => e.range !== undefined)
    .flatMap((e) =>
      Array.from({ length: e.to - e.from + 1 }, (_, i) => ({
        time: e.from + i + 0.5,
        value: e.estimate,
      })),
    );
  const suspects = justiceFigures("om_suspects").map((r) => ({
    time: r.year + 0.5,
    value: r.value,
  }));
  const times = [
    ...new Set([
      ...registered.map((r) => r.year + 1),
      ...estimated.map((e) => e.time),
      ...suspects.map((s) => s.time),
    ]),
  ].sort((a, b) => a - b);
  const column = (pairs: readonly { time: number; value: number }[]) =>
    Float64Array.from(times, (t) => pairs.find((p) => p.time === t)?.value ?? Number.NaN);
  return {
    time: Float64Array.from(times),
    series: [
      {
        id: "registered_in_year",
        values: column(registered.map((r) => ({ time: r.year + 1, value: r.value }))),
      },
      { id: "total_victims", values: column(estimated) },
      { id: "om_inflow", values: column(suspects) },
    ],
    weights: new Float64Array(times.length).fill(1),
  };
}

/** Fit the fitted constants; the result's `fit.registered_in_year.mape` is the headline. */
export function calibrateSfd(options: CalibrateSfdOptions = {}): CalibrationResult {
  const { series, starts, maxEvaluations } = { ...CALIBRATE_SFD_DEFAULTS, ...options };
  const model = mensenhandelSfd(options.values === undefined ? {} : { values: options.values });
  return calibrate(
    model,
    observedData(series),
    fittedParameters.map((p) => ({ name: p.id, lo: p.fit!.lo, hi: p.fit!.hi })),
    {
      starts,
      maxEvaluations,
      seed: 7,
      weights: { total_victims: ESTIMATE_WEIGHT, om_inflow: SUSPECT_WEIGHT },
    },
  );
}
