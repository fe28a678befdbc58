import { describe, expect, it } from "vitest";
import { flattenArrays } from "../../src/arrays/flatten-arrays.js";
import type { ModelError } from "../../src/diagnostics/errors.js";
import { xmileFunction } from "../../src/io/xmile/xmile-functions.js";
import type { Dimension, Model, Variable } from "../../src/model/types.js";
import { runModel } from "../../src/simulate/simulate.js";
import { mdl, read } from "../io/vensim/mdl.js";

const region: Dimension = { id: "region", elements: ["north", "south", "east"] };
const age: Dimension = { id: "age", elements: ["minor", "adult"] };
const item: Dimension = { id: "item", elements: ["i1", "i2", "i3", "i4"] };
// A second range for sorted places, mapped onto item (Vensim `place : (p1-p4) -> item`).
const place: Dimension = {
  id: "place",
  elements: ["p1", "p2", "p3", "p4"],
  maps: [{ to: "item" }],
};

function model(variables: Variable[], stop = 0): Model {
  return {
    kind: "stock-flow",
    dimensions: [region, age, item, place],
    specs: { start: 0, stop, dt: 1 },
    variables,
  };
}

const values = (run: ReturnType<typeof runModel>, id: string, elements: string[]) =>
  elements.map((e) => run.final(`${id}[${e}]`));

function problems(m: Model): string[] {
  try {
    flattenArrays(m);
    return [];
  } catch (e) {
    return (e as ModelError).diagnostics.map((d) => `${d.code}: ${d.message}`);
  }
}

describe("vector_select", () => {
  const sel: Variable = {
    kind: "constant",
    id: "sel",
    dims: ["region"],
    value: 0,
    values: [1, 0, 2],
  };
  const val: Variable = {
    kind: "constant",
    id: "val",
    dims: ["region"],
    value: 0,
    values: [3, 5, 7],
  };

  it("follows a numerical action that changes over time", () => {
    const run = runModel(
      model(
        [
          sel,
          val,
          {
            kind: "aux",
            id: "out",
            equation: "vector_select(sel[region!], val[region!], -1, time, 0)",
          },
        ],
        4,
      ),
    );
    // t = 0 sum of s·e, 1 product of s·e, 2 min, 3 max, 4 mean of s·e (3 and 14).
    expect(Array.from(run.series("out"))).toEqual([17, 42, 3, 14, 8.5]);
  });

  it("gives the missing value when nothing is selected", () => {
    const run = runModel(
      model([
        { kind: "constant", id: "none", dims: ["region"], value: 0 },
        val,
        {
          kind: "aux",
          id: "out",
          equation: "vector_select(none[region!], val[region!], -12345, 0, 0)",
        },
      ]),
    );
    expect(run.final("out")).toBe(-12345);
  });

  it("selects along one dimension per element of another", () => {
    const run = runModel(
      model([
        // m[region, age]: rows (1,0), (0,1), (2,3)
        {
          kind: "constant",
          id: "m",
          dims: ["region", "age"],
          value: 0,
          values: [1, 0, 0, 1, 2, 3],
        },
        { kind: "constant", id: "w", dims: ["age"], value: 0, values: [10, 100] },
        {
          kind: "aux",
          id: "out",
          dims: ["region"],
          equation: "vector_select(m[region, age!], w[age!], 0, 0, 0)",
        },
      ]),
    );
    expect(values(run, "out", ["north", "south", "east"])).toEqual([10, 100, 320]);
  });

  it("combines every pair when the two arrays have different dimensions", () => {
    const run = runModel(
      model([
        sel,
        { kind: "constant", id: "w", dims: ["age"], value: 0, values: [10, 100] },
        { kind: "aux", id: "out", equation: "vector_select(sel[region!], w[age!], 0, 0, 0)" },
      ]),
    );
    // Σ over (region, age) of sel·w = (1 + 0 + 2)·(10 + 100)
    expect(run.final("out")).toBe(330);
  });

  it("stops the run, naming the variable, on an error action", () => {
    const m = model([
      sel,
      val,
      { kind: "aux", id: "out", equation: "vector_select(sel[region!], val[region!], 0, 0, 2)" },
    ]);
    expect(() => runModel(m)).toThrow(/out is NaN/);
  });
});

