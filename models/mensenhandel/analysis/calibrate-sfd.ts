/**
 * Calibration of the trafficking model with the library's `calibrate` (Nelder–Mead in the unit
 * box of the bounds, seeded restarts). The model is the historical baseline (the measures in
 * force before 2021 on, `sfd/historical-baseline.ts`); the fitted constants of
 * `sfd/parameters.ts` are fitted to the registrations of each calendar year in the fit window
 * (the model's `registered_in_year` at year + 1), the OM-registered suspects in the window
 * (`om_inflow` at mid-year) and, weakly, the level of the first multiple-systems estimate
 * (2014–2015, `total_victims` at mid-year). Later estimates and every other series are left for
 * validation (`validation.ts`): the fit never sees them.
 */
import { type CalibrationResult, calibrate } from "../../../src/calibration/calibrate.js";
import type { ObservedData } from "../../../src/calibration/read-observed-data.js";
import { justiceFigures, registeredVictims, victimEstimates } from "../data/read-data.js";
import { measuredSfd } from "../sfd/historical-baseline.js";
import { fittedParameters } from "../sfd/parameters.js";

/** The calendar years whose data a fit may use. */
export interface FitWindow {
  readonly from: number;
  readonly to: number;
}

/** The whole data period: 2013–2020. */
export const FULL_WINDOW: FitWindow = { from: 2013, to: 2020 };

/** The window of the out-of-sample test: fit on 2013–2018, predict 2019–2020. */
export const HOLDOUT_FIT: FitWindow = { from: 2013, to: 2018 };

/** The estimate the fit uses for the level of the dark number: the first, 2014–2015 (S11, S12). */
export const LEVEL_ESTIMATE = { from: 2014, to: 2015 } as const;

/** Options of {@link calibrateSfd}. */
export interface CalibrateSfdOptions {
  /** Registered-victims series; default the NRM's. */
  readonly series?: "nrm" | "comensha";
  readonly window?: FitWindow;
  readonly starts?: number;
  readonly maxEvaluations?: number;
  /** Start from these values (default: each fitted constant's own value, not a previous fit). */
  readonly values?: Readonly<Record<string, number>>;
}

/** Defaults of {@link CalibrateSfdOptions}. */
export const CALIBRATE_SFD_DEFAULTS = {
  series: "nrm",
  window: FULL_WINDOW,
  starts: 3,
  maxEvaluations: 600,
} as const;

/**
 * Weight of the estimate against the registrations: its value is about five times larger, so
 * 1/25 puts a relative error of the total on the scale of one of the registrations, and a
 * further 1/4 makes it a soft constraint.
 */
const ESTIMATE_WEIGHT = 0.01;

/** Weight of the OM suspects: a fifth of the registrations' size, so their relative errors count about as much. */
const SUSPECT_WEIGHT = 4;

/** The prior values of the fitted constants, as `sfd/parameters.ts` states them. */
export const priorValues: Readonly<Record<string, number>> = Object.fromEntries(
  fittedParameters.map((p) => [p.id, p.value]),
);

/**
 * The observed data of a fit window: registrations at year + 1, the level estimate and the
 * suspects at mid-year, gaps as NaN. Nothing after `window.to` is included.
 */
export function observedData(
  series: "nrm" | "comensha" = "nrm",
  window: FitWindow = FULL_WINDOW,
): ObservedData {
  const inWindow = (year: number) => year >= window.from && year <= window.to;
  const registered = registeredVictims(series).filter((r) => inWindow(r.year));
  const estimated = victimEstimates()
    .filter((e) => e.from === LEVEL_ESTIMATE.from && e.to === LEVEL_ESTIMATE.to)
    .flatMap((e) =>
      Array.from({ length: e.to - e.from + 1 }, (_, i) => ({
        time: e.from + i + 0.5,
        value: e.estimate,
      })),
    )
    .filter((e) => inWindow(Math.floor(e.time)));
  const suspects = justiceFigures("om_suspects")
    .filter((r) => inWindow(r.year))
    .map((r) => ({ time: r.year + 0.5, value: r.value }));
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

/** Fit the fitted constants on the historical baseline to the data of a window. */
export function calibrateSfd(options: CalibrateSfdOptions = {}): CalibrationResult {
  const { series, window, starts, maxEvaluations } = { ...CALIBRATE_SFD_DEFAULTS, ...options };
  const model = measuredSfd({ values: { ...priorValues, ...options.values } });
  return calibrate(
    model,
    observedData(series, window),
    fittedParameters.map((p) => ({ name: p.id, lo: p.fit!.lo, hi: p.fit!.hi })),
    {
      starts,
      maxEvaluations,
      seed: 7,
      weights: { total_victims: ESTIMATE_WEIGHT, om_inflow: SUSPECT_WEIGHT },
    },
  );
}
