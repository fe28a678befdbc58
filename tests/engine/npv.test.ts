import { describe, expect, it } from "vitest";
import { readVensim } from "../../src/io/vensim/index.js";
import { runModel } from "../../src/simulate/simulate.js";
import { probe } from "../helpers/models.js";
import { control } from "../io/vensim/mdl.js";

const values = (equation: string, specs = {}) =>
  Array.from(runModel(probe(equation, specs)).series("out"));

function expectAllClose(got: readonly number[], expected: readonly number[]) {
  expect(got).toHaveLength(expected.length);
  for (const [i, v] of got.entries()) expect(v).toBeCloseTo(expected[i]!, 10);
}

describe("NPV (Vensim's definition)", () => {
  it("discounts each step's stream by (1 + r·dt) per step, the current step undiscounted", () => {
    // Σ_{k=0..t} 100 / 1.1^k = 1100 · (1 − 1.1^−(t+1)).
    const expected = [0, 1, 2, 3].map((t) => 1100 * (1 - 1.1 ** -(t + 1)));
    const got = values("npv(100, 0.1, 0, 1)", { stop: 3 });
    expectAllClose(got, expected);
  });
  it("weights the stream by dt, adds the initial value and multiplies by the factor", () => {
    // dt = 0.5: (10 + Σ_{k=0..n} 100 · 0.5 / 1.05^k) · 2 = (10 + 1050 · (1 − 1.05^−(n+1))) · 2.
    const got = values("npv(100, 0.1, 10, 2)", { stop: 2, dt: 0.5 });
    const expected = [0, 1, 2, 3, 4].map((n) => (10 + 1050 * (1 - 1.05 ** -(n + 1))) * 2);
    expectAllClose(got, expected);
  });
  it("follows a stream that changes over time", () => {
    // stream = time: 0 + 1/1.1 + 2/1.21 at time 2.
    expect(values("npv(time, 0.1, 0, 1)", { stop: 2 })[2]).toBeCloseTo(1 / 1.1 + 2 / 1.21, 12);
  });
  it("NPVE discounts the first step too: Σ_{k=1..t+1} 100 / 1.1^k", () => {
    const expected = [0, 1, 2].map((t) => 1000 * (1 - 1.1 ** -(t + 1)));
    expectAllClose(values("npve(100, 0.1, 0, 1)", { stop: 2 }), expected);
  });
  it("is read from Vensim", () => {
    const text = `{UTF-8}
cash = 100 ~~|
value = NPV(cash, 0.1, 0, 1) ~~|
end value = NPVE(cash, 0.1, 0, 1) ~~|
${control(2)}`;
    const run = runModel(readVensim(text, { file: "npv.mdl" }));
    expect(run.series("value")[2]).toBeCloseTo(100 + 100 / 1.1 + 100 / 1.21, 10);
    expect(run.series("end_value")[1]).toBeCloseTo(100 / 1.1 + 100 / 1.21, 10);
  });
});
