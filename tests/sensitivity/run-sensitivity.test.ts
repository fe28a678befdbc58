import { describe, expect, it } from "vitest";
import { SimulationError } from "../../src/diagnostics/errors.js";
import { runSensitivity } from "../../src/sensitivity/run-sensitivity.js";
import { tornado } from "../../src/sensitivity/tornado.js";
import { expectClose } from "../helpers/close.js";
import { aux, constant, flow, model, stock } from "../helpers/models.js";

// level(t) = growth · t + noise: the final level is 10 · growth + 10 · noise_scale · mean(random).
const drift = model({ start: 0, stop: 10, dt: 1 }, [
  constant("growth", 1),
  constant("noise_scale", 0),
  constant("ignored", 5),
  flow("inflow", "growth + noise_scale * random()"),
  stock("level", "0", ["inflow"]),
  aux("twice", "2 * level"),
]);
const uniform = (lo: number, hi: number) => ({ kind: "uniform" as const, lo, hi });

describe("runSensitivity", () => {
  it("summarises each variable per time; with growth ~ U(0, 2) the final level is ~ U(0, 20)", async () => {
    const result = await runSensitivity(drift, [{ name: "growth", distribution: uniform(0, 2) }], {
      runs: 400,
      sampling: "lhs",
      variables: ["level"],
    });
    expect(Object.keys(result.variables)).toEqual(["level"]);
    expect(Array.from(result.time)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    const level = result.variables.level!;
    // Latin hypercube: the sample quantiles of a uniform are within a stratum of the true ones.
    expectClose(level.mean[10]!, 10, 0.01);
    expectClose(level.p05[10]!, 1, 0.06);
    expectClose(level.p50[10]!, 10, 0.01);
    expectClose(level.p95[10]!, 19, 0.01);
    expect(level.p95[0]).toBe(0);
  });

  it("gives bit-identical numbers with one worker and with two, random builtins included", async () => {
    const parameters = [
      { name: "growth", distribution: uniform(0, 2) },
      { name: "noise_scale", distribution: { kind: "normal" as const, mean: 1, sd: 0.5 } },
    ];
    const options = { runs: 37, sampling: "mc" as const, seed: 11 };
    const one = await runSensitivity(drift, parameters, { ...options, workers: 1 });
    const two = await runSensitivity(drift, parameters, { ...options, workers: 2 });
    expect(Object.keys(two.variables)).toEqual(["inflow", "level", "twice"]);
    expect(two.variables).toEqual(one.variables);
    expect(two.design).toEqual(one.design);
    expect(one.variables.level!.p95[10]).not.toBe(one.variables.level!.p05[10]);
  });

  it("stops with a SimulationError that names the run, in this thread and from a worker", async () => {
    const broken = model({ start: 0, stop: 2, dt: 1 }, [
      constant("k", 2), // fine at its own value, broken at every sampled one
      aux("ratio", "1 / (k - 1)"),
    ]);
    const parameters = [{ name: "k", distribution: { kind: "discrete" as const, values: [1] } }];
    for (const workers of [1, 2]) {
      const attempt = runSensitivity(broken, parameters, { runs: 4, workers });
      await expect(attempt).rejects.toThrow(SimulationError);
      await expect(attempt).rejects.toThrow(
        /simulation stopped at time 0: ratio is Infinity \(run \d of the study: division by zero or overflow\)/,
      );
    }
  });

  it("refuses an unknown parameter with a suggestion", async () => {
    await expect(
      runSensitivity(drift, [{ name: "growht", distribution: uniform(0, 1) }]),
    ).rejects.toThrow(/"growht" is not a constant of the model \(did you mean `growth`\?\)/);
  });
});

describe("tornado", () => {
  it("ranks parameters by the swing of the outcome between their 5th and 95th percentiles", () => {
    const result = tornado(
      drift,
      [
        { name: "ignored", distribution: uniform(0, 100) },
        { name: "growth", distribution: uniform(0, 2) },
      ],
      { outcome: "level" },
    );
    expect(result.base).toBe(10);
    expect(result.bars.map((b) => b.parameter)).toEqual(["growth", "ignored"]);
    expectClose(result.bars[0]!.lowOutcome, 1);
    expectClose(result.bars[0]!.highOutcome, 19);
    expectClose(result.bars[0]!.swing, 18);
    expect(result.bars[1]!.swing).toBe(0);
  });
});
