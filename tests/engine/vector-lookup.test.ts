import { describe, expect, it } from "vitest";
import { vectorLookup } from "../../src/compile/vector-lookup.js";
import { runModel } from "../../src/simulate/simulate.js";
import { mdl, read } from "../io/vensim/mdl.js";

// y values 0, 10, 20 spread over [0, 2]: points (0, 0), (1, 10), (2, 20).
const ys = [0, 10, 20];

describe("vector lookup", () => {
  it("reads the vector as a lookup in each mode the reference defines", () => {
    expect(vectorLookup(0.5, 0, 2, 0, ...ys)).toBeCloseTo(5, 12); // normal
    expect(vectorLookup(3, 0, 2, 0, ...ys)).toBe(20); // clamped past the end
    expect(vectorLookup(2, 0, 2, 1, ...ys)).toBeCloseTo(5 + 15, 12); // area from xmin
    expect(vectorLookup(1.5, 0, 2, 2, ...ys)).toBe(10); // backward
    expect(vectorLookup(3, 0, 2, 3, ...ys)).toBeCloseTo(30, 12); // extrapolate
    expect(vectorLookup(1.5, 0, 2, 4, ...ys)).toBe(20); // forward
    expect(vectorLookup(15, 0, 2, 5, ...ys)).toBeCloseTo(1.5, 12); // invert
  });

  it("is an error (NaN) for the modes the reference names without defining, and a bad range", () => {
    for (const mode of [6, 7, 8, 9, 10, -1]) expect(vectorLookup(1, 0, 2, mode, ...ys)).toBeNaN();
    expect(vectorLookup(1, 2, 2, 0, ...ys)).toBeNaN();
  });

  it("reads the vector from Vensim's first element on", () => {
    const model = read(
      mdl("s : (s1-s3)", "lv[s] = 0, 10, 20", "y = VECTOR LOOKUP(lv[s1], Time / 20, 0, 2, 0)"),
    );
    const run = runModel(model);
    // Time runs 0 to 10 in the test control section: x = 0.5 at the end.
    expect(run.final("y")).toBeCloseTo(5, 12);
  });
});
