import { describe, expect, it } from "vitest";
import { readVensimWithDiagnostics } from "../../../src/io/vensim/index.js";
import { control, diagnosticsOf, mdl } from "./mdl.js";

describe("readVensim: malformed files give located diagnostics, never a crash", () => {
  it("reports unbalanced parentheses at the end of the equation, with the variable and its text", () => {
    expect(diagnosticsOf(mdl("ok = 1", "x = (ok + 2"))).toEqual([
      {
        severity: "error",
        code: "vensim-syntax",
        message: 'expected ")", found end of equation',
        variable: "x",
        file: "bad.mdl",
        line: 6,
        column: 12,
        value: "x = (ok + 2",
      },
    ]);
  });

  it("reports an unknown function by name", () => {
    expect(diagnosticsOf(mdl("y = 2 * FROBNICATE(Time)"))).toEqual([
      expect.objectContaining({
        code: "unknown-function",
        message: "unknown function FROBNICATE",
        variable: "y",
        line: 2,
        column: 9,
      }),
    ]);
  });

  it("reports an unknown name", () => {
    expect(diagnosticsOf(mdl("y = missing + 1"))).toEqual([
      expect.objectContaining({
        code: "unknown-name",
        message: "unknown name missing",
        variable: "y",
      }),
    ]);
  });

  it("reports a truncated file", () => {
    const whole = mdl("a = 1", "b = a * 2");
    const cut = whole.slice(0, whole.indexOf("a * 2") + 3);
    expect(diagnosticsOf(cut)).toContainEqual(
      expect.objectContaining({ code: "truncated", line: 6, column: 1 }),
    );
  });

  it("reports an entry without ~", () => {
    expect(diagnosticsOf(`x = 1 |\n${control()}`)).toContainEqual(
      expect.objectContaining({
        code: "missing-tilde",
        message: "equation has no ~ before its |",
        line: 1,
        column: 7,
        value: "x = 1",
      }),
    );
  });

  it("collects every problem of the file, in the order of the file", () => {
    const found = diagnosticsOf(
      mdl("a = (1", "b = NOPE(2)", "c = a + b", "d = 2 * GET XLS DATA('f.xlsx', 'S', 'A', 'B1')"),
    );
    expect(found.map((d) => [d.variable, d.code])).toEqual([
      ["a", "vensim-syntax"],
      ["b", "unknown-function"],
      ["d", "unsupported"],
    ]);
    expect(found[2]?.message).toBe("unsupported: GET XLS DATA");
  });

  it("names data variables and mixed definitions", () => {
    expect(diagnosticsOf(mdl("d"))).toEqual([
      expect.objectContaining({
        code: "data-missing",
        message: expect.stringMatching(/^d is a data variable without an equation: give the data/),
        variable: "d",
      }),
    ]);
    expect(diagnosticsOf(mdl("D : a, b", "m[a] = INTEG(1, 0)", "m[b] = 2"))).toEqual([
      expect.objectContaining({ code: "mixed-definitions", variable: "m" }),
    ]);
  });

  it("survives hostile text: empty, binary, deep nesting, a lone quote", () => {
    for (const text of [
      "",
      "\u0000\u0001\u0002|||~~~",
      `x = ${"(".repeat(20000)}1${")".repeat(20000)} ~~|`,
      'x = "open ~~|',
      "{UTF-8",
    ]) {
      const reading = readVensimWithDiagnostics(text);
      expect(
        reading.diagnostics.length + (reading.model?.variables.length ?? 0),
      ).toBeGreaterThanOrEqual(0);
      for (const d of reading.diagnostics) expect(d.line).toBeGreaterThanOrEqual(1);
    }
  });

  it("warns and uses defaults when the control section is missing", () => {
    const reading = readVensimWithDiagnostics("x = 1 ~~|");
    expect(reading.model?.specs).toEqual({ start: 0, stop: 100, dt: 1 });
    expect(reading.diagnostics.map((d) => [d.severity, d.code])).toEqual([
      ["warning", "missing-control"],
      ["warning", "missing-control"],
      ["warning", "missing-control"],
    ]);
  });
});

describe("readVensim: a name defined twice", () => {
  it("reports the second definition", () => {
    for (const [first, second] of [
      ["k = 1", "k = 2"],
      ["k = Time", "k = 2 * Time"],
    ]) {
      expect(diagnosticsOf(mdl(first!, second!))).toEqual([
        expect.objectContaining({
          code: "duplicate-definition",
          variable: "k",
          line: 6,
          column: 1,
        }),
      ]);
    }
  });
});

describe("readVensim: a stock defined twice", () => {
  it("is reported once", () => {
    expect(diagnosticsOf(mdl("s = INTEG(1, 0)", "s = INTEG(2, 0)")).map((d) => d.code)).toEqual([
      "duplicate-definition",
    ]);
  });
});
