import { describe, expect, it } from "vitest";
import { compileModel } from "../../src/compile/compile-model.js";
import { ModelError, SimulationError } from "../../src/diagnostics/errors.js";
import { runModel, simulate } from "../../src/simulate/simulate.js";
import { aux, constant, flow, model, probe, stock } from "../helpers/models.js";

const values = (equation: string, specs = {}) =>
  Array.from(runModel(probe(equation, specs)).series("out"));

describe("test inputs", () => {
  it("STEP is 0 before its time and the height from then on", () => {
    expect(values("step(5, 2)", { stop: 4 })).toEqual([0, 0, 5, 5, 5]);
  });
  it("RAMP rises with its slope from the start and holds after the end", () => {
    expect(values("ramp(2, 1, 3)", { stop: 5 })).toEqual([0, 0, 2, 4, 4, 4]);
    expect(values("ramp(2, 1)", { stop: 3 })).toEqual([0, 0, 2, 4]);
  });
  it("PULSE is 1 for its width from its start (at least one dt)", () => {
    expect(values("pulse(1, 2)", { stop: 5 })).toEqual([0, 1, 1, 0, 0, 0]);
    expect(values("pulse(2, 0)", { stop: 4, dt: 0.5 })).toEqual([0, 0, 0, 0, 1, 0, 0, 0, 0]);
  });
  it("PULSE TRAIN repeats the pulse every interval until the end", () => {
    expect(values("pulse_train(1, 1, 3, 7)", { stop: 10 })).toEqual([
      0, 1, 0, 0, 1, 0, 0, 1, 0, 0, 0,
    ]);
  });
  it("XMILE PULSE puts magnitude/dt in one dt, repeating every interval", () => {
    expect(values("xpulse(4, 1, 2)", { stop: 5, dt: 0.5 })).toEqual([
      0, 0, 8, 0, 0, 0, 8, 0, 0, 0, 8,
    ]);
    expect(values("xpulse(3, 2)", { stop: 4 })).toEqual([0, 0, 3, 0, 0]);
  });
  it("reads the clock: time, dt, start, stop and save period", () => {
    const run = runModel(
      model({ start: 2, stop: 4, dt: 0.5, saveper: 1 }, [
        aux(
          "clock",
          "time + 100 * dt + 1000 * initial_time + 10000 * final_time + 100000 * saveper",
        ),
      ]),
    );
    expect(Array.from(run.series("clock"))).toEqual([142052, 142053, 142054]);
  });
});

describe("math", () => {
  it("computes MODULO floored, INT as floor, INTEGER truncating, ROUND halves away from zero", () => {
    expect(
      values("modulo(-7, 3) + 10 * int(-2.5) + 100 * integer(-2.5) + 1000 * round(-2.5)", {
        stop: 0,
      }),
    ).toEqual([2 - 30 - 200 - 3000]);
  });
  it("XIDZ and ZIDZ guard division by zero", () => {
    expect(values("xidz(1, 0, 7) + zidz(1, 0) + zidz(6, 3)", { stop: 0 })).toEqual([9]);
  });
  it("if_then_else evaluates only the chosen branch", () => {
    expect(values("if_then_else(time > 1, 1 / (time - 1), -1)", { stop: 3 })).toEqual([
      -1, -1, 1, 0.5,
    ]);
  });
  it("logic gives 1 and 0", () => {
    expect(
      values("(1 < 2) + (2 <= 1) * 10 + (not 0) * 100 + (1 and 0) * 1000 + (0 or 3) * 10000", {
        stop: 0,
      }),
    ).toEqual([10101]);
  });
});

describe("graphical functions", () => {
  const gfModel = (type: "continuous" | "extrapolate" | "discrete") =>
    model({ start: -1, stop: 4, dt: 0.5 }, [
      aux("out", "time", { gf: { type, x: [0, 1, 3], y: [0, 10, 10.5] } } as never),
    ]);
  it("interpolate and clamp (continuous)", () => {
    expect(Array.from(runModel(gfModel("continuous")).series("out"))).toEqual([
      0, 0, 0, 5, 10, 10.125, 10.25, 10.375, 10.5, 10.5, 10.5,
    ]);
  });
  it("extrapolate from the end segments (extrapolate)", () => {
    const out = Array.from(runModel(gfModel("extrapolate")).series("out"));
    expect(out[0]).toBe(-10);
    expect(out.at(-1)).toBeCloseTo(10.75, 12);
  });
  it("step to the next lower point (discrete)", () => {
    expect(Array.from(runModel(gfModel("discrete")).series("out"))).toEqual([
      0, 0, 0, 0, 10, 10, 10, 10, 10.5, 10.5, 10.5,
    ]);
  });
  it("stand-alone lookups are called like functions, and a run can replace them", () => {
    const m = model({ stop: 2 }, [
      { kind: "lookup", id: "effect", gf: { xscale: { min: 0, max: 2 }, y: [1, 3, 5] } },
      aux("out", "effect(time)"),
    ]);
    expect(Array.from(runModel(m).series("out"))).toEqual([1, 3, 5]);
    const replaced = runModel(m, { tables: { Effect: { x: [0, 2], y: [0, 0] } } });
    expect(Array.from(replaced.series("out"))).toEqual([0, 0, 0]);
  });
});

