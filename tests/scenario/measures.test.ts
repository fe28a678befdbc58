import { describe, expect, it } from "vitest";
import { compileModel } from "../../src/compile/compile-model.js";
import type { ModelError } from "../../src/diagnostics/errors.js";
import { applyMeasures } from "../../src/scenario/apply-measures.js";
import { prepareScenarios, runScenarios } from "../../src/scenario/run-scenarios.js";
import { simulate } from "../../src/simulate/simulate.js";
import { expectClose } from "../helpers/close.js";
import { aux, constant, flow, model, stock } from "../helpers/models.js";

// A stock filled by `inflow = rate`, with `rate` a constant and `doubled = 2 * rate`.
const filling = model({ start: 0, stop: 10, dt: 1 }, [
  constant("rate", 10),
  aux("doubled", "2 * rate"),
  flow("inflow", "rate"),
  stock("level", "0", ["inflow"]),
]);

const series = (m: typeof filling, name: string) =>
  Array.from(simulate(compileModel(m)).series(name));

describe("applyMeasures", () => {
  it("adds to a constant from a start time", () => {
    const { model: m } = applyMeasures(filling, [
      { variable: "rate", change: { add: 5 }, from: 4 },
    ]);
    expect(series(m, "rate")).toEqual([10, 10, 10, 10, 15, 15, 15, 15, 15, 15, 15]);
    expect(series(m, "doubled").at(-1)).toBe(30);
  });

  it("ramps a multiplication in over the ramp period, linearly", () => {
    const { model: m } = applyMeasures(filling, [
      { variable: "rate", change: { multiply: 2 }, from: 2, ramp: 4 },
    ]);
    expect(series(m, "rate")).toEqual([10, 10, 10, 12.5, 15, 17.5, 20, 20, 20, 20, 20]);
  });

  it("sets a value between from and until, then returns to the base", () => {
    const { model: m } = applyMeasures(filling, [
      { variable: "rate", change: { set: 0 }, from: 2, until: 5 },
    ]);
    expect(series(m, "rate")).toEqual([10, 10, 0, 0, 0, 10, 10, 10, 10, 10, 10]);
    // The stock integrates what the flow did: 7 steps of 10.
    expect(series(m, "level").at(-1)).toBe(70);
  });

  it("wraps the equation of an auxiliary and applies measures on one variable in order", () => {
    const { model: m } = applyMeasures(filling, [
      { variable: "doubled", change: { multiply: 3 }, from: 1 },
      { variable: "doubled", change: { add: -10 }, from: 2 },
    ]);
    expect(series(m, "doubled").slice(0, 3)).toEqual([20, 60, 50]);
  });

  it("changes the output of a graphical function, not its input", () => {
    const withGf = model({ start: 0, stop: 2, dt: 1 }, [
      aux("x", "time"),
      aux("y", "x", { gf: { x: [0, 2], y: [0, 100] } } as never),
    ]);
    const { model: m } = applyMeasures(withGf, [{ variable: "y", change: { add: 1 }, from: 1 }]);
    expect(series(m, "y")).toEqual([0, 51, 101]);
  });

  it("keeps the id and display name of a measured constant, and moves its value", () => {
    const measured = applyMeasures(filling, [{ variable: "rate", change: { add: 1 }, from: 1 }]);
    expect(measured.moved.get("rate")).toBe("rate_before_measures");
    expect(measured.model.variables.find((v) => v.id === "rate")!.kind).toBe("aux");
    expect(measured.constants[0]).toEqual({
      scale: "measure_rate_1_scale",
      offset: "measure_rate_1_offset",
      from: "measure_rate_1_from",
      ramp: "measure_rate_1_ramp",
      until: "measure_rate_1_until",
    });
  });

  it("refuses stocks and unknown names with a did-you-mean hint", () => {
    const attempt = (variable: string) => {
      try {
        applyMeasures(filling, [{ variable, change: { add: 1 }, from: 1 }]);
      } catch (error) {
        return (error as ModelError).diagnostics[0];
      }
      return undefined;
    };
    expect(attempt("level")).toMatchObject({
      code: "not-measurable",
      path: "measures[0].variable",
    });
    expect(attempt("rat")).toMatchObject({
      code: "unknown-variable",
      hint: "did you mean `rate`?",
    });
  });
});

describe("runScenarios", () => {
  const base = { name: "base" };
  const early = { name: "early", measures: [{ variable: "rate", change: { add: 5 }, from: 2 }] };
  const late = {
    name: "late",
    measures: [{ variable: "rate", change: { multiply: 3 }, from: 8, ramp: 1 }],
  };

  it("compiles once per set of measured variables: sizes and times are parameters", () => {
    const prepared = prepareScenarios(filling, [base, early, late]);
    expect(prepared[1]!.compiled).toBe(prepared[2]!.compiled);
    expect(prepared[0]!.compiled).not.toBe(prepared[1]!.compiled);
    expect(prepared[2]!.params).toMatchObject({
      measure_rate_1_scale: 3,
      measure_rate_1_offset: 0,
      measure_rate_1_from: 8,
      measure_rate_1_ramp: 1,
    });
  });

  it("gives each scenario its own numbers and saves only the model's own variables", () => {
    const runs = runScenarios(filling, [base, early, late]);
    // Euler sums rate(0..9): early has 15 from t = 2; late ramps from 10 at t = 8 to 30 at t = 9.
    expect(runs.map((r) => r.run.final("level"))).toEqual([100, 2 * 10 + 8 * 15, 8 * 10 + 10 + 30]);
    expect(runs[1]!.run.variables.map((v) => v.id)).toEqual(["rate", "doubled", "inflow", "level"]);
  });

  it("sends `set` of a measured constant to its base value, and folds in bases", () => {
    const runs = runScenarios(filling, [
      early,
      { name: "early and low", extends: "early", set: { rate: 1 } },
    ]);
    expect(Array.from(runs[1]!.run.series("rate")).slice(0, 3)).toEqual([1, 1, 6]);
  });

  it("rejects a time outside the run and an until before from, naming the path", () => {
    try {
      runScenarios(filling, [
        { name: "bad", measures: [{ variable: "rate", change: { add: 1 }, from: 12, until: 3 }] },
      ]);
      expect.fail("expected a ModelError");
    } catch (error) {
      const ds = (error as ModelError).diagnostics;
      expect(ds.map((d) => [d.code, d.path])).toEqual([
        ["time-outside-run", "measures[0].from"],
        ["bad-value", "measures[0].until"],
      ]);
    }
  });

  it("replaces graphical functions by name without recompiling", () => {
    const withLookup = model({ start: 0, stop: 1, dt: 1 }, [
      { kind: "lookup", id: "effect", gf: { x: [0, 1], y: [0, 1] } },
      aux("out", "effect(0.5)"),
    ]);
    const runs = runScenarios(withLookup, [
      { name: "base" },
      { name: "steeper", tables: { effect: { x: [0, 1], y: [0, 4] } } },
    ]);
    expectClose(runs[0]!.run.final("out"), 0.5);
    expectClose(runs[1]!.run.final("out"), 2);
  });
});
