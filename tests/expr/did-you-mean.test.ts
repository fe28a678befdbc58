import { describe, expect, it } from "vitest";
import { didYouMean, editDistance, formatDidYouMean } from "../../src/diagnostics/did-you-mean.js";

describe("editDistance", () => {
  it("counts insertions, deletions, substitutions and adjacent transpositions", () => {
    expect(editDistance("births", "births")).toBe(0);
    expect(editDistance("birth", "births")).toBe(1);
    expect(editDistance("birhts", "births")).toBe(1);
    expect(editDistance("kitten", "sitting")).toBe(3);
    expect(editDistance("", "abc")).toBe(3);
  });

  it("gives up with Infinity past the bound", () => {
    expect(editDistance("population", "pop", 2)).toBe(Number.POSITIVE_INFINITY);
    expect(editDistance("kitten", "sitting", 2)).toBe(Number.POSITIVE_INFINITY);
  });
});

describe("didYouMean", () => {
  const names = ["births", "deaths", "population", "Room Temperature", "birth_rate"];

  it("suggests the closest names first, ties alphabetically", () => {
    expect(didYouMean("birhts", names)).toEqual(["births"]);
    expect(didYouMean("deahts", names)).toEqual(["deaths"]);
    expect(didYouMean("birth", names)).toEqual(["births", "birth_rate"]);
  });

  it("ignores case and treats spaces as underscores", () => {
    expect(didYouMean("room_temprature", names)).toEqual(["Room Temperature"]);
    expect(didYouMean("POPULATON", names)).toEqual(["population"]);
  });

  it("offers a longer name that contains the word", () => {
    expect(didYouMean("temperature", names)).toEqual(["Room Temperature"]);
  });

  it("suggests nothing for far-off or very short words, and never the word itself", () => {
    expect(didYouMean("xyz", names)).toEqual([]);
    expect(didYouMean("births", ["births"])).toEqual([]);
    expect(didYouMean("a", ["b", "c", "ab"])).toEqual(["ab", "b", "c"]);
    expect(didYouMean("a", ["b", "c", "ab"], { limit: 1 })).toEqual(["ab"]);
  });
});

describe("formatDidYouMean", () => {
  it("lists one, two or three suggestions in backticks", () => {
    expect(formatDidYouMean([])).toBeUndefined();
    expect(formatDidYouMean(["a"])).toBe("did you mean `a`?");
    expect(formatDidYouMean(["a", "b", "c"])).toBe("did you mean `a`, `b` or `c`?");
  });
});