describe("vector_elm_map", () => {
  const v: Variable = { kind: "constant", id: "v", dims: ["region"], value: 0, values: [2, 4, 9] };

  it("reads the element at a computed offset from the base element", () => {
    const run = runModel(
      model([
        v,
        { kind: "constant", id: "k", dims: ["region"], value: 0, values: [2, 0, 1] },
        {
          kind: "aux",
          id: "out",
          dims: ["region"],
          equation: "vector_elm_map(v[north], k[region])",
        },
        { kind: "aux", id: "fixed", equation: "vector_elm_map(v[south], 1)" },
      ]),
    );
    expect(values(run, "out", ["north", "south", "east"])).toEqual([9, 2, 4]);
    expect(run.final("fixed")).toBe(9);
  });

  it("counts offsets over every element of a 2-D variable, row-major", () => {
    const run = runModel(
      model([
        {
          kind: "constant",
          id: "m",
          dims: ["region", "age"],
          value: 0,
          values: [1, 2, 3, 4, 5, 6],
        },
        { kind: "aux", id: "out", equation: "vector_elm_map(m[north, minor], 3 + time)" },
      ]),
    );
    // offset 3 from m[north,minor] is m[south,adult] = 4
    expect(run.final("out")).toBe(4);
  });

  it("reads the previous element with offset -1, out of range only where not evaluated", () => {
    const run = runModel(
      model([
        v,
        {
          kind: "aux",
          id: "prev",
          dims: ["region"],
          equation: "if_then_else(v[region] == 2, -1, vector_elm_map(v[region], -1))",
        },
      ]),
    );
    expect(values(run, "prev", ["north", "south", "east"])).toEqual([-1, 2, 4]);
    const outside = model([v, { kind: "aux", id: "out", equation: "vector_elm_map(v[east], 1)" }]);
    expect(() => runModel(outside)).toThrow(/out is NaN/);
  });

  it("stops the run when a varying offset leaves the variable", () => {
    const m = model([v, { kind: "aux", id: "out", equation: "vector_elm_map(v[south], time)" }], 2);
    expect(() => runModel(m)).toThrow(/out is NaN/);
  });
});

describe("vector_sort_order, vector_rank and vector_reorder", () => {
  // 5, 3, 8, 3 over item: the two 3s tie, the earlier (i2) first.
  const x: Variable = { kind: "constant", id: "x", dims: ["item"], value: 0, values: [5, 3, 8, 3] };

  it("sorts into a mapped range, ranks, and reorders by the sort order", () => {
    const run = runModel(
      model([
        x,
        { kind: "aux", id: "order", dims: ["place"], equation: "vector_sort_order(x[item], 1)" },
        { kind: "aux", id: "down", dims: ["place"], equation: "vector_sort_order(x[item], 0)" },
        { kind: "aux", id: "rank", dims: ["item"], equation: "vector_rank(x[item], 1)" },
        { kind: "aux", id: "rankdown", dims: ["item"], equation: "vector_rank(x[item], 0)" },
        {
          kind: "aux",
          id: "sorted",
          dims: ["place"],
          equation: "vector_reorder(x[item], order[place])",
        },
      ]),
    );
    const places = ["p1", "p2", "p3", "p4"];
    const items = ["i1", "i2", "i3", "i4"];
    expect(values(run, "order", places)).toEqual([1, 3, 0, 2]);
    expect(values(run, "down", places)).toEqual([2, 0, 1, 3]);
    expect(values(run, "rank", items)).toEqual([3, 1, 4, 2]);
    expect(values(run, "rankdown", items)).toEqual([2, 3, 1, 4]);
    expect(values(run, "sorted", places)).toEqual([3, 3, 5, 8]);
  });

  it("works over the last subscript only, row by row", () => {
    const run = runModel(
      model([
        {
          kind: "constant",
          id: "m",
          dims: ["region", "age"],
          value: 0,
          values: [1, 2, 9, 4, 5, 5],
        },
        {
          kind: "aux",
          id: "r",
          dims: ["region", "age"],
          equation: "vector_rank(m[region, age], 1)",
        },
      ]),
    );
    expect(values(run, "r", ["north,minor", "north,adult", "south,minor", "south,adult"])).toEqual([
      1, 2, 2, 1,
    ]);
    expect(values(run, "r", ["east,minor", "east,adult"])).toEqual([1, 2]);
  });

  it("rejects an argument that is not an arrayed variable", () => {
    const found = problems(
      model([x, { kind: "aux", id: "r", dims: ["item"], equation: "vector_rank(x[item] * 2, 1)" }]),
    );
    expect(found.some((p) => p.startsWith("vector-argument"))).toBe(true);
  });
});

