import { describe, expect, it } from "vitest";
import { loadModel } from "../../src/io/load-model.js";
import { stockFlow } from "../../src/model/builder.js";
import type { Model } from "../../src/model/types.js";
import { runModel } from "../../src/simulate/simulate.js";

const load = async (name: string) => (await loadModel(`examples/models/${name}`)) as Model;

describe("examples/models", () => {
  it("teacup: Euler steps of Newton cooling, T(n) = 70 + 110 (1 - dt/10)^n", async () => {
    const run = runModel(await load("teacup.json"));
    expect(run.time.length).toBe(241);
    for (const t of [0, 0.125, 10, 30]) {
      const n = Math.round(t / 0.125);
      expect(run.at("teacup_temperature", t)).toBeCloseTo(70 + 110 * (1 - 0.125 / 10) ** n, 9);
    }
    expect(run.at("Heat Loss to Room", 0)).toBeCloseTo(11, 12);
    expect(run.final("teacup_temperature")).toBeCloseTo(75.374, 3);
  });

  it("teacup built with the typed builder runs to the same numbers as the file", async () => {
    const built = stockFlow("Teacup", { start: 0, stop: 30, dt: 0.125 })
      .constant("room_temperature", 70)
      .constant("characteristic_time", 10)
      .flow("heat_loss_to_room", "(teacup_temperature - room_temperature) / characteristic_time")
      .stock("teacup_temperature", { initial: 180, outflows: ["heat_loss_to_room"] })
      .build();
    const fromFile = runModel(await load("teacup.json")).series("teacup_temperature");
    expect(Array.from(runModel(built).series("teacup_temperature"))).toEqual(Array.from(fromFile));
  });

  it("logistic growth: S-shaped, from 5 towards the carrying capacity of 1000", async () => {
    const run = runModel(await load("logistic-growth.json"));
    let p = 5;
    const expected = [p];
    for (let n = 0; n < 100; n++) {
      p += 0.12 * (1 - p / 1000) * p;
      expected.push(p);
    }
    const population = run.series("population");
    expected.forEach((value, n) => {
      expect(population[n]).toBeCloseTo(value, 9);
    });
    expect(run.at("population", 20)).toBeLessThan(100);
    expect(run.final("population")).toBeGreaterThan(990);
    expect(run.final("population")).toBeLessThan(1000);
  });
});

describe("examples/vensim", () => {
  it("registered victims: GET DIRECT DATA from the csv, interpolated, and a macro outflow", async () => {
    const model = (await loadModel("examples/vensim/registered-victims.mdl")) as Model;
    const run = runModel(model, { saveper: 0.0625 });
    // The data at whole years, linear in between, the last value held after 2020.
    expect(run.at("registered per year", 2014)).toBe(1256);
    expect(run.at("registered per year", 2018.5)).toBeCloseTo((668 + 1334) / 2, 9);
    expect(run.at("registered per year", 2022)).toBe(984);
    // One Euler step of the stock: 1000 + dt (1117 - 1000 / 1.5).
    expect(run.at("in care", 2013.0625)).toBeCloseTo(1000 + 0.0625 * (1117 - 1000 / 1.5), 9);
    expect(run.at("leaving care", 2013)).toBeCloseTo(1000 / 1.5, 9);
  });
});

describe("examples/vensim with data given at run time", () => {
  it("care-from-run-data: a data variable read through --data, a macro using TIME STEP$", async () => {
    const model = (await loadModel("examples/vensim/care-from-run-data.mdl", {
      data: ["examples/vensim/nrm-registered.csv"],
    })) as Model;
    const run = runModel(model, { saveper: 0.0625 });
    // The csv's column `registered`, linear between years, the last value held after 2020.
    expect(run.at("registered", 2014)).toBe(1256);
    expect(run.at("registered", 2018.5)).toBeCloseTo((668 + 1334) / 2, 9);
    expect(run.at("registered", 2022)).toBe(984);
    // The macro's MIN(level / residence time, level / TIME STEP$): the first term is smaller.
    expect(run.at("leaving care", 2013)).toBeCloseTo(1000 / 1.5, 9);
    expect(run.at("in care", 2013.0625)).toBeCloseTo(1000 + 0.0625 * (1117 - 1000 / 1.5), 9);
  });

  it("without its data file the model names the data variable and what to give", async () => {
    await expect(loadModel("examples/vensim/care-from-run-data.mdl")).rejects.toThrow(
      /cannot read/,
    );
  });
});
