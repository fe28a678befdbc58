import { describe, expect, it } from "vitest";
import { parseEquation } from "../../src/expr/parse-equation.js";
import { references } from "../../src/expr/references.js";
import { scope } from "./scope.js";

const refs = (text: string) => [...references(parseEquation(text, scope).expr!)].sort();

describe("references", () => {
  it("collects every variable an expression reads, once, including lookup tables", () => {
    expect(refs("births - deaths * births")).toEqual(["births", "deaths"]);
    expect(refs("effect_table(population / 2)")).toEqual(["effect_table", "population"]);
    expect(refs("smooth(a, b) + (x > 0 ? y : c)")).toEqual(["a", "b", "c", "x", "y"]);
  });

  it("leaves out builtins and numbers", () => {
    expect(refs("time * dt + pi + 3")).toEqual([]);
    expect(refs("-not step(x, 2)")).toEqual(["x"]);
  });
});
