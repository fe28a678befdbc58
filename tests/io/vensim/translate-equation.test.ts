import { describe, expect, it } from "vitest";
import { translateVensimEquation } from "../../../src/io/vensim/index.js";

const text = (vensim: string, lookups: string[] = []): string => {
  const result = translateVensimEquation(vensim, lookups);
  if ("diagnostic" in result) throw new Error(result.diagnostic.message);
  return result.text;
};
const problem = (vensim: string) => {
  const result = translateVensimEquation(vensim);
  if ("text" in result) throw new Error(`expected a diagnostic, got ${result.text}`);
  return result.diagnostic;
};

describe("Vensim expressions in stockflow text", () => {
  it("writes = and <> as == and !=, and the colon operators as words", () => {
    expect(text("IF THEN ELSE(a = b :AND: c <> d, 1, 0)")).toBe(
      "if_then_else(a == b and c != d, 1, 0)",
    );
    expect(text(":NOT: x > 1 :OR: y")).toBe("not (x > 1) or y");
  });

  it("keeps Vensim precedence: ^ before unary minus, :NOT: below comparisons", () => {
    expect(text("-x ^ 2")).toBe("-x ^ 2"); // stockflow reads this as -(x ^ 2) too
    expect(text("(a + b) * c / (d - e)")).toBe("(a + b) * c / (d - e)");
    expect(text("a - (b - c)")).toBe("a - (b - c)");
    expect(text("2 ^ -1")).toBe("2 ^ -1");
  });

  it("maps Vensim builtin names to canonical builtins", () => {
    expect(text("INTEGER(x) + ABS(y)")).toBe("integer(x) + abs(y)");
    expect(text("DELAY FIXED(in, 3, 0)")).toBe("delay_fixed(in, 3, 0)");
    expect(text("SMOOTHI(in, 2, 5) + SMOOTH3(in, 2)")).toBe("smooth(in, 2, 5) + smooth3(in, 2)");
    expect(text("DELAY N(in, 4, 0, 3)")).toBe("delay_n(in, 4, 0, 3)");
    expect(text("PULSE(1, 2) + PULSE TRAIN(1, 1, 3, 10)")).toBe(
      "pulse(1, 2) + pulse_train(1, 1, 3, 10)",
    );
    expect(text("XIDZ(a, b, 1) + ZIDZ(a, b)")).toBe("xidz(a, b, 1) + zidz(a, b)");
    expect(text("RANDOM UNIFORM(0, 1, 7)")).toBe("random(0, 1, 7)");
    expect(text("Time + TIME STEP")).toBe("time + dt");
  });

  it("writes MODULO so that it keeps the dividend's sign, as Vensim does", () => {
    expect(text("MODULO(a, 3)")).toBe("(a - 3 * integer(a / 3))");
  });

  it("reads :NA: as -1e38 and GAME(x) as x", () => {
    expect(text(":NA:")).toBe("-1e+38");
    expect(text("GAME(x + 1)")).toBe("x + 1");
  });

  it("reads GET TIME VALUE in model time units, and names the calendar measures unsupported", () => {
    expect(text("GET TIME VALUE(0, offset, 0)")).toBe("(time + offset)");
    expect(text("2 * GET TIME VALUE(1, 3, 0)")).toBe("2 * (initial_time + 3)");
    expect(problem("GET TIME VALUE(0, 0, 2)")).toMatchObject({
      code: "unsupported",
      message:
        "unsupported: GET TIME VALUE of a calendar measure (2, quarter of year): Vensim's mapping of Time to dates is not documented for .mdl files",
      column: 22,
    });
  });

  it("names the computer clock unsupported and rejects relative-to and measure values Vensim has not", () => {
    expect(problem("GET TIME VALUE(2, 0, 10)")).toMatchObject({
      code: "unsupported",
      message:
        "unsupported: GET TIME VALUE relative to the computer clock (2): a run must not depend on when it is made",
    });
    expect(problem("GET TIME VALUE(3, 0, 0)")).toMatchObject({
      code: "bad-argument",
      message:
        "GET TIME VALUE: relative to must be 0 (current time), 1 (initial time) or 2 (computer clock), got 3",
    });
    expect(problem("GET TIME VALUE(0, 0, 11)")).toMatchObject({
      code: "bad-argument",
      message: "GET TIME VALUE: measure must be a whole number from 0 to 10, got 11",
    });
    expect(problem("GET TIME VALUE(0, 0, m)")).toMatchObject({
      code: "unsupported",
      message: "unsupported: GET TIME VALUE with a measure that is not a number",
    });
  });

  it("calls lookups with their input", () => {
    expect(text("effect(Crowding) * 2", ["Effect"])).toBe("effect(crowding) * 2");
  });

  it("names the unsupported function and locates it", () => {
    expect(problem("1 + QUEUE FIFO(a, b, c, d)")).toMatchObject({
      code: "unsupported",
      message: "unsupported: QUEUE FIFO",
      line: 1,
      column: 5,
    });
  });

  it("reports an unknown function, a wrong count of arguments and unbalanced parentheses", () => {
    expect(problem("FOO BAR(1)")).toMatchObject({
      code: "unknown-function",
      message: "unknown function FOO BAR",
    });
    expect(problem("ABS(1, 2)")).toMatchObject({ code: "wrong-arity", column: 1 });
    expect(problem("(a + b")).toMatchObject({
      code: "vensim-syntax",
      message: 'expected ")", found end of equation',
      column: 7,
    });
  });
});
