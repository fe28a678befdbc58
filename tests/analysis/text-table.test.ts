import { describe, expect, it } from "vitest";
import { formatCell, textTable } from "../../src/analysis/text-table.js";

describe("text tables", () => {
  it("pads columns, right-aligns numbers and rules the header", () => {
    expect(
      textTable([
        ["name", "n"],
        ["alpha", 1.23456],
        ["b", 12],
      ]),
    ).toBe("name       n\n-----  -----\nalpha  1.235\nb         12\n");
  });

  it("writes infinity and NaN readably", () => {
    expect([
      formatCell(Number.POSITIVE_INFINITY),
      formatCell(Number.NaN),
      formatCell(-0.0004),
    ]).toEqual(["inf", "-", "0"]);
  });
});
