import { describe, expect, it } from "vitest";
import { compileModel } from "../../src/compile/compile-model.js";
import type { ModelError } from "../../src/diagnostics/errors.js";
import type { Dimension, Model, Variable } from "../../src/model/types.js";
import { runModel } from "../../src/simulate/simulate.js";

const region: Dimension = { id: "region", elements: ["north", "south", "east"] };
const age: Dimension = { id: "age", elements: ["minor", "adult"] };
const coast: Dimension = { id: "coast", elements: ["north", "east"], parent: "region" };

// m[region, age] = 1 2 / 3 4 / 5 6, w[region] = 10 20 30, k[age] = 100 1000.
const data: Variable[] = [
  { kind: "constant", id: "m", dims: ["region", "age"], value: 0, values: [1, 2, 3, 4, 5, 6] },
  { kind: "constant", id: "w", dims: ["region"], value: 0, values: [10, 20, 30] },
  { kind: "constant", id: "k", dims: ["age"], value: 0, values: [100, 1000] },
];

function model(variables: Variable[]): Model {
  return {
    kind: "stock-flow",
    dimensions: [region, age, coast],
    specs: { start: 0, stop: 1, dt: 1 },
    variables: [...data, ...variables],
  };
}

describe("arrays of different shapes combine by dimension name", () => {
  it("runs a 2-D array and a 1-D array together along their shared dimension", () => {
    const run = runModel(
      model([
        { kind: "aux", id: "s", dims: ["age"], equation: "sum(m[region!, age] * w[region!])" },
        { kind: "aux", id: "p", dims: ["age"], equation: "prod(m[region!, age] + w[region!])" },
        {
          kind: "aux",
          id: "low",
          dims: ["age"],
          equation: "vmin(m[region!, age] - 0.1 * w[region!])",
        },
      ]),
    );
    // minor: 1·10 + 3·20 + 5·30; adult: 2·10 + 4·20 + 6·30.
    expect([run.final("s[minor]"), run.final("s[adult]")]).toEqual([220, 280]);
    // minor: 11·23·35; adult: 12·24·36.
    expect([run.final("p[minor]"), run.final("p[adult]")]).toEqual([8855, 10368]);
    // adult: min(2 − 1, 4 − 2, 6 − 3).
    expect(run.final("low[adult]")).toBeCloseTo(1, 12);
  });

  it("broadcasts a 1-D array over the axis only the other array has", () => {
    const run = runModel(
      model([
        { kind: "aux", id: "weighted", equation: "sum(m[region!, age!] * k[age!])" },
        { kind: "aux", id: "swapped", equation: "sum(k[age!] * m[region!, age!])" },
        { kind: "aux", id: "outer", equation: "sum(w[region!] * k[age!])" },
        { kind: "aux", id: "grid", equation: "sum(w[region!] + k[age!])" },
        { kind: "aux", id: "biggest", equation: "vmax(m[region!, age!] * k[age!])" },
      ]),
    );
    // 100·(1 + 3 + 5) + 1000·(2 + 4 + 6)
    expect(run.final("weighted")).toBe(12900);
    expect(run.final("swapped")).toBe(12900);
    // (10 + 20 + 30)·(100 + 1000)
    expect(run.final("outer")).toBe(66000);
    // Σ over 3 × 2 cells of w + k: 2·60 + 3·1100
    expect(run.final("grid")).toBe(3420);
    expect(run.final("biggest")).toBe(6000);
  });

  it("takes partial reductions with a fixed element, a subrange or inside an arrayed equation", () => {
    const run = runModel(
      model([
        { kind: "aux", id: "adult_w", equation: "sum(m[region!, adult] * w[region!])" },
        { kind: "aux", id: "coastal", dims: ["age"], equation: "sum(m[coast!, age] * 2)" },
        {
          kind: "aux",
          id: "share",
          dims: ["region", "age"],
          equation: "m[region, age] / sum(m[region!, age])",
        },
        {
          kind: "aux",
          id: "choice",
          dims: ["age"],
          equation: "vmax(if_then_else(time > 5, m[region!, age], w[region!]))",
        },
      ]),
    );
    expect(run.final("adult_w")).toBe(280);
    // minor: (1 + 5)·2; adult: (2 + 6)·2
    expect([run.final("coastal[minor]"), run.final("coastal[adult]")]).toEqual([12, 16]);
    expect(run.final("share[east,adult]")).toBeCloseTo(6 / 12, 12);
    expect(run.final("share[north,minor]")).toBeCloseTo(1 / 9, 12);
    expect(run.final("choice[minor]")).toBe(30);
  });

  it("reads a matrix transposed by naming its dimensions the other way round", () => {
    const run = runModel(
      model([
        { kind: "aux", id: "mt", dims: ["age", "region"], equation: "m[region, age]" },
        { kind: "aux", id: "back", dims: ["region"], equation: "sum(mt[age!, region] * k[age!])" },
      ]),
    );
    expect(run.final("mt[adult,north]")).toBe(2);
    expect(run.final("mt[minor,east]")).toBe(5);
    // south: 3·100 + 4·1000
    expect(run.final("back[south]")).toBe(4300);
  });

  it("reports arrays combined along one dimension with different elements", () => {
    let codes: (string | undefined)[][] = [];
    try {
      compileModel(
        model([
          { kind: "constant", id: "c", dims: ["coast"], value: 0, values: [1, 2] },
          { kind: "aux", id: "bad", equation: "sum(c[region!] * w[region!])" },
        ]),
      );
    } catch (error) {
      codes = (error as ModelError).diagnostics.map((d) => [d.variable, d.code, d.value]);
    }
    expect(codes).toEqual([["bad", "array-shape", "region"]]);
  });
});
