import { describe, expect, it } from "vitest";
import { parseEquation } from "../../src/expr/parse-equation.js";
import { printExpr } from "../../src/expr/print-expr.js";
import { stripSpans } from "../../src/expr/strip-spans.js";

const scope = {
  kindOf: (id: string) =>
    id === "tbl" || id === "lookup_invert"
      ? ("lookup" as const)
      : id === "a"
        ? ("value" as const)
        : undefined,
  names: ["tbl", "a", "lookup_invert"],
};
const parse = (text: string) => parseEquation(text, scope);

describe("lookup functions in equation text", () => {
  it("read the table by name and give a lookup node with a mode", () => {
    expect(stripSpans(parse("LOOKUP_FORWARD(Tbl, a + 1)").expr!)).toEqual({
      kind: "lookup",
      table: "tbl",
      mode: "forward",
      arg: {
        kind: "binary",
        op: "+",
        left: { kind: "ref", id: "a" },
        right: { kind: "number", value: 1 },
      },
    });
  });
  it("store lookup_area(t, x1, x2) as the difference of the areas from the first point", () => {
    const { expr } = parse("lookup_area(tbl, 1, a)");
    expect(printExpr(expr!)).toBe("lookup_area(tbl, a) - lookup_area(tbl, 1)");
    expect(stripSpans(parse(printExpr(expr!)).expr!)).toEqual(stripSpans(expr!));
  });
  it("report a first argument that is not a lookup, and a wrong count, located", () => {
    expect(parse("lookup_backward(a, 1)").diagnostics).toMatchObject([
      { code: "not-a-lookup", column: 17, value: "a" },
    ]);
    expect(parse("2 * lookup_extrapolate(tbl)").diagnostics).toMatchObject([
      { code: "wrong-arity", column: 5, hint: "usage: lookup_extrapolate(table, x)" },
    ]);
    expect(parse("lookup_forwrd(tbl, 1)").diagnostics).toContainEqual(
      expect.objectContaining({ code: "unknown-function", hint: "did you mean `lookup_forward`?" }),
    );
  });
  it("yield to a model lookup of the same name", () => {
    expect(stripSpans(parse("lookup_invert(a)").expr!)).toEqual({
      kind: "lookup",
      table: "lookup_invert",
      arg: { kind: "ref", id: "a" },
    });
  });
});
