import { describe, expect, it } from "vitest";
import { calibrate } from "../../src/calibration/calibrate.js";
import { fitStatistics } from "../../src/calibration/fit-statistics.js";
import { nelderMead } from "../../src/calibration/nelder-mead.js";
import { powell } from "../../src/calibration/powell.js";
import { readObservedData } from "../../src/calibration/read-observed-data.js";
import type { ModelError } from "../../src/diagnostics/errors.js";
import { runModel } from "../../src/simulate/simulate.js";
import { expectClose } from "../helpers/close.js";
import { constant, flow, model, stock } from "../helpers/models.js";

// Logistic growth: the growth rate and the capacity are what calibration should recover.
const logistic = model({ start: 0, stop: 20, dt: 0.25 }, [
  constant("rate", 0.3),
  constant("capacity", 1000, { name: "Carrying Capacity" }),
  flow("growth", "rate * population * (1 - population / capacity)"),
  stock("population", "10", ["growth"]),
]);

// Rosenbrock's valley in the unit cube, minimum at (0.7, 0.49).
const valley = (x: Float64Array) => 100 * (x[1]! - x[0]! ** 2) ** 2 + (0.7 - x[0]!) ** 2;

describe("optimisers", () => {
  it("Nelder–Mead and Powell find the bottom of a curved valley", () => {
    for (const minimise of [nelderMead, powell]) {
      const r = minimise(valley, Float64Array.of(0.1, 0.9), { maxEvaluations: 20_000 });
      expect(Math.abs(r.x[0]! - 0.7)).toBeLessThan(1e-3);
      expect(Math.abs(r.x[1]! - 0.49)).toBeLessThan(2e-3);
    }
  });

  it("keep to the unit cube when the minimum lies outside it", () => {
    const outside = (x: Float64Array) => (x[0]! - 2) ** 2 + (x[1]! + 1) ** 2;
    for (const minimise of [nelderMead, powell]) {
      const r = minimise(outside, Float64Array.of(0.5, 0.5));
      expectClose(r.x[0]!, 1, 1e-6);
      expectClose(r.x[1]!, 0, 1e-6);
    }
  });
});

describe("fitStatistics", () => {
  it("splits the MSE into Theil's bias, variation and covariation, which sum to 1", () => {
    const a = [1, 2, 3, 4];
    const biased = fitStatistics([2, 3, 4, 5], a);
    expect(biased).toMatchObject({ n: 4, mse: 1, r2: 1, theilUm: 1, theilUs: 0, theilUc: 0 });
    expectClose(biased.mape, (1 + 1 / 2 + 1 / 3 + 1 / 4) / 4);
    const wild = fitStatistics([4, 1, 3, 9, 0], [1, 2, Number.NaN, 4, 5]);
    expect(wild.n).toBe(4);
    expectClose(wild.theilUm + wild.theilUs + wild.theilUc, 1, 1e-12);
    expect(Number.isNaN(fitStatistics(a, a).theilUm)).toBe(true);
  });
});

describe("calibrate", () => {
  // Noise-free data generated with rate 0.45 and capacity 800, every second year, with a gap.
  const truth = runModel(logistic, { params: { rate: 0.45, capacity: 800 } });
  const lines = ["time,population"];
  for (let t = 0; t <= 20; t += 2) lines.push(t === 6 ? "6," : `${t},${truth.at("population", t)}`);
  const data = readObservedData(lines.join("\n"), logistic, "obs.csv");

  it("recovers known parameter values from noise-free data to well within 1 %", () => {
    for (const optimizer of ["nelder-mead", "powell"] as const) {
      const result = calibrate(
        logistic,
        data,
        [
          { name: "rate", lo: 0.05, hi: 1 },
          { name: "Carrying Capacity", lo: 100, hi: 5000 },
        ],
        { optimizer, starts: 2 },
      );
      expectClose(result.parameters.rate!, 0.45, 1e-3);
      expectClose(result.parameters.capacity!, 800, 1e-3);
      expect(result.payoff).toBeLessThan(1e-3);
      expect(result.fit.population!.n).toBe(10);
      expect(result.fit.population!.r2).toBeGreaterThan(0.999999);
    }
  });
});

describe("readObservedData", () => {
  const problems = (text: string) => {
    try {
      readObservedData(text, logistic, "obs.csv");
    } catch (error) {
      return (error as ModelError).diagnostics.map((d) => [d.code, d.line, d.column, d.value]);
    }
    return [];
  };

  it("reads gaps, a weight column and variables by display name", () => {
    const d = readObservedData("time,Population,weight\n0,10,2\n1,,\n", logistic);
    expect(d.series[0]!.id).toBe("population");
    expect(Array.from(d.time)).toEqual([0, 1]);
    expect(Number.isNaN(d.series[0]!.values[1]!)).toBe(true);
    expect(Array.from(d.weights)).toEqual([2, 1]);
  });

  it("locates a non-numeric cell, an unknown column and a time outside the run", () => {
    expect(problems("time,populaton\n0,1\n")).toEqual([["unknown-variable", 1, 6, "populaton"]]);
    expect(problems("time,population\n0,1\n2, ten\n30,4\n")).toEqual([
      ["not-a-number", 3, 4, "ten"],
      ["time-outside-run", 4, 1, "30"],
    ]);
  });
});
