import { describe, expect, it } from "vitest";
import { runModel } from "../../src/simulate/simulate.js";
import { expectClose } from "../helpers/close.js";
import { constant, flow, model, stock } from "../helpers/models.js";

/** dy/dt = −k·y with y(0) = 1. */
const decay = (k: number, dt: number, stop: number, method: "euler" | "rk2" | "rk4") =>
  runModel(
    model({ start: 0, stop, dt, method }, [
      stock("y", "1", [], ["decay"]),
      flow("decay", "k * y"),
      constant("k", k),
    ]),
  );

describe("integrators", () => {
  it("Euler on exponential decay equals the closed-form Euler recurrence y_n = (1 − k·dt)^n", () => {
    const run = decay(0.3, 0.25, 10, "euler");
    run.time.forEach((t, i) => {
      expectClose(run.series("y")[i]!, (1 - 0.3 * 0.25) ** Math.round(t / 0.25), 1e-12);
    });
  });

  it("RK4 on dy/dt = −y is within 1e-8 of e^−t at dt 0.125", () => {
    const run = decay(1, 0.125, 10, "rk4");
    expect(Math.abs(run.final("y") - Math.exp(-10))).toBeLessThan(1e-8);
    // On the way, the error is the classical bound: relative error ≈ t·dt⁴/120 (leading term).
    run.time.forEach((t, i) => {
      const relative = Math.abs(run.series("y")[i]! / Math.exp(-t) - 1);
      expect(relative).toBeLessThanOrEqual((1.2 * t * 0.125 ** 4) / 120 + 1e-15);
    });
  });

  it("halving dt cuts RK4's error by about 16, RK2's by about 4 and Euler's by about 2", () => {
    const error = (method: "euler" | "rk2" | "rk4", dt: number) =>
      Math.abs(decay(1, dt, 2, method).final("y") - Math.exp(-2));
    const ratio = (method: "euler" | "rk2" | "rk4", dt: number) =>
      error(method, dt) / error(method, dt / 2);
    expect(ratio("rk4", 0.25)).toBeGreaterThan(14);
    expect(ratio("rk4", 0.25)).toBeLessThan(18);
    expect(ratio("rk2", 0.125)).toBeGreaterThan(3.6);
    expect(ratio("rk2", 0.125)).toBeLessThan(4.4);
    expect(ratio("euler", 0.0625)).toBeGreaterThan(1.9);
    expect(ratio("euler", 0.0625)).toBeLessThan(2.1);
  });

  it("saves every saveper and computes auxiliaries from the stocks of the same time", () => {
    const run = runModel(
      model({ start: 0, stop: 2, dt: 0.25, saveper: 0.5 }, [
        stock("s", "0", ["inflow"]),
        flow("inflow", "1"),
      ]),
    );
    expect(Array.from(run.time)).toEqual([0, 0.5, 1, 1.5, 2]);
    expect(Array.from(run.series("s"))).toEqual([0, 0.5, 1, 1.5, 2]);
  });

  it("takes method, dt, start and stop from the options over the sim specs", () => {
    const run = runModel(
      model({ start: 0, stop: 10, dt: 1 }, [stock("s", "0", ["f"]), flow("f", "time")]),
      {
        start: 2,
        stop: 4,
        dt: 0.5,
      },
    );
    expect(Array.from(run.time)).toEqual([2, 2.5, 3, 3.5, 4]);
    expect(run.final("s")).toBeCloseTo(0.5 * (2 + 2.5 + 3 + 3.5), 12);
  });
});

describe("non-negative stocks and flows", () => {
  it("limits outflows that carry material on, in priority order, so that material is conserved", () => {
    const run = runModel(
      model({ start: 0, stop: 3, dt: 1 }, [
        stock("s", "10", ["fill"], ["first", "second"], { nonNegative: true }),
        stock("a", "0", ["first"]),
        stock("b", "0", ["second"]),
        flow("fill", "2"),
        flow("first", "7"),
        flow("second", "7"),
      ]),
    );
    // t0: 10 + 2 − 7 − 5 (second cut to 5) = 0; then 0 + 2 − 2 − 0 = 0.
    expect(Array.from(run.series("s"))).toEqual([10, 0, 0, 0]);
    expect(Array.from(run.series("first"))).toEqual([7, 2, 2, 2]);
    expect(Array.from(run.series("second"))).toEqual([5, 0, 0, 0]);
    expect(run.final("a") + run.final("b") + run.final("s")).toBe(10 + 3 * 2);
  });

  it("floors a non-negative stock at zero and reports outflows into clouds as computed", () => {
    const run = runModel(
      model({ start: 0, stop: 4, dt: 1 }, [
        stock("s", "5", [], ["drain"], { nonNegative: true }),
        stock("t", "5", [], ["drain"]),
        flow("drain", "3"),
      ]),
    );
    expect(Array.from(run.series("s"))).toEqual([5, 2, 0, 0, 0]);
    expect(Array.from(run.series("t"))).toEqual([5, 2, -1, -4, -7]);
    expect(Array.from(run.series("drain"))).toEqual([3, 3, 3, 3, 3]);
  });

  it("clamps a uniflow at zero", () => {
    const run = runModel(
      model({ start: 0, stop: 2, dt: 1 }, [
        stock("s", "0", ["f"]),
        flow("f", "1 - time", { nonNegative: true }),
      ]),
    );
    expect(Array.from(run.series("f"))).toEqual([1, 0, 0]);
  });
});
