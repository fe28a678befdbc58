/**
 * Validation of the trafficking model against data the fit did not see.
 *
 * - Out of sample: the fitted constants are fitted again on 2013–2018 only (from their prior
 *   values, not from the full fit) and the registrations of 2019–2020 are predicted; the error
 *   on the held-out years stands beside the in-sample error of the same fit.
 * - Series the model produces but is never fitted to: registrations by form, by reporting
 *   channel and of minors, the criminal-justice figures other than the fitted OM suspects, the
 *   share of victims seen in 2018–2019, and the trend of the multiple-systems estimates.
 *
 * Every series names its source and says where the model itself uses part of it (the police
 * channel sets the priority loss and the COVID-19 fall), so that no check is read as
 * independent when it is not.
 */

import type { Run } from "../../../src/simulate/run.js";
import { runModel } from "../../../src/simulate/simulate.js";
import {
  justiceFigures,
  registeredVictims,
  validationFigures,
  victimEstimates,
} from "../data/read-data.js";
import { measuredSfd } from "../sfd/historical-baseline.js";
import { type BoundFlag, boundFlags } from "./bound-flags.js";
import { calibrateSfd, HOLDOUT_FIT, priorValues } from "./calibrate-sfd.js";

/** One year of a series: the observed value and the model's. */
export interface ValidationPoint {
  readonly year: number;
  readonly observed: number;
  readonly simulated: number;
}

/** A series compared with the model, with its mean absolute percentage error (a fraction). */
export interface ValidationSeries {
  readonly name: string;
  readonly labels: { readonly nl: string; readonly en: string };
  readonly source: string;
  readonly points: readonly ValidationPoint[];
  readonly mape: number;
  /** Where the model uses part of this series, or how it is compared. */
  readonly note?: string;
}

/** The out-of-sample test. */
export interface Holdout {
  readonly fit: string;
  readonly test: string;
  /** Error on the held-out years. */
  readonly mape: number;
  /** Error of the same fit on the years it saw. */
  readonly inSampleMape: number;
  readonly points: readonly ValidationPoint[];
  readonly parameters: Readonly<Record<string, number>>;
  readonly atBound: readonly BoundFlag[];
}

/** One step between two multiple-systems estimates: the direction of the data and of the model. */
export interface TrendStep {
  readonly from: string;
  readonly to: string;
  readonly observed: "up" | "down";
  readonly simulated: "up" | "down";
  readonly simulatedFrom: number;
  readonly simulatedTo: number;
  readonly agrees: boolean;
  /** Whether the model used both estimates (initial value or level fit), so the step is not independent. */
  readonly usedByModel: boolean;
}

/** The whole validation. */
export interface Validation {
  readonly holdout: Holdout;
  readonly series: readonly ValidationSeries[];
  readonly trend: readonly TrendStep[];
  /** The step 2014–15 → 2018–19 has the sign of the estimates (falling). */
  readonly mseTrendOk: boolean;
}

/** Mean absolute percentage error of points, a fraction. */
export function mapeOf(points: readonly ValidationPoint[]): number {
  if (points.length === 0) return Number.NaN;
  return (
    points.reduce((s, p) => s + Math.abs(p.simulated - p.observed) / Math.abs(p.observed), 0) /
    points.length
  );
}

function series(
  name: string,
  labels: { readonly nl: string; readonly en: string },
  points: readonly ValidationPoint[],
  sources: readonly string[],
  note?: string,
): ValidationSeries {
  const source = [...new Set(sources)].join(" ");
  return {
    name,
    labels,
    source,
    points,
    mape: mapeOf(points),
    ...(note === undefined ? {} : { note }),
  };
}

/** A yearly figure against a model rate at mid-year. */
function midYear(
  run: Run,
  variable: string,
  figures: ReturnType<typeof validationFigures>,
): ValidationPoint[] {
  return figures.map((f) => ({
    year: f.year,
    observed: f.value,
    simulated: run.at(variable, f.year + 0.5),
  }));
}

/** Registrations of calendar year y are the model's `registered_in_year` at y + 1. */
function registrationPoints(run: Run, from: number, to: number): ValidationPoint[] {
  return registeredVictims("nrm")
    .filter((r) => r.year >= from && r.year <= to)
    .map((r) => ({
      year: r.year,
      observed: r.value,
      simulated: run.at("registered_in_year", r.year + 1),
    }));
}

/** Fit on 2013–2018 from the prior values and predict 2019–2020. */
export function holdoutTest(maxEvaluations: number): Holdout {
  const result = calibrateSfd({
    window: HOLDOUT_FIT,
    starts: 1,
    maxEvaluations,
    values: priorValues,
  });
  const run = runModel(measuredSfd({ values: result.parameters }), { saveper: 0.5 });
  const inSample = registrationPoints(run, HOLDOUT_FIT.from, HOLDOUT_FIT.to);
  const test = registrationPoints(run, HOLDOUT_FIT.to + 1, 2020);
  return {
    fit: `${HOLDOUT_FIT.from}-${HOLDOUT_FIT.to}`,
    test: `${HOLDOUT_FIT.to + 1}-2020`,
    mape: mapeOf(test),
    inSampleMape: mapeOf(inSample),
    points: [...inSample, ...test],
    parameters: result.parameters,
    atBound: boundFlags(result.parameters),
  };
}

