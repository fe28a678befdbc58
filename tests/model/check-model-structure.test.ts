import { describe, expect, it } from "vitest";
import { checkGraphicalFunction } from "../../src/model/check-graphical-function.js";
import { checkModelStructure } from "../../src/model/check-model-structure.js";
import { checkSimSpecs } from "../../src/model/check-sim-specs.js";
import type { Model } from "../../src/model/types.js";

const codes = (ds: readonly { severity: string; path?: string; message: string }[]) =>
  ds.map((d) => `${d.severity} ${d.path}: ${d.message}`);

describe("checkGraphicalFunction", () => {
  it("accepts explicit increasing x and an xscale", () => {
    expect(checkGraphicalFunction({ x: [0, 1, 3], y: [0, 2, 1] }, "gf")).toEqual([]);
    expect(checkGraphicalFunction({ xscale: { min: 0, max: 1 }, y: [0, 1] }, "gf")).toEqual([]);
  });

  it("needs at least two points and x or xscale but not both", () => {
    expect(codes(checkGraphicalFunction({ y: [1] }, "gf"))).toEqual([
      "error gf.y: a graphical function needs at least 2 points",
      "error gf: a graphical function needs x or xscale",
    ]);
    expect(
      codes(checkGraphicalFunction({ x: [0, 1], xscale: { min: 0, max: 1 }, y: [0, 1] }, "gf")),
    ).toEqual(["error gf.xscale: give either x or xscale, not both"]);
  });

  it("wants as many x as y, increasing; a repeated x is only a warning", () => {
    expect(codes(checkGraphicalFunction({ x: [0, 2, 2, 1], y: [0, 1, 2] }, "v.gf"))).toEqual([
      "error v.gf.x: 4 x values for 3 y values",
      "warning v.gf.x[2]: x repeats 2: a vertical step",
      "error v.gf.x[3]: x must increase: 1 follows 2",
    ]);
  });

  it("wants xscale min below max", () => {
    expect(codes(checkGraphicalFunction({ xscale: { min: 1, max: 1 }, y: [0, 1] }, "gf"))).toEqual([
      "error gf.xscale: xscale min must be below max",
    ]);
  });

  it("warns when a discrete function does not repeat its last value", () => {
    const gf = { type: "discrete", x: [0, 1, 2], y: [5, 6, 7] } as const;
    expect(codes(checkGraphicalFunction(gf, "gf"))).toEqual([
      "warning gf.y[2]: a discrete graphical function should repeat its last y value",
    ]);
    expect(checkGraphicalFunction({ ...gf, y: [5, 6, 6] }, "gf")).toEqual([]);
  });
});

describe("checkSimSpecs", () => {
  it("wants a positive dt and stop not before start", () => {
    expect(codes(checkSimSpecs({ start: 5, stop: 4, dt: 0 }))).toEqual([
      "error specs.dt: dt must be positive, got 0",
      "error specs.stop: stop 4 is before start 5",
    ]);
  });

  it("refuses a saveper that is not a whole multiple of dt, and accepts rounding noise and saveper < dt", () => {
    expect(codes(checkSimSpecs({ start: 0, stop: 1, dt: 0.25, saveper: 0.3 }))).toEqual([
      "error specs.saveper: saveper 0.3 is not a whole multiple of dt 0.25: saved times would fall between steps",
    ]);
    expect(checkSimSpecs({ start: 0, stop: 1, dt: 0.1, saveper: 0.3 })).toEqual([]);
    expect(codes(checkSimSpecs({ start: 0, stop: 3, dt: 1, saveper: 1.5 }))).toEqual([
      "error specs.saveper: saveper 1.5 is not a whole multiple of dt 1: saved times would fall between steps",
    ]);
    // Below dt, every step is saved, as in Vensim.
    expect(checkSimSpecs({ start: 0, stop: 1, dt: 1, saveper: 0.5 })).toEqual([]);
    expect(codes(checkSimSpecs({ start: 0, stop: 1, dt: 1, saveper: -1 }))).toEqual([
      "error specs.saveper: saveper must be positive, got -1",
    ]);
  });
});

describe("checkModelStructure", () => {
  const model = (variables: Model["variables"], view?: Model["view"]): Model => ({
    kind: "stock-flow",
    specs: { start: 0, stop: 1, dt: 1 },
    variables,
    ...(view ? { view } : {}),
  });

  it("finds nothing wrong in a sound model", () => {
    const sound = model([
      { kind: "stock", id: "s", initial: "1", inflows: ["f"], outflows: [] },
      { kind: "flow", id: "f", equation: "1" },
    ]);
    expect(checkModelStructure(sound)).toEqual([]);
  });

  it("tells a missing flow from a variable that is not a flow", () => {
    const ds = checkModelStructure(
      model([
        { kind: "stock", id: "s", initial: "1", inflows: ["c"], outflows: ["gone"] },
        { kind: "constant", id: "c", value: 1 },
      ]),
    );
    expect(codes(ds)).toEqual([
      'error variables[0].inflows[0]: stock "s" names "c" in inflows, which is a constant, not a flow',
      'error variables[0].outflows[0]: stock "s" names flow "gone", which does not exist',
    ]);
    expect(ds[1]).toMatchObject({ code: "unknown-flow", variable: "s", value: '"gone"' });
  });

  it("refuses a flow named twice on one side (it would count twice), warns when on both sides", () => {
    const ds = checkModelStructure(
      model([
        { kind: "stock", id: "s", initial: "1", inflows: ["f", "f"], outflows: ["f"] },
        { kind: "flow", id: "f", equation: "1" },
      ]),
    );
    expect(codes(ds)).toEqual([
      'error variables[0].inflows[1]: stock "s" names flow "f" more than once; it would count twice',
      'warning variables[0].outflows[0]: stock "s" names flow "f" as an inflow and an outflow; they cancel',
    ]);
  });

  it("checks graphical functions of auxiliaries, flows and lookups", () => {
    const bad = { x: [1, 0], y: [0, 1] };
    const ds = checkModelStructure(
      model([
        { kind: "aux", id: "a", equation: "time", gf: bad },
        { kind: "flow", id: "f", equation: "time", gf: bad },
        { kind: "lookup", id: "l", gf: bad },
      ]),
    );
    expect(ds.map((d) => [d.variable, d.path])).toEqual([
      ["a", "variables[0].gf.x[1]"],
      ["f", "variables[1].gf.x[1]"],
      ["l", "variables[2].gf.x[1]"],
    ]);
  });

  it("warns about view elements naming variables that do not exist", () => {
    const ds = checkModelStructure(
      model([{ kind: "constant", id: "c", value: 1 }], {
        elements: [
          { kind: "node", variable: "c", x: 0, y: 0 },
          { kind: "connector", from: "c", to: "ghost" },
        ],
      }),
    );
    expect(codes(ds)).toEqual([
      'warning view.elements[1].to: the view names "ghost", which is not a variable',
    ]);
  });
});
