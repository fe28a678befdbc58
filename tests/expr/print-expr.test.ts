import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { EquationScope } from "../../src/expr/equation-scope.js";
import { parseEquation } from "../../src/expr/parse-equation.js";
import { printExpr } from "../../src/expr/print-expr.js";
import { stripSpans } from "../../src/expr/strip-spans.js";
import type { Expr } from "../../src/expr/types.js";
import { arbitraryExpr, LOOKUP_IDS, VALUE_IDS } from "./arbitrary-expr.js";

const scope: EquationScope = {
  kindOf: (id) =>
    VALUE_IDS.includes(id) ? "value" : LOOKUP_IDS.includes(id) ? "lookup" : undefined,
};

/** Parse, print, and parse no more: the canonical text of `text`. */
const canonical = (text: string) => printExpr(parseEquation(text, scope).expr!);

describe("printExpr", () => {
  it("writes only the parentheses precedence needs", () => {
    expect(canonical("((a + b)) * (births)")).toBe("(a + b) * births");
    expect(canonical("a - (b - births)")).toBe("a - (b - births)");
    expect(canonical("(a - b) - births")).toBe("a - b - births");
    expect(canonical("(2 ^ 3) ^ 2")).toBe("(2 ^ 3) ^ 2");
    expect(canonical("2 ^ (3 ^ 2)")).toBe("2 ^ 3 ^ 2");
    expect(canonical("(-2) ^ 2")).toBe("(-2) ^ 2");
    expect(canonical("-(2 ^ 2)")).toBe("-2 ^ 2");
    expect(canonical("2 ^ -a")).toBe("2 ^ -a");
    expect(canonical("(a < b) == (b < a)")).toBe("(a < b) == (b < a)");
    expect(canonical("not (a and b)")).toBe("not (a and b)");
    expect(canonical("-(-a)")).toBe("-(-a)");
  });

  it("writes canonical names, bare builtins without arguments, and if_then_else", () => {
    expect(canonical("SMTH1(Births, TIME_STEP)")).toBe("smooth(births, dt)");
    expect(canonical("a > 0 ? a : -a")).toBe("if_then_else(a > 0, a, -a)");
    expect(canonical("random() + Effect_Table(time)")).toBe("random() + effect_table(time)");
  });

  it("writes numbers that read back exactly", () => {
    for (const value of [0.1, 1 / 3, 1e21, 5e-324, 123456789012345680000, 2 ** 53 + 2]) {
      const printed = printExpr({ kind: "number", value });
      expect(parseEquation(printed).expr).toMatchObject({ kind: "number", value });
    }
    expect(printExpr({ kind: "number", value: Number.POSITIVE_INFINITY })).toBe("inf");
  });

  it("round-trips every tree: parse(print(e)) equals e without spans", () => {
    fc.assert(
      fc.property(arbitraryExpr, (expr: Expr) => {
        const text = printExpr(expr);
        const parsed = parseEquation(text, scope);
        expect(parsed.diagnostics).toEqual([]);
        expect(stripSpans(parsed.expr!)).toEqual(expr);
      }),
      { numRuns: 2000 },
    );
  });

  it("gives every name in the printed text its exact span", () => {
    const named = (e: Expr, text: string): void => {
      const written = text.slice(e.span!.start, e.span!.end);
      if (e.kind === "ref") expect(written).toBe(e.id);
      if (e.kind === "call") expect(written.startsWith(e.fn)).toBe(true);
      if (e.kind === "lookup") {
        const call = e.mode === undefined ? `${e.table}\\(` : `lookup_${e.mode}\\(${e.table}, `;
        expect(written).toMatch(new RegExp(`^${call}.*\\)$`));
      }
      if (e.kind === "unary") named(e.arg, text);
      if (e.kind === "binary") for (const side of [e.left, e.right]) named(side, text);
      if (e.kind === "if") for (const part of [e.cond, e.then, e.else]) named(part, text);
      if (e.kind === "call") for (const arg of e.args) named(arg, text);
      if (e.kind === "lookup") named(e.arg, text);
    };
    fc.assert(
      fc.property(arbitraryExpr, (expr: Expr) => {
        const text = printExpr(expr);
        named(parseEquation(text, scope).expr!, text);
      }),
      { numRuns: 500 },
    );
  });
});
