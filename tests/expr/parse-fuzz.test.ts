import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compileModel } from "../../src/compile/compile-model.js";
import { ModelError } from "../../src/diagnostics/errors.js";
import { BUILTINS } from "../../src/expr/builtins.js";
import { type ParsedEquation, parseEquation } from "../../src/expr/parse-equation.js";
import { printExpr } from "../../src/expr/print-expr.js";
import type { Expr } from "../../src/expr/types.js";
import type { Variable } from "../../src/model/types.js";
import { aux, constant, model, stock } from "../helpers/models.js";
import { arbitraryExpr, exprArbitrary } from "./arbitrary-expr.js";
import { scope } from "./scope.js";

/** Fragments of equations and of attacks on evaluators, glued together at random. */
const FRAGMENTS = [
  "(",
  ")",
  "[",
  "]",
  "{",
  "}",
  ",",
  ";",
  ":",
  "?",
  "?.",
  "??",
  ".",
  "'",
  '"',
  "`",
  "\\",
  "$",
  "${",
  "#",
  "=",
  "==",
  "!=",
  "<>",
  "<",
  ">=",
  "!",
  "~",
  "&",
  "|",
  "^",
  "%",
  "+",
  "-",
  "*",
  "/",
  "=>",
  "..",
  " ",
  "\n",
  "\r\n",
  "\t",
  "\u00a0",
  "\u2028",
  "\u0000",
  "1",
  "2.5e3",
  ".5",
  "1e",
  "0x1F",
  "1e400",
  "a",
  "births",
  "Room_Temperature",
  "x1",
  "_",
  "é",
  "\u{1d431}",
  "Ω",
  "😀",
  "mod",
  "and",
  "or",
  "not",
  "xor",
  "to",
  "in",
  "end",
  "true",
  "NaN",
  "Infinity",
  "time",
  "dt",
  "smooth",
  "if_then_else",
  "effect_table",
  "max",
  "__proto__",
  "constructor",
  "prototype",
  "toString",
  "hasOwnProperty",
  "valueOf",
  "process",
  "exit",
  "require",
  "import",
  "eval",
  "this",
  "globalThis",
  "Function",
  "return",
  "new",
  "delete",
  "function",
];

const fragments = fc
  .array(fc.constantFrom(...FRAGMENTS), { maxLength: 24 })
  .map((parts) => parts.join(""));

/** The direct subexpressions of `expr`. */
function children(expr: Expr): readonly Expr[] {
  switch (expr.kind) {
    case "number":
    case "ref":
      return [];
    case "unary":
      return [expr.arg];
    case "binary":
      return [expr.left, expr.right];
    case "if":
      return [expr.cond, expr.then, expr.else];
    case "call":
      return expr.args;
    case "lookup":
      return [expr.arg];
  }
}

/** Every span in `expr` lies inside the text, is not reversed, and encloses its children's. */
function spansInside(expr: Expr, length: number): void {
  const span = expr.span!;
  expect(0 <= span.start && span.start <= span.end && span.end <= length).toBe(true);
  for (const child of children(expr)) {
    expect(span.start <= child.span!.start && child.span!.end <= span.end).toBe(true);
    spansInside(child, length);
  }
}

/** A tree with spans and no diagnostics, or no tree and located error diagnostics. */
function expectWellFormed(text: string, result: ParsedEquation): void {
  if (result.expr !== undefined) {
    expect(result.diagnostics).toEqual([]);
    spansInside(result.expr, text.length);
    return;
  }
  expect(result.diagnostics.length).toBeGreaterThan(0);
  const lines = text.split("\n");
  for (const d of result.diagnostics) {
    expect(d.severity).toBe("error");
    expect(d.code).toMatch(/^[a-z]+(-[a-z]+)*$/);
    expect(d.code).not.toBe("internal");
    expect(d.message.length).toBeGreaterThan(0);
    expect(typeof d.value).toBe("string");
    expect(d.line).toBeGreaterThanOrEqual(1);
    expect(d.line).toBeLessThanOrEqual(lines.length);
    expect(d.column).toBeGreaterThanOrEqual(1);
    expect(d.column).toBeLessThanOrEqual(lines[d.line! - 1]!.length + 1);
  }
}

/** Parse `text` with and without a scope; neither may throw. */
function check(text: string): void {
  expectWellFormed(text, parseEquation(text, scope));
  expectWellFormed(text, parseEquation(text));
}

describe("parseEquation on hostile and random text", () => {
  it("never throws on arbitrary unicode text", () => {
    fc.assert(fc.property(fc.string({ unit: "binary", maxLength: 40 }), check), {
      numRuns: 1500,
    });
  });

  it("never throws on random glue of operators, brackets, quotes and attack words", () => {
    fc.assert(fc.property(fragments, check), { numRuns: 4000 });
  });

  it("never throws on printed trees with a fragment inserted or a character dropped", () => {
    const mutated = fc
      .tuple(arbitraryExpr, fc.nat(), fc.constantFrom(...FRAGMENTS), fc.boolean())
      .map(([expr, at, fragment, insert]) => {
        const text = printExpr(expr);
        const i = at % (text.length + 1);
        return insert
          ? text.slice(0, i) + fragment + text.slice(i)
          : text.slice(0, i) + text.slice(i + 1);
      });
    fc.assert(fc.property(mutated, check), { numRuns: 1500 });
  });
});

describe("compileModel on random equations", () => {
  const variables = [
    constant("births", 3),
    stock("population", "100", [], []),
    { kind: "lookup", id: "effect_table", gf: { x: [0, 1], y: [0, 2] } } as Variable,
  ];

  /** Compiling a model whose aux `out` has this equation succeeds or throws a ModelError. */
  function compiles(text: string): void {
    try {
      compileModel(model({}, [...variables, aux("out", text)]));
    } catch (error) {
      expect(error).toBeInstanceOf(ModelError);
      expect((error as ModelError).diagnostics.length).toBeGreaterThan(0);
    }
  }

  it("never throws anything but a ModelError, whatever the text", () => {
    fc.assert(fc.property(fragments, compiles), { numRuns: 300 });
  });

  // Builtins whose size is a value (a chain of `order` stocks, a pipeline of delay/dt slots)
  // are left out: a random tree may ask for millions of them.
  // Array reductions are left out too until arrays land in the compiler.
  const sized = ["delay_n", "smooth_n", "delay_fixed", "delay_material"];
  const arrays = Object.values(BUILTINS)
    .filter((spec) => spec.category === "array")
    .map((spec) => spec.name);

  it("never throws anything but a ModelError on printed random trees", () => {
    const printed = exprArbitrary([...sized, ...arrays]).map((expr) =>
      printExpr(expr).replace(/\b(a|b|room_temperature|_2024_rate|e|i|max|nan)\b(?!\()/g, "births"),
    );
    fc.assert(fc.property(printed, compiles), { numRuns: 300 });
  });
});