/** The series the model produces and is not fitted to, against the calibrated run. */
export function validationSeries(run: Run): ValidationSeries[] {
  const f = validationFigures;
  const sourcesOf = (rows: readonly { sources: readonly string[] }[]) =>
    rows.flatMap((r) => r.sources);
  const labourCriminal = f("form_labour_criminal");
  const seen = victimEstimates().filter((e) => e.from === 2018);
  const convictions = justiceFigures("convictions");
  const policeSuspects = justiceFigures("police_om_suspects");
  return [
    series(
      "form_sexual",
      { nl: "registraties seksuele uitbuiting", en: "registrations of sexual exploitation" },
      midYear(run, "registered_by_form_sexual", f("form_sexual")),
      sourcesOf(f("form_sexual")),
      "a victim with more than one form is counted in each",
    ),
    series(
      "form_labour_criminal",
      {
        nl: "registraties arbeids- en criminele uitbuiting",
        en: "registrations of labour and criminal exploitation",
      },
      labourCriminal.map((r) => ({
        year: r.year,
        observed: r.value,
        simulated:
          run.at("registered_by_form_labour", r.year + 0.5) +
          run.at("registered_by_form_criminal", r.year + 0.5),
      })),
      sourcesOf(labourCriminal),
      "2020 counts a victim with more than one form in each",
    ),
    series(
      "minors",
      { nl: "registraties minderjarigen", en: "registrations of minors" },
      midYear(run, "registered_minors", f("minors")),
      sourcesOf(f("minors")),
    ),
    series(
      "channel_police",
      { nl: "meldingen door de politie", en: "reports by the police" },
      midYear(run, "registered_by_channel_police", f("channel_police")),
      sourcesOf(f("channel_police")),
      "the model uses this series for the priority loss (2015–2018) and the COVID-19 fall (2019–2020), so it is not an independent check; sources count reporters, and a victim can have more than one",
    ),
    series(
      "channel_care",
      { nl: "meldingen door zorgorganisaties", en: "reports by care organisations" },
      midYear(run, "registered_by_channel_care", f("channel_care")),
      sourcesOf(f("channel_care")),
      "the GDPR barrier is derived from voluntary reports 2014–2018 (S24, S57), a wider group",
    ),
    series(
      "channel_iszw",
      {
        nl: "meldingen door de Inspectie SZW",
        en: "reports by the Labour Inspectorate (Inspectie SZW)",
      },
      midYear(run, "registered_by_channel_iszw", f("channel_iszw")),
      sourcesOf(f("channel_iszw")),
    ),
    series(
      "channel_kmar",
      { nl: "meldingen door de KMar", en: "reports by the Royal Military Police (KMar)" },
      midYear(run, "registered_by_channel_kmar", f("channel_kmar")),
      sourcesOf(f("channel_kmar")),
    ),
    series(
      "convictions",
      { nl: "veroordelingen", en: "convictions" },
      convictions.map((r) => ({
        year: r.year,
        observed: r.value,
        simulated: run.at("convictions", r.year + 0.5),
      })),
      sourcesOf(convictions),
    ),
    series(
      "police_om_suspects",
      {
        nl: "verdachten via de politie naar het OM",
        en: "suspects sent by the police to the Public Prosecution Service",
      },
      policeSuspects.map((r) => ({
        year: r.year,
        observed: r.value,
        simulated: run.at("om_inflow", r.year + 0.5),
      })),
      sourcesOf(policeSuspects),
      "the model's OM inflow counts all suspects, not only those the police supply",
    ),
    series(
      "share_seen",
      { nl: "aandeel slachtoffers in beeld", en: "share of victims seen" },
      [2018, 2019].map((year) => ({
        year,
        observed: 0.29,
        simulated: run.at("share_seen", year + 0.5),
      })),
      seen.flatMap((e) => e.sources),
      "the sources give 0.25–0.33 (one in three or four); compared with the middle, 0.29",
    ),
  ];
}

/** Mean of the model's total over the years of an estimate (mid-year values). */
function meanTotal(run: Run, from: number, to: number): number {
  let sum = 0;
  for (let y = from; y <= to; y++) sum += run.at("total_victims", y + 0.5);
  return sum / (to - from + 1);
}

/** The direction of the model's total between successive estimates against theirs. */
export function trendSteps(run: Run): TrendStep[] {
  const estimates = victimEstimates().sort((a, b) => a.from - b.from);
  const label = (e: { from: number; to: number }) =>
    e.from === e.to ? `${e.from}` : `${e.from}-${e.to}`;
  // The 2010 estimate sets the initial hidden victims; the 2014–15 estimate is fitted.
  const used = (e: { from: number; to: number }) =>
    e.from === 2010 || (e.from === 2014 && e.to === 2015);
  return estimates.slice(1).map((b, i) => {
    const a = estimates[i]!;
    const simulatedFrom = meanTotal(run, a.from, a.to);
    const simulatedTo = meanTotal(run, b.from, b.to);
    const observed = b.estimate >= a.estimate ? "up" : "down";
    const simulated = simulatedTo >= simulatedFrom ? "up" : "down";
    return {
      from: label(a),
      to: label(b),
      observed,
      simulated,
      simulatedFrom,
      simulatedTo,
      agrees: observed === simulated,
      usedByModel: used(a) && used(b),
    };
  });
}

/** The whole validation of a calibrated run. */
export function validate(run: Run, holdoutEvaluations: number): Validation {
  const trend = trendSteps(run);
  const last = trend.find((t) => t.from === "2014-2015" && t.to === "2018-2019");
  return {
    holdout: holdoutTest(holdoutEvaluations),
    series: validationSeries(run),
    trend,
    mseTrendOk: last?.agrees ?? false,
  };
}