describe("parameters and randomness", () => {
  it("changes constants between runs without recompiling", () => {
    const compiled = compileModel(
      model({ stop: 3 }, [
        stock("s", "0", ["f"]),
        flow("f", "rate"),
        constant("rate", 2),
        aux("five", "5"),
      ]),
    );
    expect(compiled.parameters).toEqual(["rate", "five"]);
    expect(simulate(compiled).final("s")).toBe(6);
    expect(simulate(compiled, { params: { rate: 3 } }).final("s")).toBe(9);
    expect(simulate(compiled, { paramValues: Float64Array.of(-1, 5) }).final("s")).toBe(-3);
  });

  it("draws random numbers from the run's seed: the same seed gives the same run", () => {
    const m = model({ stop: 50 }, [
      aux("u", "random(2, 4)"),
      aux("n", "normal(10, 2)"),
      aux("e", "exprnd(3)"),
      aux("k", "poisson(4)"),
      aux("big", "poisson(200)"),
      aux("tri", "triangular(0, 1, 4)"),
      aux("ln", "lognormal(5, 1)"),
      aux("tn", "random_normal(0, 12, 10, 5, 1)"),
    ]);
    const a = runModel(m, { seed: 7 });
    const b = runModel(m, { seed: 7 });
    const c = runModel(m, { seed: 8 });
    for (const v of ["u", "n", "e", "k", "big", "tri", "ln", "tn"]) {
      expect(Array.from(a.series(v))).toEqual(Array.from(b.series(v)));
      expect(Array.from(a.series(v))).not.toEqual(Array.from(c.series(v)));
    }
    expect(a.series("u").every((x) => x >= 2 && x < 4)).toBe(true);
    expect(a.series("k").every((x) => Number.isInteger(x) && x >= 0)).toBe(true);
    expect(a.series("tn").every((x) => x >= 0 && x <= 12)).toBe(true);
  });
});

describe("errors", () => {
  it("reports every problem of a model at once, located, with did-you-mean", () => {
    const m = model({}, [
      aux("alpha", "alpah + 1"),
      aux("beta", "max(1)"),
      aux("gamma", "sqrt(1, 2)"),
      stock("s", "0", ["nope"]),
    ]);
    let error: unknown;
    try {
      compileModel(m);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ModelError);
    const diagnostics = (error as ModelError).diagnostics;
    expect(diagnostics.map((d) => [d.variable, d.code])).toEqual(
      expect.arrayContaining([
        ["alpha", "unknown-name"],
        ["gamma", "wrong-arity"],
      ]),
    );
    const unknown = diagnostics.find((d) => d.variable === "alpha")!;
    expect(unknown.column).toBe(1);
    expect(unknown.hint).toContain("alpha");
  });

  it("names every variable of an algebraic loop", () => {
    const m = model({}, [aux("a", "b + 1"), aux("b", "c"), aux("c", "a * 2"), aux("d", "a")]);
    expect(() => compileModel(m)).toThrowError(/algebraic loop: .*a.*b.*c/);
  });

  it("reports a missing flow of a stock", () => {
    expect(() => compileModel(model({}, [stock("s", "0", ["nope"])]))).toThrowError(
      /flow that does not exist: nope/,
    );
  });

  it("stops a run at a division by zero with the variable, the time and the value", () => {
    const m = model({ stop: 5 }, [stock("s", "1", ["f"]), flow("f", "s / (2 - time)")]);
    let error: unknown;
    try {
      runModel(m);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(SimulationError);
    expect(error).toMatchObject({ variable: "f", time: 2, value: Number.POSITIVE_INFINITY });
  });

  it("never executes equation text: hostile equations are unknown names or syntax errors", () => {
    for (const equation of [
      "constructor",
      "__proto__",
      "process.exit(1)",
      "this.constructor.constructor('return process')()",
      'a"b\\\\c',
      "toString()",
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a template literal is the hostile input
      "`${1}`",
    ]) {
      expect(() => compileModel(probe(equation))).toThrowError(ModelError);
    }
  });
});

describe("limits", () => {
  it("refuses a DELAY N order beyond 1000 and a pipeline beyond ten million steps", () => {
    expect(() => compileModel(probe("delay_n(time, 5, 0, 913186)"))).toThrowError(
      /order .* from 1 to 1000/,
    );
    expect(() => runModel(probe("delay_fixed(time, 1e9, 0)", { dt: 0.001 }))).toThrowError(
      SimulationError,
    );
  });

  it("reads array builtins of a single number as that number", () => {
    expect(
      values("sum(time) + 10 * vmax(2) + 100 * size(5) + 1000 * stddev(3)", { stop: 1 }),
    ).toEqual([120, 121]);
  });
});
