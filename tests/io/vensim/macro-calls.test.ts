/**
 * Macros as published models use them: a stateful macro called in a subscripted equation (one
 * instance per element), and a body that reads the model's time names (`TIME STEP$`, `Time$`).
 */
import { describe, expect, it } from "vitest";
import { runModel } from "../../../src/simulate/simulate.js";
import { mdl, read } from "./mdl.js";

describe("Vensim macro calls", () => {
  it("a macro holding a stock, called in a subscripted equation, runs per element", () => {
    const text = mdl(
      ":MACRO: ACC(input)\nACC = INTEG(input, 0)\n\t~\tinput\n\t~\t\t|\n:END OF MACRO:",
      "D: d1, d2",
      "r[D] = 1, 2",
      "s[D] = ACC(r[D])",
    );
    const run = runModel(read(text));
    const at = (name: string, t: number) =>
      run.at(run.variables.find((v) => v.name === name)!.id, t);
    expect([at("s[d1]", 0), at("s[d1]", 3), at("s[d2]", 3)]).toEqual([0, 3, 6]);
  });

  it("TIME STEP$ and Time$ in a body are the model's TIME STEP and Time", () => {
    const text = mdl(
      ":MACRO: STEPPED(x)\nSTEPPED = x * TIME STEP$ + Time$\n\t~\t\n\t~\t\t|\n:END OF MACRO:",
      "y = STEPPED(10)",
    );
    const run = runModel(read(text));
    expect([run.at("y", 0), run.at("y", 4)]).toEqual([10, 14]);
  });
});
