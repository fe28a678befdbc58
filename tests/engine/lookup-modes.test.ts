import { describe, expect, it } from "vitest";
import { tablePoints } from "../../src/compile/graphical-function.js";
import {
  lookupArea,
  lookupBackward,
  lookupExtrapolate,
  lookupForward,
  lookupInvert,
  VENSIM_NA,
} from "../../src/compile/lookup-modes.js";
import { ModelError } from "../../src/diagnostics/errors.js";
import { readVensim } from "../../src/io/vensim/index.js";
import { writeXmile } from "../../src/io/xmile/index.js";
import type { GraphicalFunction, Variable } from "../../src/model/types.js";
import { runModel } from "../../src/simulate/simulate.js";
import { aux, model } from "../helpers/models.js";
import { control } from "../io/vensim/mdl.js";

const table = (points: readonly (readonly [number, number])[], type?: GraphicalFunction["type"]) =>
  tablePoints({
    x: points.map((p) => p[0]),
    y: points.map((p) => p[1]),
    ...(type ? { type } : {}),
  });
const lookup = (id: string, gf: GraphicalFunction): Variable => ({ kind: "lookup", id, gf });

describe("lookup modes (Vensim's examples and hand-computed values)", () => {
  const steps = table([
    [0, 1],
    [1, 1],
    [2, 2],
  ]);
  it("LOOKUP FORWARD takes the next point's y, LOOKUP BACKWARD the previous one's", () => {
    expect([-1, 1.5, 2.5, 1].map((x) => lookupForward(steps, x))).toEqual([1, 2, 2, 1]);
    expect([-1, 1.5, 2.5, 2].map((x) => lookupBackward(steps, x))).toEqual([1, 1, 2, 2]);
  });
  it("LOOKUP INVERT finds the smallest input giving y, :NA: outside the y range", () => {
    const look = table([
      [0, 0],
      [1, 1],
      [3, 2],
    ]);
    expect([-1, 0.5, 1.5, 2].map((y) => lookupInvert(look, y))).toEqual([VENSIM_NA, 0.5, 2, 3]);
    const wave = table([
      [0, 0],
      [1, 2],
      [2, 0],
      [3, 2],
    ]);
    expect(lookupInvert(wave, 1)).toBe(0.5);
    expect(lookupInvert(wave, 2)).toBe(1);
  });
  it("LOOKUP EXTRAPOLATE continues the end segments", () => {
    const look = table([
      [0, 0],
      [1, 2],
      [3, 3],
    ]);
    expect([-1, 0.5, 2, 5].map((x) => lookupExtrapolate(look, x))).toEqual([-2, 1, 2.5, 4]);
  });
  it("LOOKUP AREA integrates the interpolated table, end values held outside it", () => {
    const look = table([
      [0, 0],
      [1, 2],
      [3, 2],
    ]);
    // Triangle 0..1 (area 1), rectangle 1..3 (area 4), then y = 2 beyond.
    expect(lookupArea(look, 3)).toBe(5);
    expect(lookupArea(look, 0.5)).toBe(0.25);
    expect(lookupArea(look, 4)).toBe(7);
    const shifted = table([
      [1, 3],
      [2, 5],
    ]);
    // From 0 to 1 the first y (3) is held: the area from the first point to 0 is −3.
    expect(lookupArea(shifted, 0)).toBe(-3);
    expect(lookupArea(shifted, 2) - lookupArea(shifted, 0)).toBe(7);
  });
});

describe("lookup functions in equations", () => {
  const gf: GraphicalFunction = {
    x: [0, 1, 2],
    y: [1, 1, 2],
  };
  it("run with the table as first argument", () => {
    const run = runModel(
      model({ stop: 3 }, [
        lookup("tbl", gf),
        aux("fwd", "lookup_forward(tbl, time - 0.5)"),
        aux("bwd", "lookup_backward(tbl, time - 0.5)"),
        aux("ext", "lookup_extrapolate(tbl, time)"),
        aux("inv", "lookup_invert(tbl, 1.5)"),
        aux("area", "lookup_area(tbl, 0, time)"),
      ]),
    );
    expect(Array.from(run.series("fwd"))).toEqual([1, 1, 2, 2]);
    expect(Array.from(run.series("bwd"))).toEqual([1, 1, 1, 2]);
    expect(Array.from(run.series("ext"))).toEqual([1, 1, 2, 3]);
    expect(Array.from(run.series("inv"))).toEqual([1.5, 1.5, 1.5, 1.5]);
    // Area: 0, 1, 1 + 1.5, 2.5 + 2.
    expect(Array.from(run.series("area"))).toEqual([0, 1, 2.5, 4.5]);
  });

  it("are read from Vensim, also for a subscripted lookup's element and in arrayed equations", () => {
    const text = `{UTF-8}
LOOK((0,1),(1,1),(2,2)) ~~|
Region : north, south ~~|
cost[north]((0,0),(10,100)) ~~|
cost[south]((0,0),(10,50)) ~~|
fwd = LOOKUP FORWARD(LOOK, 1.5) ~~|
inv = LOOKUP INVERT(LOOK, 1.5) ~~|
area = LOOKUP AREA(LOOK, 0, 2) ~~|
ext = LOOKUP EXTRAPOLATE(cost[north], 20) ~~|
back[Region] = LOOKUP BACKWARD(cost[Region], 5) ~~|
v[Region] = 0.5, 1.5 ~~|
arr[Region] = LOOKUP FORWARD(LOOK, v[Region]) + LOOKUP AREA(LOOK, 0, v[Region]) ~~|
${control(0)}`;
    const run = runModel(readVensim(text, { file: "lookups.mdl" }));
    expect(run.series("fwd")[0]).toBe(2);
    expect(run.series("inv")[0]).toBe(1.5);
    expect(run.series("area")[0]).toBe(2.5);
    expect(run.series("ext")[0]).toBe(200);
    expect(run.series("back[south]")[0]).toBe(0);
    // Forward(0.5) = 1 plus area 0.5 under y = 1; forward(1.5) = 2 plus 1 + (1 + 1.5) / 2 · 0.5.
    expect(run.series("arr[north]")[0]).toBe(1.5);
    expect(run.series("arr[south]")[0]).toBe(3.625);
  });

  it("reports a first argument that is not a lookup, located", () => {
    let error: unknown;
    try {
      runModel(model({}, [aux("a", "1"), aux("out", "lookup_forward(a, 1)")]));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ModelError);
    expect((error as ModelError).diagnostics[0]).toMatchObject({
      code: "not-a-lookup",
      variable: "out",
      column: 16,
    });
  });
});

describe("writing XMILE", () => {
  it("writes a mode XMILE has as a plain call, and refuses the others clearly", () => {
    const ext: GraphicalFunction = { type: "extrapolate", x: [0, 1], y: [0, 1] };
    const xml = writeXmile(
      model({}, [lookup("tbl", ext), aux("out", "lookup_extrapolate(tbl, time)")]),
    );
    expect(xml).toContain("<eqn>tbl(TIME)</eqn>");
    let error: unknown;
    try {
      writeXmile(model({}, [lookup("tbl", ext), aux("out", "lookup_forward(tbl, time)")]));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ModelError);
    expect((error as ModelError).diagnostics[0]).toMatchObject({
      code: "unsupported",
      variable: "out",
    });
    expect((error as ModelError).diagnostics[0]?.message).toContain("lookup_forward(tbl, …)");
  });
});
