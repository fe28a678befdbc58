import { describe, expect, it } from "vitest";
import { calibrateSfd, observedData } from "../../../models/mensenhandel/analysis/calibrate-sfd.js";
import { rangeChecks } from "../../../models/mensenhandel/analysis/calibration-analysis.js";
import { registeredVictims } from "../../../models/mensenhandel/data/read-data.js";
import { mensenhandelSfd } from "../../../models/mensenhandel/sfd/sfd-model.js";
import { runModel } from "../../../src/simulate/simulate.js";

const run = runModel(mensenhandelSfd(), { saveper: 0.5 });

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

  it("shows the 2018 dip and the 2019 recovery of registrations", () => {
    const at = (year: number) => run.at("registered_in_year", year + 1);
    expect(at(2018)).toBeLessThan(at(2017));
    expect(at(2019)).toBeGreaterThan(at(2018) * 1.3);
  });

  it("keeps the simulated total inside the ranges of both estimates (2014–15 and 2018–19)", () => {
    const checks = rangeChecks(run);
    expect(checks.map((c) => c.year)).toEqual([2014, 2015, 2018, 2019]);
    for (const c of checks) expect(c.inside, `${c.year}: ${c.simulated}`).toBe(true);
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

  it("refits from the calibrated values without losing the fit", () => {
    const result = calibrateSfd({ starts: 1, maxEvaluations: 40 });
    expect(result.fit.registered_in_year?.mape).toBeLessThanOrEqual(0.15);
    expect(result.evaluations).toBeLessThanOrEqual(40);
  });

  it("reads the CoMensha series as the alternative data file", () => {
    const comensha = registeredVictims("comensha");
    expect(comensha.find((r) => r.year === 2014)?.value).toBe(1561);
    expect(observedData("comensha").series[0]?.values.some((v) => v === 1561)).toBe(true);
  });
});
