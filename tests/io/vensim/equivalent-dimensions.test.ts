/**
 * Equivalent ranges (`C <-> R`, `R': R`) are ranges of their own with the same elements: in
 * `x[R, C]` the two positions vary apart. And INVERT MATRIX fills each element of its
 * equation from the element at the equation's own last two subscripts, however the argument
 * names the matrix. Each case is the issue's minimal one, with INITIAL TIME 0, FINAL TIME 1.
 */
import { describe, expect, it } from "vitest";
import { runModel } from "../../../src/simulate/simulate.js";
import { mdl, read } from "./mdl.js";

function values(text: string, id: string): number[] {
  const run = runModel(read(text));
  return run.variables
    .filter((v) => v.id === id || v.name?.startsWith(`${id}[`))
    .map((v) => run.series(v.id)[0]!);
}

describe("equivalent ranges", () => {
  it("C <-> R: x[R, C] = 10*t[R] + t[C] varies both positions", () => {
    const text = mdl("R: s1, s2", "C <-> R", "t[R] = 1, 2", "x[R, C] = 10 * t[R] + t[C]");
    expect(values(text, "x")).toEqual([11, 12, 21, 22]);
  });

  it("R': R, a range whose id folds onto R's, gets an id of its own", () => {
    const model = read(mdl("R: s1, s2", "R': R", "t[R] = 1, 2", "x[R, R'] = 10 * t[R] + t[R']"));
    expect(model.dimensions?.map((d) => d.id)).toEqual(["r", "r_prime"]);
    expect(
      values(mdl("R: s1, s2", "R': R", "t[R] = 1, 2", "x[R, R'] = 10 * t[R] + t[R']"), "x"),
    ).toEqual([11, 12, 21, 22]);
  });

  it("m[R, C] over C <-> R reads every element, not the diagonal", () => {
    const text = mdl("R: s1, s2", "C <-> R", "m[R, C] = 1, 2; 3, 4;", "y[R, C] = m[R, C]");
    expect(values(text, "y")).toEqual([1, 2, 3, 4]);
  });
});

describe("INVERT MATRIX in a two-dimensional equation", () => {
  it("INVERT MATRIX(m[R, R], 2) in an [R, C] equation gives the whole inverse", () => {
    const text = mdl(
      "R: s1, s2",
      "C <-> R",
      "m[R, C] = 1, 2; 3, 4;",
      "inv[R, C] = INVERT MATRIX(m[R, R], 2)",
    );
    const got = values(text, "inv");
    for (const [i, want] of [-2, 1, 1.5, -0.5].entries()) expect(got[i]).toBeCloseTo(want, 12);
  });
});

describe("mappings whose list names a subrange", () => {
  it("DimB: B1, B2 -> (DimA: SubA, A3): a[DimA] = b[DimB] reads B1 for A1 and A2", () => {
    const text = mdl(
      "DimA: A1, A2, A3",
      "SubA: A1, A2",
      "DimB: B1, B2 -> (DimA: SubA, A3)",
      "b[DimB] = 1, 2",
      "a[DimA] = b[DimB] * 10",
    );
    expect(values(text, "a")).toEqual([10, 10, 20]);
  });

  it(":EXCEPT: with a mapped range on the right: k[DimA] :EXCEPT: [A1] = j[DimD]", () => {
    const text = mdl(
      "DimA: A1, A2, A3",
      "SubA: A2, A3",
      "DimD: D1, D2 -> (DimA: SubA, A1)",
      "j[DimD] = 10, 20",
      "k[DimA] :EXCEPT: [A1] = j[DimD]",
    );
    // k[A1], which no equation defines, is 0 as in Vensim.
    expect(values(text, "k")).toEqual([0, 10, 10]);
  });
});
