import { describe, expect, it } from "vitest";
import { compileModel } from "../../src/compile/compile-model.js";
import { runModel, simulate } from "../../src/simulate/simulate.js";
import { expectClose } from "../helpers/close.js";
import { aux, model, probe } from "../helpers/models.js";

/** Erlang-n step response: the fraction of a unit step that has come through after s time units. */
function erlang(n: number, tau: number, s: number): number {
  if (s <= 0) return 0;
  const x = (n * s) / tau;
  let term = 1;
  let sum = 1;
  for (let i = 1; i < n; i++) {
    term *= x / i;
    sum += term;
  }
  return 1 - Math.exp(-x) * sum;
}

const fine = { start: 0, stop: 20, dt: 1 / 256, saveper: 0.5 };
const stepInput = [aux("input", "step(10, 2)")];

describe("delays and smooths match their textbook responses to a step", () => {
  const cases: [string, number][] = [
    ["smooth(input, 4)", 1],
    ["delay1(input, 4)", 1],
    ["smooth3(input, 4)", 3],
    ["delay3(input, 4)", 3],
    ["smooth_n(input, 4, 0, 5)", 5],
    ["delay_n(input, 4, 0, 5)", 5],
  ];
  for (const [equation, order] of cases) {
    it(`${equation} follows the order-${order} exponential (Erlang) response`, () => {
      const run = runModel(probe(equation, fine, stepInput));
      run.time.forEach((t, i) => {
        expect(Math.abs(run.series("out")[i]! - 10 * erlang(order, 4, t - 2))).toBeLessThan(0.02);
      });
    });
  }

  it("DELAY FIXED of 5 reproduces the input exactly 5 time units later", () => {
    const run = runModel(
      model({ start: 0, stop: 20, dt: 0.125 }, [
        aux("input", "sin(time) + step(3, 2)"),
        aux("out", "delay_fixed(input, 5, 42)"),
      ]),
    );
    const input = run.series("input");
    const out = run.series("out");
    run.time.forEach((t, i) => {
      if (t < 5) expect(out[i]).toBe(42);
      else expect(out[i]).toBe(input[i - 40]);
    });
  });

  it("DELAY FIXED starts at the input's initial value when no initial value is given", () => {
    const run = runModel(probe("delay_fixed(time + 7, 2)", { stop: 4 }));
    expect(Array.from(run.series("out"))).toEqual([7, 7, 7, 8, 9]);
  });

  it("DELAY MATERIAL with a constant delay is a pipeline, and conserves material when the delay varies", () => {
    const constant = runModel(probe("delay_material(step(4, 1), 3, 0)", { stop: 8 }));
    expect(Array.from(constant.series("out"))).toEqual([0, 0, 0, 0, 4, 4, 4, 4, 4]);
    const varying = runModel(
      model({ start: 0, stop: 40, dt: 0.25 }, [
        aux("input", "pulse(1, 2) * 8"),
        aux("delay", "1 + time / 4"),
        aux("out", "delay_material(input, delay, 0)"),
      ]),
    );
    const sum = (xs: Float64Array) => xs.reduce((a, b) => a + b, 0) * 0.25;
    expectClose(sum(varying.series("out")), sum(varying.series("input")), 1e-12);
  });

  it("TREND of exponential growth settles at the growth rate; FORECAST extrapolates with it", () => {
    const run = runModel(
      model({ start: 0, stop: 60, dt: 1 / 64 }, [
        aux("input", "exp(0.1 * time)"),
        aux("tr", "trend(input, 2, 0)"),
        aux("fc", "forecast(input, 2, 5)"),
      ]),
    );
    expectClose(run.final("tr"), 0.1, 2e-3);
    expectClose(run.final("fc"), run.final("input") * (1 + run.final("tr") * 5), 1e-12);
  });

  it("TREND starts at its initial trend", () => {
    const run = runModel(probe("trend(5 + time, 2, 0.25)", { stop: 1 }));
    expectClose(run.series("out")[0]!, 0.25, 1e-12);
  });
});

describe("memories", () => {
  it("PREVIOUS gives the value one dt ago, and its initial value at the start", () => {
    const run = runModel(probe("previous(time * 2, -1)", { stop: 3, dt: 0.5 }));
    expect(Array.from(run.series("out"))).toEqual([-1, 0, 1, 2, 3, 4, 5]);
  });

  it("INITIAL holds the value at the start time", () => {
    const run = runModel(probe("initial(time + 5)", { start: 3, stop: 6 }));
    expect(Array.from(run.series("out"))).toEqual([8, 8, 8, 8]);
  });

  it("SAMPLE IF TRUE takes the input when the condition holds and keeps it otherwise", () => {
    const run = runModel(probe("sample_if_true(modulo(time, 3) == 0, time * 10, -1)", { stop: 7 }));
    expect(Array.from(run.series("out"))).toEqual([0, 0, 0, 30, 30, 30, 60, 60]);
  });

  it("ACTIVE INITIAL uses the initial equation only while initialising, which breaks an initial loop", () => {
    const run = runModel(
      model({ stop: 2 }, [
        { kind: "stock", id: "capacity", initial: "target", inflows: ["build"], outflows: [] },
        { kind: "flow", id: "build", equation: "1" },
        aux("target", "active_initial(capacity * 2, 100)"),
      ]),
    );
    expect(Array.from(run.series("capacity"))).toEqual([100, 101, 102]);
    expect(Array.from(run.series("target"))).toEqual([200, 202, 204]);
  });
});

