import { describe, expect, it } from "vitest";
import { runModel } from "../../src/simulate/simulate.js";
import { control, read } from "../io/vensim/mdl.js";

/** A model from 0 to `stop` with dt 1 and the given equations; the series of `d`. */
function depreciation(stop: number, ...equations: string[]): number[] {
  const text = `{UTF-8}\n${equations.map((e) => `${e} ~~|`).join("\n")}\n${control(stop)}`;
  return Array.from(runModel(read(text)).series("d"));
}

describe("depreciate straightline", () => {
  it("spreads an investment over the depreciation time, from its own period on", () => {
    // 120 invested at time 1, depreciated over 3 one-year periods: 40 at times 1, 2 and 3.
    expect(
      depreciation(
        5,
        "str = IF THEN ELSE(Time = 1, 120, 0)",
        "d = DEPRECIATE STRAIGHTLINE(str, 3, 1, 0)",
      ),
    ).toEqual([0, 40, 40, 40, 0, 0]);
  });

  it("lumps what comes in during a fiscal period", () => {
    // Fiscal periods of 2: 6 at time 0 and 4 at time 1 make 10 in the first period, spread
    // over 4 / 2 = 2 periods at 10 / 4 a year; the current step counts at once (6/4 at time 0).
    expect(
      depreciation(
        5,
        "str = IF THEN ELSE(Time = 0, 6, IF THEN ELSE(Time = 1, 4, 0))",
        "d = DEPRECIATE STRAIGHTLINE(str, 4, 2, 0)",
      ),
    ).toEqual([1.5, 2.5, 2.5, 2.5, 0, 0]);
  });

  it("starts as if init had flowed in over the previous depreciation time", () => {
    expect(depreciation(4, "str = 5", "d = DEPRECIATE STRAIGHTLINE(str, 3, 1, 5)")).toEqual([
      5, 5, 5, 5, 5,
    ]);
    // The stream stops at time 2: the periods before still depreciate until they run out.
    expect(
      depreciation(
        5,
        "str = IF THEN ELSE(Time < 2, 6, 0)",
        "d = DEPRECIATE STRAIGHTLINE(str, 3, 1, 6)",
      ),
    ).toEqual([6, 6, 4, 2, 0, 0]);
  });

  it("is an error when the depreciation time is not a whole number of fiscal periods", () => {
    expect(() => depreciation(2, "str = 1", "d = DEPRECIATE STRAIGHTLINE(str, 2.5, 1, 0)")).toThrow(
      /not a number/,
    );
  });
});
