import { describe, expect, it } from "vitest";
import { flattenArrays } from "../../src/arrays/flatten-arrays.js";
import { compileModel } from "../../src/compile/compile-model.js";
import type { ModelError } from "../../src/diagnostics/errors.js";
import type { Dimension, Model, Variable } from "../../src/model/types.js";
import { runModel } from "../../src/simulate/simulate.js";

const region: Dimension = {
  id: "region",
  elements: ["north", "south", "east"],
  elementNames: ["North", "South", "East"],
};
const age: Dimension = { id: "age", elements: ["minor", "adult"] };

function arrayed(
  variables: Variable[],
  dimensions: Dimension[] = [region, age],
  specs = {},
): Model {
  return {
    kind: "stock-flow",
    dimensions,
    specs: { start: 0, stop: 2, dt: 1, ...specs },
    variables,
  };
}

describe("arrays", () => {
  it("runs an arrayed stock with apply-to-all equations element by element", () => {
    const run = runModel(
      arrayed([
        {
          kind: "stock",
          id: "pop",
          name: "Population",
          dims: ["region"],
          initial: "start[region]",
          inflows: ["births"],
          outflows: [],
        },
        { kind: "flow", id: "births", dims: ["region"], equation: "pop[region] * rate" },
        { kind: "constant", id: "start", dims: ["region"], value: 0, values: [100, 200, 300] },
        { kind: "constant", id: "rate", value: 0.1 },
      ]),
    );
    expect(run.variables.map((v) => v.name).slice(0, 3)).toEqual([
      "Population[North]",
      "Population[South]",
      "Population[East]",
    ]);
    expect(Array.from(run.series("pop[north]"))).toEqual([100, 110, 121]);
    expect(run.final("Population[East]")).toBeCloseTo(363, 10);
    expect(run.series("births[south]")[0]).toBe(20);
  });

  it("lets single elements override the apply-to-all equation (Vensim :EXCEPT:)", () => {
    const run = runModel(
      arrayed([
        {
          kind: "aux",
          id: "x",
          dims: ["region"],
          equation: "1",
          elements: { south: "2", east: "x[south] + 1" },
        },
      ]),
    );
    expect([run.final("x[north]"), run.final("x[south]"), run.final("x[east]")]).toEqual([1, 2, 3]);
  });

  it("reduces over a dimension with sum, prod, min, max, mean, stddev and size", () => {
    const run = runModel(
      arrayed([
        { kind: "constant", id: "v", dims: ["region"], value: 0, values: [2, 4, 9] },
        { kind: "aux", id: "total", equation: "sum(v[region!])" },
        { kind: "aux", id: "product", equation: "prod(v[region!])" },
        { kind: "aux", id: "least", equation: "min(v[region!]) + 10 * vmax(v[region!])" },
        { kind: "aux", id: "average", equation: "mean(v[region!])" },
        { kind: "aux", id: "spread", equation: "stddev(v[region!])" },
        { kind: "aux", id: "count", equation: "size(v[region!])" },
        { kind: "aux", id: "share", dims: ["region"], equation: "v[region] / sum(v[region!])" },
      ]),
    );
    expect(run.final("total")).toBe(15);
    expect(run.final("product")).toBe(72);
    expect(run.final("least")).toBe(92);
    expect(run.final("average")).toBe(5);
    expect(run.final("spread")).toBeCloseTo(
      Math.sqrt(((2 - 5) ** 2 + (4 - 5) ** 2 + (9 - 5) ** 2) / 3),
      12,
    );
    expect(run.final("count")).toBe(3);
    expect(run.final("share[east]")).toBeCloseTo(0.6, 12);
  });

  it("handles two dimensions row-major, with fixed elements and partial reductions", () => {
    const run = runModel(
      arrayed([
        {
          kind: "constant",
          id: "m",
          dims: ["region", "age"],
          value: 0,
          values: [1, 2, 3, 4, 5, 6],
        },
        { kind: "aux", id: "by_region", dims: ["region"], equation: "sum(m[region, age!])" },
        { kind: "aux", id: "adults", equation: "sum(m[region!, adult])" },
        { kind: "aux", id: "twice", dims: ["age", "region"], equation: "m[region, age] * 2" },
      ]),
    );
    expect(run.final("by_region[south]")).toBe(7);
    expect(run.final("adults")).toBe(12);
    expect(run.final("twice[adult,east]")).toBe(12);
  });

  it("binds subranges and mapped dimensions to the current element", () => {
    const north: Dimension = { id: "coast", elements: ["north", "east"], parent: "region" };
    const zone: Dimension = { id: "zone", elements: ["z1", "z2", "z3"], maps: [{ to: "region" }] };
    const run = runModel(
      arrayed(
        [
          { kind: "constant", id: "v", dims: ["region"], value: 0, values: [1, 2, 3] },
          { kind: "aux", id: "coastal", dims: ["coast"], equation: "v[coast] * 10" },
          { kind: "aux", id: "zoned", dims: ["zone"], equation: "v[region] + 100" },
        ],
        [region, north, zone],
      ),
    );
    expect([run.final("coastal[north]"), run.final("coastal[east]")]).toEqual([10, 30]);
    expect([run.final("zoned[z1]"), run.final("zoned[z3]")]).toEqual([101, 103]);
  });

  it("expands stateful builtins per element", () => {
    const run = runModel(
      arrayed(
        [
          { kind: "constant", id: "target", dims: ["region"], value: 0, values: [10, 20, 30] },
          {
            kind: "aux",
            id: "smoothed",
            dims: ["region"],
            equation: "smooth(step(target[region], 1), 2)",
          },
        ],
        [region],
        { stop: 3 },
      ),
    );
    expect(Array.from(run.series("smoothed[south]"))).toEqual([0, 0, 10, 15]);
  });

  it("gives the same numbers as the model written element by element, in contiguous slots", () => {
    const flat = flattenArrays(
      arrayed([
        { kind: "stock", id: "s", dims: ["region"], initial: "1", inflows: ["f"], outflows: [] },
        { kind: "flow", id: "f", dims: ["region"], equation: "s[region] * 0.5" },
      ]),
    );
    expect(flat.variables.map((v) => v.id)).toEqual([
      "s_north",
      "s_south",
      "s_east",
      "f_north",
      "f_south",
      "f_east",
    ]);
    const compiled = compileModel(flat);
    expect(compiled.outputs.filter((o) => o.kind === "stock").map((o) => o.index)).toEqual([
      0, 1, 2,
    ]);
  });

  it("reports unknown subscripts, unbound dimensions and arrays where a number is needed", () => {
    const fails = (variables: Variable[]) => {
      try {
        compileModel(arrayed(variables));
      } catch (error) {
        return (error as ModelError).diagnostics.map((d) => [d.variable, d.code]);
      }
      return [];
    };
    const v: Variable = { kind: "constant", id: "v", dims: ["region"], value: 1 };
    expect(fails([v, { kind: "aux", id: "a", equation: "v[west]" }])).toEqual([
      ["a", "unknown-subscript"],
    ]);
    expect(fails([v, { kind: "aux", id: "b", equation: "v[region]" }])).toEqual([
      ["b", "unbound-dimension"],
    ]);
    expect(fails([v, { kind: "aux", id: "c", equation: "v[region!] + 1" }])).toEqual([
      ["c", "array-where-number"],
    ]);
    expect(fails([v, { kind: "aux", id: "d", dims: ["nowhere"], equation: "1" }])).toEqual([
      ["d", "unknown-dimension"],
    ]);
  });
});