describe("warnings where Vensim and Stella disagree", () => {
  it("warns when a stage of a material delay is shorter than dt", () => {
    const run = runModel(probe("delay3(step(1, 1), 1)", { stop: 2, dt: 0.5 }));
    expect(run.warnings.map((w) => [w.code, w.variable])).toEqual([["delay-below-dt", "out"]]);
    expect(run.warnings[0]!.value).toBe(String(1 / 3));
  });

  it("warns when DELAY FIXED is shorter than dt, and takes it as one dt", () => {
    const run = runModel(probe("delay_fixed(time, 0.25, -1)", { stop: 3 }));
    expect(run.warnings.map((w) => w.code)).toEqual(["delay-below-dt"]);
    expect(Array.from(run.series("out"))).toEqual([-1, 0, 1, 2]);
  });

  it("warns at compile time about DELAY N with a delay time that changes", () => {
    const run = runModel(probe("delay_n(step(1, 1), 2 + time / 10, 0, 4)", { stop: 2, dt: 0.125 }));
    expect(run.warnings.map((w) => w.code)).toEqual(["varying-delay-time"]);
    const steady = runModel(probe("delay_n(step(1, 1), 2, 0, 4)", { stop: 2, dt: 0.125 }));
    expect(steady.warnings).toEqual([]);
  });
});

describe("structure fixed at the start", () => {
  it("reads a SMOOTH N order that depends on time at the start of the run", () => {
    const varying = runModel(
      probe("smooth_n(step(1, 1), 2, 0, order)", { stop: 6, dt: 0.125 }, [
        aux("order", "2 + step(1, 1)"),
      ]),
    );
    const fixed = runModel(probe("smooth_n(step(1, 1), 2, 0, 2)", { stop: 6, dt: 0.125 }));
    expect(Array.from(varying.series("out"))).toEqual(Array.from(fixed.series("out")));
  });
});

describe("DELAY N whose delay time is less than order × dt (Vensim reduces the order)", () => {
  const specs = { stop: 3, dt: 0.5 };
  // Input −1 from the start, initial output 6, delay 1.25 at dt 0.5: order 3 would need 1.5,
  // so the order becomes floor(1.25 / 0.5) = 2 with stages of 0.625 holding 6 × 0.625 = 3.75.
  // Euler by hand: s1 ← s1 + dt·(−1 − s1/0.625), s2 ← s2 + dt·(s1/0.625 − s2/0.625),
  // output s2/0.625: 6, 6, 1.52, −0.272, −0.8096 at t = 0 … 2.
  it("runs order 3 with delay 1.25 at dt 0.5 as order 2, and warns", () => {
    const run = runModel(probe("delay_n(input, 1.25, 6, 3)", specs, [aux("input", "-1")]));
    const expected = [6, 6, 1.52, -0.272, -0.8096];
    expected.forEach((y, i) => {
      expectClose(run.series("out")[i]!, y, 1e-12);
    });
    expect(run.warnings.map((w) => w.code)).toContain("delay-order-reduced");
  });

  it("keeps the order when the delay time is exactly order × dt: a pure delay of 1.5", () => {
    const run = runModel(probe("delay_n(input, 1.5, 6, 3)", specs, [aux("input", "-1")]));
    expect(Array.from(run.series("out").subarray(0, 5))).toEqual([6, 6, 6, -1, -1]);
    expect(run.warnings.map((w) => w.code)).not.toContain("delay-order-reduced");
  });

  it("reads a delay time given through dt at the start (delay = 2.5 × dt)", () => {
    const run = runModel(
      probe("delay_n(input, k * dt, 6, 3)", specs, [aux("input", "-1"), aux("k", "2.5")]),
    );
    expectClose(run.series("out")[2]!, 1.52, 1e-12);
  });

  it("fits the order to the run's dt, and a model compiled for another dt refuses to run", () => {
    const m = probe("delay_n(input, 1.25, 6, 3)", specs, [aux("input", "-1")]);
    // at dt 0.25 order 3 fits (1.25 ≥ 0.75): no reduction, unlike at the model's dt 0.5
    expect(runModel(m, { dt: 0.25 }).warnings.map((w) => w.code)).not.toContain(
      "delay-order-reduced",
    );
    expect(() => simulate(compileModel(m), { dt: 0.25 })).toThrow(
      /its DELAY N has order 2, fitted to the delay time 1.25 at TIME STEP 0.5; at dt 0.25 the order is 3/,
    );
    // a dt at which the fitted order is the same runs
    expect(() => simulate(compileModel(m), { dt: 0.625 })).not.toThrow();
  });

  it("never goes below order 1", () => {
    const run = runModel(probe("delay_n(input, 0.25, 6, 4)", specs, [aux("input", "-1")]));
    const w = run.warnings.find((d) => d.code === "delay-order-reduced");
    expect(w?.message).toBe(
      "delay_n: the delay time 0.25 is less than order 4 × dt 0.5; the order is reduced to 1, as Vensim does",
    );
  });
});