describe("invert_matrix", () => {
  const row: Dimension = { id: "row", elements: ["a", "b"] };
  const col: Dimension = { id: "col", elements: ["a2", "b2"] };
  const matrixModel = (m: number[], stop = 0): Model => ({
    kind: "stock-flow",
    dimensions: [row, col],
    specs: { start: 0, stop, dt: 1 },
    variables: [
      { kind: "constant", id: "m", dims: ["row", "col"], value: 0, values: m },
      { kind: "aux", id: "inv", dims: ["row", "col"], equation: "invert_matrix(m[row, col], 2)" },
    ],
  });

  it("inverts [[4,7],[2,6]] into [[0.6,-0.7],[-0.2,0.4]]", () => {
    const run = runModel(matrixModel([4, 7, 2, 6]));
    const got = values(run, "inv", ["a,a2", "a,b2", "b,a2", "b,b2"]);
    [0.6, -0.7, -0.2, 0.4].forEach((x, i) => {
      expect(got[i]).toBeCloseTo(x, 12);
    });
  });

  it("stops with a located error on a singular matrix", () => {
    expect(() => runModel(matrixModel([1, 2, 2, 4]))).toThrow(
      /inv\[a,a2\] is NaN.*singular matrix/,
    );
  });

  it("reports a size that does not match the matrix", () => {
    const m = matrixModel([4, 7, 2, 6]);
    const bad: Model = {
      ...m,
      variables: [
        m.variables[0]!,
        { kind: "aux", id: "inv", dims: ["row", "col"], equation: "invert_matrix(m[row, col], 3)" },
      ],
    };
    expect(problems(bad).some((p) => p.startsWith("vector-argument"))).toBe(true);
  });
});

describe("allocate_by_priority", () => {
  it("rations a supply that grows over time by priority (width 3)", () => {
    const run = runModel(
      model(
        [
          { kind: "constant", id: "req", dims: ["region"], value: 0, values: [10, 6, 3] },
          { kind: "constant", id: "prio", dims: ["region"], value: 0, values: [2, 4, 3] },
          {
            kind: "aux",
            id: "alloc",
            dims: ["region"],
            equation: "allocate_by_priority(req[region], prio[region], 3, 3, time * 2)",
          },
        ],
        2,
      ),
    );
    // supply 0: nothing; 2: south alone (its curve 2.5..5.5 is the only one above 4.5);
    // 4: south and east share, level 23/6.
    expect(Array.from(run.series("alloc[south]"))[1]).toBeCloseTo(2, 9);
    expect(Array.from(run.series("alloc[north]"))).toEqual([0, 0, 0]);
    expect(run.final("alloc[south]")).toBeCloseTo(2 * (5.5 - 23 / 6), 9);
    expect(run.final("alloc[east]")).toBeCloseTo(4.5 - 23 / 6, 9);
  });
});

