import { describe, expect, it } from "vitest";
import {
  holdoutTest,
  mapeOf,
  trendSteps,
  validationSeries,
} from "../../../models/mensenhandel/analysis/validation.js";
import { DATA_FILES, readDataRows } from "../../../models/mensenhandel/data/read-data.js";
import { measuredSfd } from "../../../models/mensenhandel/sfd/historical-baseline.js";
import { sources } from "../../../models/mensenhandel/sources.js";
import { runModel } from "../../../src/simulate/simulate.js";

const known: ReadonlySet<string> = new Set<string>(sources.map((s) => s.id));
const run = runModel(measuredSfd(), { saveper: 0.25 });

describe("the validation of the trafficking model", () => {
  it("reads only figures that cite a known source", () => {
    for (const file of Object.keys(DATA_FILES) as (keyof typeof DATA_FILES)[]) {
      for (const row of readDataRows(file)) {
        const ids = (row.source ?? "").split(/\s+/).filter((s) => s.length > 0);
        expect(ids.length, `${file}: ${JSON.stringify(row)}`).toBeGreaterThan(0);
        for (const id of ids) expect(known.has(id), `${file}: ${id}`).toBe(true);
      }
    }
  });

  it("compares every series with the model at the data's own years and computes its error from them", () => {
    const series = validationSeries(run);
    expect(series.map((s) => s.name)).toEqual(
      expect.arrayContaining(["form_sexual", "minors", "channel_police", "share_seen"]),
    );
    for (const s of series) {
      expect(s.points.length, s.name).toBeGreaterThan(0);
      for (const id of s.source.split(" ")) expect(known.has(id), `${s.name}: ${id}`).toBe(true);
      expect(s.mape).toBe(mapeOf(s.points));
    }
    const police = series.find((s) => s.name === "channel_police")!;
    expect(police.points.find((p) => p.year === 2020)?.simulated).toBe(
      run.at("registered_by_channel_police", 2020.5),
    );
    expect(police.note).toMatch(/not an independent check/);
  });

  it("predicts 2019–2020 from a fit that ends in 2018, and reports both errors", () => {
    const holdout = holdoutTest(8);
    expect(holdout.fit).toBe("2013-2018");
    const inSample = holdout.points.filter((p) => p.year <= 2018);
    const test = holdout.points.filter((p) => p.year > 2018);
    expect(test.map((p) => p.year)).toEqual([2019, 2020]);
    expect(holdout.mape).toBe(mapeOf(test));
    expect(holdout.inSampleMape).toBe(mapeOf(inSample));
  });

  it("reads the trend of the estimates from the run, agreeing or not", () => {
    const steps = trendSteps(run);
    expect(steps.map((s) => `${s.from}>${s.to}`)).toEqual([
      "2010>2012",
      "2012>2014-2015",
      "2014-2015>2018-2019",
    ]);
    for (const s of steps) {
      expect(s.simulated).toBe(s.simulatedTo >= s.simulatedFrom ? "up" : "down");
      expect(s.agrees).toBe(s.simulated === s.observed);
    }
    expect(steps[2]?.observed).toBe("down");
  });
});
