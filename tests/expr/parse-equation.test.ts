import { describe, expect, it } from "vitest";
import { parseEquation } from "../../src/expr/parse-equation.js";
import { printExpr } from "../../src/expr/print-expr.js";
import { stripSpans } from "../../src/expr/strip-spans.js";
import type { Expr } from "../../src/expr/types.js";
import { scope } from "./scope.js";

/** The tree of `text`, without spans; fails the test on diagnostics. */
function tree(text: string): Expr {
  const { expr, diagnostics } = parseEquation(text, scope);
  expect(diagnostics).toEqual([]);
  return stripSpans(expr!);
}

/** The one diagnostic of `text`. */
function problem(text: string) {
  const { expr, diagnostics } = parseEquation(text, scope);
  expect(expr).toBeUndefined();
  expect(diagnostics).toHaveLength(1);
  return diagnostics[0]!;
}

const ref = (id: string): Expr => ({ kind: "ref", id });
const num = (value: number): Expr => ({ kind: "number", value });

describe("parseEquation: trees", () => {
  it("reads numbers as written, with exponents and leading dots", () => {
    expect(tree("1e-3")).toEqual(num(0.001));
    expect(tree(".5")).toEqual(num(0.5));
    expect(tree("2.5E+3")).toEqual(num(2500));
  });

  it("resolves names case-insensitively through their canonical id", () => {
    expect(tree("Room_Temperature")).toEqual(ref("room_temperature"));
    expect(tree("BIRTHS - Deaths")).toEqual({
      kind: "binary",
      op: "-",
      left: ref("births"),
      right: ref("deaths"),
    });
  });

  it("gives unary minus a lower precedence than ^: -2^2 is -(2^2)", () => {
    expect(printExpr(tree("-2^2"))).toBe("-2 ^ 2");
    expect(tree("-2^2")).toEqual({
      kind: "unary",
      op: "-",
      arg: { kind: "binary", op: "^", left: num(2), right: num(2) },
    });
  });

  it("makes - left-associative and ^ right-associative", () => {
    expect(tree("a - b - c")).toEqual({
      kind: "binary",
      op: "-",
      left: { kind: "binary", op: "-", left: ref("a"), right: ref("b") },
      right: ref("c"),
    });
    expect(tree("2^3^2")).toEqual({
      kind: "binary",
      op: "^",
      left: num(2),
      right: { kind: "binary", op: "^", left: num(3), right: num(2) },
    });
  });

  it("binds not tighter than and: not a and b is (not a) and b", () => {
    expect(tree("not a and b")).toEqual({
      kind: "binary",
      op: "and",
      left: { kind: "unary", op: "not", arg: ref("a") },
      right: ref("b"),
    });
  });

  it("binds * before + and comparisons before and/or", () => {
    expect(printExpr(tree("a + b * c"))).toBe("a + b * c");
    expect(printExpr(tree("(a + b) * c"))).toBe("(a + b) * c");
    expect(printExpr(tree("a < b or x >= y and c != 0"))).toBe("a < b or x >= y and c != 0");
    expect(tree("a or b and c")).toMatchObject({ op: "or", right: { op: "and" } });
  });

  it("reads mod and % as the same remainder operator", () => {
    expect(tree("a % b")).toEqual(tree("a mod b"));
    expect(tree("a mod b")).toEqual({ kind: "binary", op: "mod", left: ref("a"), right: ref("b") });
  });

  it("reads the ternary and if_then_else as the same if", () => {
    const expected: Expr = { kind: "if", cond: ref("a"), then: ref("b"), else: num(0) };
    expect(tree("a ? b : 0")).toEqual(expected);
    expect(tree("IF_THEN_ELSE(a, b, 0)")).toEqual(expected);
    expect(tree("a ? b : c ? x : y")).toMatchObject({ else: { kind: "if", cond: ref("c") } });
  });

  it("resolves builtins by any alias, case-insensitively, to their canonical name", () => {
    expect(tree("SMTH1(births, 3)")).toEqual({
      kind: "call",
      fn: "smooth",
      args: [ref("births"), num(3)],
    });
    expect(tree("delay1i(a, 2, 0)")).toMatchObject({ kind: "call", fn: "delay1" });
    expect(tree("Time_Step")).toEqual({ kind: "call", fn: "dt", args: [] });
    expect(tree("time + pi()")).toEqual({
      kind: "binary",
      op: "+",
      left: { kind: "call", fn: "time", args: [] },
      right: { kind: "call", fn: "pi", args: [] },
    });
  });

  it("calls a lookup with its one input", () => {
    expect(tree("Effect_Table(x / 2)")).toEqual({
      kind: "lookup",
      table: "effect_table",
      arg: { kind: "binary", op: "/", left: ref("x"), right: num(2) },
    });
  });

  it("lets a model variable shadow a builtin without arguments", () => {
    const withTime = { kindOf: (id: string) => (id === "time" ? ("value" as const) : undefined) };
    expect(parseEquation("time", withTime).expr).toMatchObject({ kind: "ref", id: "time" });
  });

  it("without a scope makes every other name a ref and every other call a lookup", () => {
    const { expr } = parseEquation("anything * other(time) + max(1, 2)");
    expect(stripSpans(expr!)).toEqual({
      kind: "binary",
      op: "+",
      left: {
        kind: "binary",
        op: "*",
        left: ref("anything"),
        right: { kind: "lookup", table: "other", arg: { kind: "call", fn: "time", args: [] } },
      },
      right: { kind: "call", fn: "max", args: [num(1), num(2)] },
    });
  });

  it("lets an equation wrap over lines and carry # comments", () => {
    expect(tree("births # people per year\n  - deaths")).toEqual(tree("births - deaths"));
    expect(tree("a +\r\n b")).toEqual(tree("a + b"));
  });
});