describe("rank (XMILE)", () => {
  it("finds the index of the n-th smallest element, n varying over time", () => {
    const run = runModel(
      model(
        [
          { kind: "constant", id: "x", dims: ["item"], value: 0, values: [6, 2, 8, 5] },
          { kind: "aux", id: "which", equation: "rank(x[item!], time + 1)" },
        ],
        3,
      ),
    );
    expect(Array.from(run.series("which"))).toEqual([2, 4, 1, 3]);
  });

  it("is what the XMILE reader makes of RANK", () => {
    expect(xmileFunction("RANK")?.fn).toBe("rank");
  });
});

describe("vector functions in a model without arrays", () => {
  it("take a number as a vector of one element", () => {
    const run = runModel({
      kind: "stock-flow",
      specs: { start: 0, stop: 0, dt: 1 },
      variables: [
        { kind: "constant", id: "a", value: 4 },
        { kind: "aux", id: "sel", equation: "vector_select(a, a, 0, 0, 0)" },
        { kind: "aux", id: "r", equation: "vector_rank(a, 1)" },
        { kind: "aux", id: "o", equation: "vector_sort_order(a, 1)" },
        { kind: "aux", id: "m", equation: "vector_elm_map(a, 0)" },
        { kind: "aux", id: "inv", equation: "invert_matrix(a, 1)" },
        { kind: "aux", id: "alloc", equation: "allocate_by_priority(a, 1, 1, 1, 3)" },
        { kind: "aux", id: "idx", equation: "rank(a, 1)" },
      ],
    });
    const got = ["sel", "r", "o", "m", "inv", "alloc", "idx"].map((id) => run.final(id));
    // 4·4, rank 1, position 0, itself, 1/4, min(supply 3, request 4), index 1
    expect(got).toEqual([16, 1, 0, 4, 0.25, 3, 1]);
  });
});

describe("vector functions read from Vensim", () => {
  it("runs VECTOR SORT ORDER, VECTOR RANK, VECTOR REORDER, INVERT MATRIX and ALLOCATE BY PRIORITY", () => {
    const model = read(
      mdl(
        "company : (c1-c3) -> scompany",
        "scompany : (s1-s3) -> company",
        "revenue[company] = 20, -5, 7",
        "order[scompany] = VECTOR SORT ORDER(revenue[company], 1)",
        "rank[company] = VECTOR RANK(revenue[company], 0)",
        "sorted[scompany] = VECTOR REORDER(revenue[company], order[scompany])",
        "d : a, b",
        "d1 : a1, b1",
        "m[d, d1] = 4, 7; 2, 6;",
        "mi[d, d1] = INVERT MATRIX(m[d, d1], 2)",
        "request[company] = revenue[company] + 10",
        "alloc[company] = ALLOCATE BY PRIORITY(request[company], revenue[company], ELMCOUNT(company), 1, 4)",
        "pick = VECTOR SELECT(revenue[company!], revenue[company!], 0, 9, 0)",
      ),
    );
    const run = runModel(model);
    const at = (name: string) => run.final(name);
    expect(["order[s1]", "order[s2]", "order[s3]"].map(at)).toEqual([1, 2, 0]);
    expect(["rank[c1]", "rank[c2]", "rank[c3]"].map(at)).toEqual([1, 3, 2]);
    expect(["sorted[s1]", "sorted[s2]", "sorted[s3]"].map(at)).toEqual([-5, 7, 20]);
    expect(at("mi[b,a1]")).toBeCloseTo(-0.2, 12);
    // Priorities 20, -5, 7 are more than the width apart: c1 (request 30) takes all 4.
    expect(
      ["alloc[c1]", "alloc[c2]", "alloc[c3]"].map(at).map((x) => Math.round(x * 1e9) / 1e9),
    ).toEqual([4, 0, 0]);
    expect(at("pick")).toBe(20);
  });
});
