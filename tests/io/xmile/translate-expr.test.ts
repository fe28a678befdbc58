import { describe, expect, it } from "vitest";
import { parseXmileExpr, type XmileExprScope } from "../../../src/io/xmile/parse-xmile-expr.js";
import { translateXmileEquation } from "../../../src/io/xmile/translate-xmile-equation.js";
import { xmileNameToId } from "../../../src/io/xmile/xmile-names.js";

const names = {
  variables: ["a", "b", "c", "x", "room_temperature", "time_step", "sector__rate"],
  lookups: ["effect"],
};

/** The stockflow text of an XMILE equation, or the diagnostic message. */
function tr(text: string): string {
  const result = translateXmileEquation(text, names);
  return "text" in result ? result.text : `! ${result.diagnostic.message}`;
}

const scope: XmileExprScope = {
  resolve: xmileNameToId,
  kindOf: (id) => (names.lookups.includes(id) ? "lookup" : "value"),
};

describe("XMILE operators and their precedence (XMILE §3.3.1)", () => {
  it("= and <> are comparisons, AND OR NOT and MOD are keywords in any case", () => {
    expect(tr("a = b")).toBe("a == b");
    expect(tr("a <> b")).toBe("a != b");
    expect(tr("a AnD b oR NoT c")).toBe("a and b or not c");
    expect(tr("a MOD 3")).toBe("a mod 3");
  });

  it("AND binds tighter than OR, comparisons tighter than AND", () => {
    expect(parseXmileExpr("a OR b AND c", scope)).toMatchObject({
      op: "or",
      right: { op: "and" },
    });
    expect(parseXmileExpr("a < 1 AND b >= 2", scope)).toMatchObject({
      op: "and",
      left: { op: "<" },
      right: { op: ">=" },
    });
  });

  it("^ is right-associative and tighter than unary minus", () => {
    expect(parseXmileExpr("2 ^ 3 ^ 2", scope)).toMatchObject({
      op: "^",
      left: { value: 2 },
      right: { op: "^" },
    });
    expect(parseXmileExpr("- x ^ 2", scope)).toMatchObject({
      kind: "unary",
      op: "-",
      arg: { op: "^" },
    });
    expect(parseXmileExpr("30 ^ - 30 ^ -x", scope)).toMatchObject({
      op: "^",
      right: { kind: "unary", arg: { op: "^", right: { kind: "unary" } } },
    });
  });

  it("* / MOD bind tighter than + -, and both are left-associative", () => {
    expect(parseXmileExpr("4 - 5 + 6", scope)).toMatchObject({ op: "+", left: { op: "-" } });
    expect(parseXmileExpr("a / b * c", scope)).toMatchObject({ op: "*", left: { op: "/" } });
    expect(tr("a + b MOD 3")).toBe("a + b mod 3");
  });

  it("IF … THEN … ELSE nests and takes whole expressions", () => {
    expect(tr("IF a > 1 THEN IF b THEN 1 ELSE 2 ELSE c + 1")).toBe(
      "if_then_else(a > 1, if_then_else(b, 1, 2), c + 1)",
    );
    expect(tr("( if a then b else c ) * 2")).toBe("if_then_else(a, b, c) * 2");
  });

  it("numbers with leading dots and exponents, comments in braces", () => {
    expect(tr("+.72 + 1.5E-3 {a comment} + 2e+2")).toBe("+0.72 + 0.0015 + 200");
  });
});

describe("XMILE names (XMILE §3.2.2)", () => {
  it("are case-insensitive, spaces and underscores alike, quotes optional", () => {
    expect(tr("Room_Temperature + ROOM_TEMPERATURE")).toBe("room_temperature + room_temperature");
    expect(tr('"Room Temperature" * 2')).toBe("room_temperature * 2");
  });

  it("a variable shadows a zero-argument builtin; otherwise TIME, DT, PI are builtins", () => {
    expect(tr("TIME_STEP + DT + TIME + PI + STARTTIME + STOPTIME")).toBe(
      "time_step + dt + time + pi + initial_time + final_time",
    );
  });

  it("module-qualified names map to flattened ids", () => {
    expect(tr("sector.rate * 2")).toBe("sector__rate * 2");
  });

  it("a lookup called with an argument, directly or through LOOKUP, is a lookup", () => {
    expect(tr("effect(x / 2)")).toBe("effect(x / 2)");
    expect(parseXmileExpr("LOOKUP(effect, x)", scope)).toEqual({
      kind: "lookup",
      table: "effect",
      arg: { kind: "ref", id: "x" },
    });
  });
});