describe("parseEquation: spans", () => {
  it("gives every ref, call and lookup the span of its text", () => {
    const text = "smooth(Births, 3) + effect_table( x )";
    const { expr } = parseEquation(text, scope);
    const slice = (e: Expr) => text.slice(e.span!.start, e.span!.end);
    expect(expr?.kind).toBe("binary");
    if (expr?.kind !== "binary") return;
    expect(slice(expr)).toBe(text);
    expect(slice(expr.left)).toBe("smooth(Births, 3)");
    expect(slice(expr.right)).toBe("effect_table( x )");
    if (expr.left.kind !== "call" || expr.right.kind !== "lookup") throw new Error("shape");
    expect(slice(expr.left.args[0]!)).toBe("Births");
    expect(slice(expr.right.arg)).toBe("x");
  });

  it("spans a binary from its first operand to its last, parentheses included", () => {
    const text = "(a + b) * c";
    const { expr } = parseEquation(text, scope);
    expect(expr?.span).toEqual({ start: 0, end: 11 });
    if (expr?.kind !== "binary") throw new Error("shape");
    expect(expr.left.span).toEqual({ start: 1, end: 6 });
  });
});

describe("parseEquation: diagnostics", () => {
  it("locates an unknown name by line and column in a multi-line equation", () => {
    const d = problem("births\n  - deaths\n  * migraton_rate");
    expect(d).toMatchObject({
      severity: "error",
      code: "unknown-name",
      line: 3,
      column: 5,
      value: "migraton_rate",
    });
    expect(d.message).toBe("unknown name `migraton_rate`");
  });

  it("reports every unknown name, each at its own place", () => {
    const { diagnostics } = parseEquation("birhts +\n   deahts", scope);
    expect(diagnostics.map((d) => [d.line, d.column, d.value, d.hint])).toEqual([
      [1, 1, "birhts", "did you mean `births`?"],
      [2, 4, "deahts", "did you mean `deaths`?"],
    ]);
  });

  it("suggests builtins for a misspelt function and lookups by name", () => {
    expect(problem("smoth(a, 2)")).toMatchObject({
      code: "unknown-function",
      value: "smoth",
      hint: "did you mean `smooth`, `smooth3` or `smooth_n`?",
    });
    expect(problem("efect_table(a)").hint).toContain("`effect_table`");
    expect(problem("a(1)").hint).toBe("`a` is a variable, not a lookup");
  });

  it("checks the number of arguments, showing expected and given", () => {
    const d = problem("1 + SMOOTH(births)");
    expect(d).toMatchObject({ code: "wrong-arity", column: 5, value: "SMOOTH(births)" });
    expect(d.message).toBe("`SMOOTH` expects 2 to 3 arguments, got 1");
    expect(d.hint).toBe("usage: smooth(input, delay[, initial])");
    expect(problem("step(1, 2, 3)").message).toBe("`step` expects 2 arguments, got 3");
    expect(problem("effect_table(a, b)").message).toBe(
      "lookup `effect_table` expects 1 argument, got 2",
    );
    expect(problem("max()").message).toBe("`max` expects at least 1 argument, got 0");
    expect(problem("max").code).toBe("wrong-arity");
  });

  it("rejects a lookup used without its input", () => {
    expect(problem("2 * effect_table")).toMatchObject({
      code: "lookup-without-argument",
      column: 5,
      value: "effect_table",
    });
  });

  it("rejects implicit multiplication, once per product", () => {
    expect(problem("2x")).toMatchObject({ code: "implicit-multiplication", value: "2x" });
    expect(problem("a b c")).toMatchObject({ value: "a b c", hint: "write a * b * c" });
    expect(problem("2 (a)").value).toBe("2 (a)");
    expect(problem("a AND b").hint).toBe("operators are lower case: write `and`");
  });

  it("suggests the name when a display name is written with its spaces", () => {
    expect(problem("Room Temperature * 2")).toMatchObject({
      code: "implicit-multiplication",
      value: "Room Temperature",
      hint: "names are written with _ for spaces: `room_temperature`",
    });
    expect(problem("IF THEN ELSE(a > 0, a, 0)").hint).toBe(
      "names are written with _ for spaces: `if_then_else(…)`",
    );
    expect(problem("Effect Table(x)").hint).toBe(
      "names are written with _ for spaces: `effect_table(…)`",
    );
    expect(problem("5 cm").hint).toBe("write 5 * cm; units belong in the variable's `units`");
  });

  it.each([
    ["[1, 2]", "unsupported: arrays", "[1, 2]"],
    ["a[1]", "unsupported: arrays (indexing)", "a[1]"],
    ["1:3", "unsupported: ranges", "1:3"],
    ["'text'", "unsupported: strings", "'text'"],
    ["a.b", "unsupported: property access", "a.b"],
    ["{a: 1}", "unsupported: objects", "{a: 1}"],
    ["x = 1", "unsupported: assignment", "x = 1"],
    ["f(x) = x", "unsupported: function definitions", "f(x) = x"],
    ["a; b", "unsupported: several statements", ";"],
    ["a;; b; c", "unsupported: several statements", ";"],
    ["3!", "unsupported: factorial `!`", "3!"],
    ["a'", "unsupported: arrays (transpose `'`)", "a'"],
    ["a xor b", "unsupported: xor", "a xor b"],
    ["a & b", "unsupported: bitwise and `&`", "a & b"],
    ["a < b < c", "unsupported: chained comparison", "a < b < c"],
    ["50%", "unsupported: percentage", "%"],
    ["a to b", "unsupported: units (conversion)", "a to b"],
  ])("rejects %s as %s", (text, message, value) => {
    expect(problem(text)).toMatchObject({ code: "unsupported-syntax", message, value });
  });

  it("turns mathjs syntax errors into located diagnostics with a hint", () => {
    expect(problem("a +\n  * b")).toMatchObject({
      code: "syntax",
      message: "syntax error: value expected",
      line: 2,
      column: 3,
      value: "*",
    });
    expect(problem("a <> b").hint).toBe("for not equal write !=");
    expect(problem("(a + b").message).toBe("syntax error: parenthesis ) expected");
  });

  it("reports an empty equation", () => {
    expect(problem("  # nothing here")).toMatchObject({
      code: "empty-equation",
      line: 1,
      column: 1,
    });
  });

  it("reports nesting too deep for the stack instead of throwing", () => {
    const deep = `${"(".repeat(50_000)}1${")".repeat(50_000)}`;
    expect(problem(deep).message).toBe("equation nested too deeply");
  });
});

describe("parseEquation: hostile text", () => {
  it.each(["constructor", "__proto__", "toString", "hasOwnProperty", "valueOf"])(
    "treats %s as an ordinary unknown name",
    (name) => {
      expect(problem(name)).toMatchObject({ code: "unknown-name", value: name });
      expect(problem(`${name}(1)`)).toMatchObject({ code: "unknown-function", value: name });
    },
  );

  it("never executes text: process.exit and constructor tricks come back as diagnostics", () => {
    for (const text of [
      "process.exit(1)",
      "this.constructor.constructor('return process')()",
      "constructor.constructor('return this')()",
      "import('fs')",
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a hostile template string on purpose
      "`${process.exit(1)}`",
      "{__proto__: {polluted: 1}}",
      "x.__proto__.polluted = 1",
      "eval('1')",
      "end = require",
    ]) {
      const result = parseEquation(text, scope);
      expect(result.expr).toBeUndefined();
      expect(result.diagnostics.length).toBeGreaterThan(0);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
