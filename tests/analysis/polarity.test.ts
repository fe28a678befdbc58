import { describe, expect, it } from "vitest";
import { exprMonotonicity, linkPolarity } from "../../src/analysis/polarity/expr-monotonicity.js";
import { graphicalFunctionMonotonicity } from "../../src/analysis/polarity/graphical-function-monotonicity.js";
import type { BinaryOp, Expr } from "../../src/expr/types.js";
import type { GraphicalFunction } from "../../src/model/types.js";

// Small builders so the expressions read like the equations they stand for.
const x: Expr = { kind: "ref", id: "x" };
const y: Expr = { kind: "ref", id: "y" };
const n = (value: number): Expr => ({ kind: "number", value });
const op = (o: BinaryOp, left: Expr, right: Expr): Expr => ({ kind: "binary", op: o, left, right });
const call = (fn: string, ...args: Expr[]): Expr => ({ kind: "call", fn, args });
const neg = (arg: Expr): Expr => ({ kind: "unary", op: "-", arg });
const lookup = (table: string, arg: Expr): Expr => ({ kind: "lookup", table, arg });

const increasing: GraphicalFunction = { xscale: { min: 0, max: 1 }, y: [0, 0.2, 0.7, 1] };
const decreasing: GraphicalFunction = { x: [0, 1, 5], y: [1, 0.5, 0.5] };
const humped: GraphicalFunction = { x: [0, 1, 2], y: [0, 1, 0] };
const tables: Record<string, GraphicalFunction> = {
  effect_up: increasing,
  effect_down: decreasing,
  hump: humped,
};
const graphicalFunction = (id: string) => tables[id];

describe("link polarity from an equation (positive quantities)", () => {
  it.each([
    ["x*y", "+", "+", op("*", x, y)],
    ["x/y", "+", "-", op("/", x, y)],
    ["x-y", "+", "-", op("-", x, y)],
    ["x+y", "+", "+", op("+", x, y)],
    ["-x", "-", "?", neg(x)],
    ["exp(x)", "+", "?", call("exp", x)],
    ["1/(1+x)", "-", "?", op("/", n(1), op("+", n(1), x))],
    ["sin(x)", "?", "?", call("sin", x)],
    ["x^2", "+", "?", op("^", x, n(2))],
    ["x^-1", "-", "?", op("^", x, n(-1))],
    ["0.5^x", "-", "?", op("^", n(0.5), x)],
    ["y*(1-x/10)", "-", "?", op("*", y, op("-", n(1), op("/", x, n(10))))],
    ["min(x, 1-y)", "+", "-", call("min", x, op("-", n(1), y))],
    ["max(x, y)", "+", "+", call("max", x, y)],
    ["smooth(x, y)", "+", "?", call("smooth", x, y)],
    ["ln(x) - sqrt(y)", "+", "-", op("-", call("ln", x), call("sqrt", y))],
  ])("%s is %s in x and %s in y", (_text, inX, inY, expr) => {
    expect(linkPolarity(expr as Expr, "x")).toBe(inX);
    expect(linkPolarity(expr as Expr, "y")).toBe(inY);
  });

  it("reads the sign of constants: x*c falls in x when c is negative", () => {
    const expr = op("*", x, { kind: "ref", id: "c" });
    expect(linkPolarity(expr, "x", { signOf: (id) => (id === "c" ? "-" : undefined) })).toBe("-");
    expect(linkPolarity(expr, "x")).toBe("+");
  });

  it("gives ? where a sign matters and positive quantities are not assumed", () => {
    expect(linkPolarity(op("/", x, y), "y", { assumePositive: false })).toBe("?");
    expect(linkPolarity(op("*", x, y), "x", { assumePositive: false })).toBe("?");
    expect(linkPolarity(op("+", x, y), "x", { assumePositive: false })).toBe("+");
  });

  it("follows graphical functions: increasing, decreasing, non-monotone, composed with the input", () => {
    expect(linkPolarity(lookup("effect_up", x), "x", { graphicalFunction })).toBe("+");
    expect(linkPolarity(lookup("effect_down", x), "x", { graphicalFunction })).toBe("-");
    expect(linkPolarity(lookup("effect_down", op("/", n(1), x)), "x", { graphicalFunction })).toBe(
      "+",
    );
    expect(linkPolarity(lookup("hump", x), "x", { graphicalFunction })).toBe("?");
    expect(linkPolarity(op("*", y, lookup("effect_down", x)), "x", { graphicalFunction })).toBe(
      "-",
    );
    expect(graphicalFunctionMonotonicity({ x: [0, 1], y: [3, 3] })).toBe("0");
  });

  it("decides an if only when its condition does not move with the input", () => {
    const branchesAgree: Expr = {
      kind: "if",
      cond: op(">", y, n(0)),
      then: x,
      else: op("*", n(2), x),
    };
    const branchesDisagree: Expr = { kind: "if", cond: op(">", y, n(0)), then: x, else: neg(x) };
    const switching: Expr = {
      kind: "if",
      cond: op(">", x, n(5)),
      then: x,
      else: op("+", x, n(100)),
    };
    expect(linkPolarity(branchesAgree, "x")).toBe("+");
    expect(linkPolarity(branchesDisagree, "x")).toBe("?");
    expect(linkPolarity(switching, "x")).toBe("?");
  });

  it("says 0 for an input that does not occur and ? for its link", () => {
    expect(exprMonotonicity(op("*", y, n(2)), "x")).toBe("0");
    expect(linkPolarity(op("*", y, n(2)), "x")).toBe("?");
  });
});