describe("XMILE builtins (XMILE §3.5) map onto stockflow builtins", () => {
  const cases: [string, string][] = [
    ["ABS(a) + ARCCOS(a) + ARCSIN(a) + ARCTAN(a)", "abs(a) + arccos(a) + arcsin(a) + arctan(a)"],
    ["COS(a) + EXP(a) + INT(a) + LN(a) + LOG10(a)", "cos(a) + exp(a) + int(a) + ln(a) + log10(a)"],
    [
      "MAX(a, b) + MIN(a, b, c) + SIN(a) + SQRT(a) + TAN(a)",
      "max(a, b) + min(a, b, c) + sin(a) + sqrt(a) + tan(a)",
    ],
    ["INF + PI()", "inf + pi"],
    [
      "EXPRND(a) + LOGNORMAL(a, b) + NORMAL(a, b, 7)",
      "exprnd(a) + lognormal(a, b) + normal(a, b, 7)",
    ],
    ["POISSON(a) + RANDOM(0, 1)", "poisson(a) + random(0, 1)"],
    ["DELAY(a, 3)", "delay_fixed(a, 3)"],
    ["DELAY(a, 3, 0)", "delay_fixed(a, 3, 0)"],
    ["DELAY1(a, 3) + DELAY3(a, 3, 1)", "delay1(a, 3) + delay3(a, 3, 1)"],
    ["DELAYN(a, 3, 5, 0)", "delay_n(a, 3, 0, 5)"],
    ["DELAYN(a + 1, 3, 5)", "delay_n(a + 1, 3, a + 1, 5)"],
    ["SMTH1(a, 2) + SMTH3(a, 2, 1)", "smooth(a, 2) + smooth3(a, 2, 1)"],
    ["SMTHN(a, 2, 4)", "smooth_n(a, 2, a, 4)"],
    ["FORCST(a, 2, 5) + TREND(a, 2)", "forecast(a, 2, 5) + trend(a, 2)"],
    ["PULSE(10, 5) + PULSE(10, 5, 2)", "xpulse(10, 5) + xpulse(10, 5, 2)"],
    ["RAMP(1, 5) + STEP(10, 5)", "ramp(1, 5) + step(10, 5)"],
    ["INIT(a) + PREVIOUS(a, 0)", "initial(a) + previous(a, 0)"],
    ["SAFEDIV(a, b) + SAFEDIV(a, b, 1)", "zidz(a, b) + xidz(a, b, 1)"],
    ["SINH(a) + COSH(a) + TANH(a)", "sinh(a) + cosh(a) + tanh(a)"],
    ["MOD(a, 3) + MIN(a)", "modulo(a, 3) + min(a)"],
  ];
  it.each(cases)("%s", (xmile, stockflow) => {
    expect(tr(xmile)).toBe(stockflow);
  });

  it("function names are case-insensitive", () => {
    expect(tr("abs(a) + Abs(b)")).toBe("abs(a) + abs(b)");
  });
});

describe("what cannot be translated says why, and where", () => {
  it("an unknown function is unsupported by name", () => {
    const r = translateXmileEquation("EXPRESSION MACRO(a, b)", names);
    expect(r).toMatchObject({
      diagnostic: { code: "unsupported", message: "unsupported: EXPRESSION MACRO", column: 1 },
    });
  });

  it("subscripts on a variable that is not an array say so", () => {
    expect(tr("x[dim1] + 1")).toBe("! x is not an array");
  });

  it("a wrong argument count names the function and its arity", () => {
    expect(tr("STEP(1)")).toBe("! STEP takes 2 argument(s), got 1");
  });

  it("syntax errors give the column", () => {
    const r = translateXmileEquation("IF a THEN b", names);
    expect(r).toMatchObject({
      diagnostic: {
        code: "xmile-syntax",
        message: "expected ELSE, found end of equation",
        column: 12,
      },
    });
    expect(tr("a +")).toBe("! unexpected end of equation");
    expect(tr("a ? b")).toBe('! unexpected character "?"');
  });
});
