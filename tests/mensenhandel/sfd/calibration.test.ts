import { describe, expect, it } from "vitest";
import {
  calibrateSfd,
  HOLDOUT_FIT,
  observedData,
} from "../../../models/mensenhandel/analysis/calibrate-sfd.js";
import { rangeChecks } from "../../../models/mensenhandel/analysis/calibration-analysis.js";
import { registeredVictims } from "../../../models/mensenhandel/data/read-data.js";
import { measuredSfd } from "../../../models/mensenhandel/sfd/historical-baseline.js";
import { fittedParameters } from "../../../models/mensenhandel/sfd/parameters.js";
import { calibratedValues } from "../../../models/mensenhandel/sfd/sfd-model.js";
import { runModel } from "../../../src/simulate/simulate.js";

const run = runModel(measuredSfd(), { saveper: 0.5 });

/** MAPE of the model's registrations per calendar year against a series. */
function mape(series: "nrm" | "comensha", from = 2013, to = 2020): number {
  const rows = registeredVictims(series).filter((r) => r.year >= from && r.year <= to);
  const errors = rows.map(
    (r) => Math.abs(run.at("registered_in_year", r.year + 1) - r.value) / r.value,
  );
  return errors.reduce((a, b) => a + b, 0) / errors.length;
}

describe("the calibrated model", () => {
  it("fits the NRM series 2013–2020 within a MAPE of 15 %", () => {
    expect(registeredVictims("nrm").map((r) => r.year)).toEqual([
      2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020,
    ]);
    expect(mape("nrm")).toBeLessThanOrEqual(0.15);
  });

  it("checks the simulated total against every year of every estimate range, whatever the outcome", () => {
    const checks = rangeChecks(run);
    expect(checks.map((c) => c.year)).toEqual([2014, 2015, 2018, 2019]);
    for (const c of checks) expect(c.inside).toBe(c.simulated >= c.low && c.simulated <= c.high);
  });

  it("puts registrations at year + 1, estimates and OM suspects at mid-year in the observed data", () => {
    const data = observedData();
    const column = (id: string) => data.series.find((s) => s.id === id)!.values;
    const index = (t: number) => data.time.indexOf(t);
    expect(column("registered_in_year")[index(2019)]).toBe(668);
    expect(column("total_victims")[index(2014.5)]).toBe(6250);
    expect(column("om_inflow")[index(2017.5)]).toBe(144);
    expect(Number.isNaN(column("total_victims")[index(2019)]!)).toBe(true);
  });

  it("fits the level of the first estimate only: the 2018–19 estimate is left for validation", () => {
    const data = observedData();
    const totals = [...data.series.find((s) => s.id === "total_victims")!.values].filter(
      (v) => !Number.isNaN(v),
    );
    expect(totals).toEqual([6250, 6250]);
  });

  it("gives the out-of-sample fit no data after 2018", () => {
    const data = observedData("nrm", HOLDOUT_FIT);
    expect(Math.max(...data.time)).toBeLessThanOrEqual(2019);
    const values = data.series.flatMap((s) => [...s.values]);
    for (const unseen of [1334, 984]) expect(values).not.toContain(unseen);
    const registrations = data.series.find((s) => s.id === "registered_in_year")!;
    const seen = [...registrations.values].filter((v) => !Number.isNaN(v));
    expect(seen).toEqual([1117, 1256, 1150, 952, 958, 668]);
  });

  it("refits from the calibrated values without losing the fit", () => {
    const result = calibrateSfd({ starts: 1, maxEvaluations: 40, values: calibratedValues });
    expect(result.fit.registered_in_year?.mape).toBeLessThanOrEqual(0.15);
    // Nelder–Mead may finish a shrink (one evaluation per fitted constant) past the budget.
    expect(result.evaluations).toBeLessThanOrEqual(40 + fittedParameters.length);
  });

  it("reads the CoMensha series as the alternative data file", () => {
    const comensha = registeredVictims("comensha");
    expect(comensha.find((r) => r.year === 2014)?.value).toBe(1561);
    expect(observedData("comensha").series[0]?.values.some((v) => v === 1561)).toBe(true);
  });
});
