import { describe, expect, it } from "vitest";
import { compileModel } from "../../src/compile/compile-model.js";
import type { Model } from "../../src/model/types.js";
import { createRunner } from "../../src/simulate/runner.js";
import { simulate } from "../../src/simulate/simulate.js";
import { aux, constant, flow, model, stock } from "../helpers/models.js";

/** A chain of `n` stocks, each draining into the next, with a SMOOTH, a DELAY FIXED and a floor. */
function chain(n: number): Model {
  const variables = [flow("inflow", "10 + step(5, 3)"), constant("k", 3)];
  for (let i = 0; i < n; i++) {
    variables.push(
      stock(`s${i}`, "1", [i === 0 ? "inflow" : `f${i - 1}`], [`f${i}`], {
        nonNegative: i % 3 === 0,
      }),
      flow(`f${i}`, `s${i} / (k + ${i % 5}) + smooth(s${i}, 2) * 0.01`),
    );
  }
  variables.push(aux("late", `delay_fixed(s0, 1.5, 0)`), aux("seen", "previous(late, 1)"));
  return model({ start: 0, stop: 20, dt: 0.25, saveper: 1 }, variables);
}

/** Every value of two runs, bit for bit (NaN and −0 included). */
function expectSameBits(a: ReturnType<typeof simulate>, b: ReturnType<typeof simulate>) {
  expect(Array.from(b.time)).toEqual(Array.from(a.time));
  a.columns.forEach((column, j) => {
    const other = b.columns[j]!;
    for (let i = 0; i < column.length; i++) expect(Object.is(column[i], other[i])).toBe(true);
  });
}

describe("the generated Euler loop", () => {
  // An observer makes `simulate` step with its generic loop (rates to a buffer, then the update).
  const generic = (compiled: ReturnType<typeof compileModel>, options = {}) =>
    simulate(compiled, { ...options, observe: () => {} });

  it.each([3, 150])(
    "gives bit for bit the numbers of the generic loop (chain of %i stocks: locals and array forms)",
    (n) => {
      const compiled = compileModel(chain(n));
      expect(compiled.program.source).toMatch(
        n < 100 ? /let v_0 = v\[0\]/ : /aux\(v, p, t, dt, c\);/,
      );
      expectSameBits(generic(compiled), simulate(compiled));
      expectSameBits(generic(compiled, { saveper: 0.25 }), simulate(compiled, { saveper: 0.25 }));
    },
  );

  it("draws random numbers in the same order as the generic loop", () => {
    const m = model({ start: 0, stop: 10, dt: 0.5 }, [
      stock("level", "0", ["noise"]),
      flow("noise", "random_uniform(0, 1, 0) + smooth(random_normal(-1, 1, 0, 1, 0), 2)"),
    ]);
    const compiled = compileModel(m);
    expectSameBits(generic(compiled, { seed: 3 }), simulate(compiled, { seed: 3 }));
  });

  it("stops at the step where a stock first stops being finite, as the generic loop does", () => {
    const m = model({ start: 0, stop: 10, dt: 1, saveper: 5 }, [
      stock("x", "1", ["grow"]),
      flow("grow", "if_then_else(time >= 3, 1 / 0, 0)"),
    ]);
    const compiled = compileModel(m);
    const message = (f: () => unknown) => {
      try {
        f();
      } catch (error) {
        return (error as Error).message;
      }
      return "no error";
    };
    const fast = message(() => simulate(compiled, { save: ["grow"] }));
    expect(fast).toMatch(/time 4/);
    expect(fast).toBe(message(() => generic(compiled, { save: ["grow"] })));
  });
});

describe("the reusable runner", () => {
  it("re-runs with new parameter values and seeds, giving what simulate gives", () => {
    const compiled = compileModel(chain(4));
    const runner = createRunner(compiled, { save: ["s3", "f1"] });
    for (const k of [2, 3, 7]) {
      const values = runner.defaults.slice();
      values[compiled.parameters.indexOf("k")] = k;
      runner.run(values, 5);
      const run = simulate(compiled, { paramValues: values, seed: 5, save: ["s3", "f1"] });
      expect(runner.variables.map((v) => v.id)).toEqual(["f1", "s3"]); // model order, as simulate
      expectSameBits(run, { time: runner.time, columns: runner.columns } as never);
    }
  });
});
