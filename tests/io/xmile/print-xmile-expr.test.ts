import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseXmileExpr, type XmileExprScope } from "../../../src/io/xmile/parse-xmile-expr.js";
import { printXmileExpr, type XmilePrintScope } from "../../../src/io/xmile/print-xmile-expr.js";
import { xmileFunction } from "../../../src/io/xmile/xmile-functions.js";
import { xmileNameInEquation, xmileNameToId } from "../../../src/io/xmile/xmile-names.js";
import { arbitraryExprWithoutModes, LOOKUP_IDS, VALUE_IDS } from "../../expr/arbitrary-expr.js";

const readScope: XmileExprScope = {
  resolve: xmileNameToId,
  kindOf: (id) =>
    VALUE_IDS.includes(id) ? "value" : LOOKUP_IDS.includes(id) ? "lookup" : undefined,
};
const printScope: XmilePrintScope = {
  nameOf: (id) => xmileNameInEquation(id, (word) => xmileFunction(word) !== undefined),
  shadows: (word) => VALUE_IDS.includes(word),
};
const print = (e: Parameters<typeof printXmileExpr>[0]) => printXmileExpr(e, printScope);

describe("printXmileExpr", () => {
  it("parenthesises only where XMILE precedence needs it", () => {
    const a = { kind: "ref", id: "a" } as const;
    const b = { kind: "ref", id: "b" } as const;
    const sum = { kind: "binary", op: "+", left: a, right: b } as const;
    expect(print({ kind: "binary", op: "*", left: sum, right: b })).toBe("(a + b) * b");
    expect(print({ kind: "binary", op: "-", left: a, right: sum })).toBe("a - (a + b)");
    expect(
      print({ kind: "unary", op: "-", arg: { kind: "binary", op: "^", left: a, right: b } }),
    ).toBe("-a ^ b");
    expect(
      print({ kind: "binary", op: "^", left: { kind: "unary", op: "-", arg: a }, right: b }),
    ).toBe("(-a) ^ b");
    expect(
      print({ kind: "binary", op: "+", left: a, right: { kind: "if", cond: a, then: b, else: a } }),
    ).toBe("a + (IF a THEN b ELSE a)");
  });

  it("quotes names that would read as keywords or builtins", () => {
    expect(print({ kind: "ref", id: "max" })).toBe('"max"');
    expect(print({ kind: "call", fn: "time", args: [] })).toBe("TIME");
  });

  it("reads back as the same tree, for any tree", () => {
    fc.assert(
      fc.property(arbitraryExprWithoutModes, (expr) => {
        expect(parseXmileExpr(print(expr), readScope)).toEqual(expr);
      }),
      { numRuns: 500 },
    );
  });
});
