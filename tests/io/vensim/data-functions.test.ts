/**
 * Vensim's data functions (GET XLS / GET DIRECT … DATA, CONSTANTS, LOOKUPS) on workbooks built
 * here with SheetJS, so every expected value is known by construction: the cells below, read
 * the way Vensim's documentation says (rows for one subscript, rows × columns for two, `*` for
 * columns; linear data between points, held outside; blank cells skipped).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as XLSX from "@e965/xlsx";
import { afterAll, describe, expect, it } from "vitest";
import type { Diagnostic } from "../../../src/diagnostics/diagnostic.js";
import { loadModel } from "../../../src/io/load-model.js";
import { readVensimWithDiagnostics } from "../../../src/io/vensim/index.js";
import type { Model } from "../../../src/model/types.js";
import { runModel } from "../../../src/simulate/simulate.js";
import { control, variable } from "./mdl.js";

/**
 * Sheet `Data`:
 *
 * |   | A    | B   | C     | D | E  |
 * |---|------|-----|-------|---|----|
 * | 1 | time | 0   | 2     | 4 | 6  |
 * | 2 | x    | 10  | 20    |   | 60 |
 * | 3 | y    | 1   | n/a   | 3 | 4  |
 * | 5 | c    | 1.5 | 2.5   | 3.5 |  |
 * | 6 |      | 4   | 5     | 6 |    |
 * | 8 | k    | 7   |       |   |    |
 * | 9 |      | 8   |       |   |    |
 * |10 |      | 9   |       |   |    |
 *
 * Names: `times` = B1:E1, `xs` = B2:E2, `col` = B8:B10, `later` = Other!B2 (on sheet `Other`).
 * Sheet `Subs`: A1 `north`, B1 `south`; A2:A4 `1`, `2`, `3`.
 */
function book(): Uint8Array {
  const ws = XLSX.utils.aoa_to_sheet([
    ["time", 0, 2, 4, 6],
    ["x", 10, 20, null, 60],
    ["y", 1, "n/a", 3, 4],
    [],
    ["c", 1.5, 2.5, 3.5],
    [null, 4, 5, 6],
    [],
    ["k", 7],
    [null, 8],
    [null, 9],
  ]);
  const other = XLSX.utils.aoa_to_sheet([
    ["t", 1, 3],
    ["v", 100, 300],
  ]);
  const subs = XLSX.utils.aoa_to_sheet([["north", "south"], [1], [2], [3]]);
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, "Data");
  XLSX.utils.book_append_sheet(wb, other, "Other");
  XLSX.utils.book_append_sheet(wb, subs, "Subs");
  wb.Workbook = {
    Names: [
      { Name: "times", Ref: "Data!$B$1:$E$1" },
      { Name: "xs", Ref: "Data!$B$2:$E$2" },
      { Name: "col", Ref: "Data!$B$8:$B$10" },
      { Name: "later", Ref: "Other!$B$2" },
    ],
  };
  return new Uint8Array(XLSX.write(wb, { type: "buffer", bookType: "xlsx" }) as Buffer);
}

const FILES: Record<string, Uint8Array> = {
  "book.xlsx": book(),
  "down.csv": new TextEncoder().encode("time,value\n0, 1\n10, 11\n"),
  "semi.txt": new TextEncoder().encode("0;5\n4;9\n"),
};

function readDataFile(name: string): Uint8Array {
  const bytes = FILES[name];
  if (bytes === undefined) throw new Error(`no such file: ${name}`);
  return bytes;
}

/** A `.mdl` file from entries, running from 0 to `final` in steps of `step`. */
function file(entries: readonly string[], final = 8, step = 1): string {
  return `{UTF-8}\n${entries.map((e) => `${e}\n\t~\t\n\t~\t\t|\n`).join("\n")}${control(final, step)}`;
}

function reading(entries: readonly string[], final = 8, step = 1) {
  return readVensimWithDiagnostics(file(entries, final, step), { file: "m.mdl", readDataFile });
}

function model(entries: readonly string[], final = 8, step = 1): Model {
  const r = reading(entries, final, step);
  const errors = r.diagnostics.filter((d) => d.severity === "error");
  if (r.model === undefined) expect.fail(errors.map((d) => d.message).join("\n"));
  return r.model;
}

function errorsOf(entries: readonly string[]): Diagnostic[] {
  const r = reading(entries);
  expect(r.model).toBeUndefined();
  return r.diagnostics.filter((d) => d.severity === "error");
}

const DIMS = ["d: a, b, c", "e: p, q", "two: u, v", "sub: c, a"];

describe("GET XLS / DIRECT CONSTANTS", () => {
  it("reads one cell, a row, a column (*), rows × columns and their transpose", () => {
    const m = model([
      ...DIMS,
      "k = GET XLS CONSTANTS('book.xlsx', 'Data', 'B8')",
      "r[d] = GET XLS CONSTANTS('book.xlsx', 'Data', 'B5')",
      "v[d] = GET DIRECT CONSTANTS('book.xlsx', 'Data', 'B8*')",
      "m[e, d] = GET XLS CONSTANTS('book.xlsx', 'Data', 'B5')",
      "t[d, e] = GET XLS CONSTANTS('book.xlsx', 'Data', 'B5*')",
    ]);
    expect(variable(m, "k")).toMatchObject({ kind: "constant", value: 7 });
    expect(variable(m, "r")).toMatchObject({ dims: ["d"], values: [1.5, 2.5, 3.5] });
    expect(variable(m, "v")).toMatchObject({ dims: ["d"], values: [7, 8, 9] });
    expect(variable(m, "m")).toMatchObject({ dims: ["e", "d"], values: [1.5, 2.5, 3.5, 4, 5, 6] });
    expect(variable(m, "t")).toMatchObject({ dims: ["d", "e"], values: [1.5, 4, 2.5, 5, 3.5, 6] });
    expect(variable(m, "k").doc).toBe("read with GET XLS CONSTANTS('book.xlsx', 'Data', 'B8')");
  });

  it("reads along the row when the other subscripts are single elements", () => {
    const m = model([...DIMS, "s[d, q] = GET XLS CONSTANTS('book.xlsx', 'Data', 'B6')"]);
    // Only the q column is defined: s[a,q] = 4, s[b,q] = 5, s[c,q] = 6; the p cells stay 0.
    expect(variable(m, "s")).toMatchObject({ dims: ["d", "e"], values: [0, 4, 0, 5, 0, 6] });
  });

  it("reads defined names, subranges in their own order, and element by element", () => {
    const m = model([
      ...DIMS,
      "n[d] = GET DIRECT CONSTANTS('book.xlsx', 'Data', 'col*')",
      "o[sub] = GET DIRECT CONSTANTS('book.xlsx', 'Data', 'B8*')",
      "w[a] = GET DIRECT CONSTANTS('book.xlsx', 'Data', 'later')",
      "w[b] = 2",
      "w[c] = GET DIRECT CONSTANTS('book.xlsx', 'Data', 'C6')",
    ]);
    expect(variable(m, "n")).toMatchObject({ values: [7, 8, 9] });
    // sub is (c, a): c takes B8 = 7, a takes B9 = 8.
    expect(variable(m, "o")).toMatchObject({ dims: ["sub"], values: [7, 8] });
    // `later` is a name on sheet Other (B2 = 100), whatever the tab argument says.
    expect(variable(m, "w")).toMatchObject({ dims: ["d"], values: [100, 2, 5] });
  });

  it("reads delimited text with the tab argument as the separator", () => {
    const m = model(["a = GET DIRECT CONSTANTS('semi.txt', ';', 'B2')"]);
    expect(variable(m, "a")).toMatchObject({ value: 9 });
  });
});

describe("GET XLS / DIRECT DATA", () => {
  it("interpolates linearly over blank cells and holds the end values", () => {
    const m = model([
      "x := GET XLS DATA('book.xlsx', 'Data', '1', 'B2')",
      "named := GET DIRECT DATA('book.xlsx', 'Data', 'times', 'xs')",
    ]);
    // Points (0,10), (2,20), (6,60): D2 is blank.
    const run = runModel(m);
    const expected: [number, number][] = [
      [0, 10],
      [1, 15],
      [2, 20],
      [3, 30],
      [4, 40],
      [5, 50],
      [6, 60],
      [8, 60],
    ];
    for (const [t, v] of expected) {
      expect(run.at("x", t)).toBeCloseTo(v, 12);
      expect(run.at("named", t)).toBeCloseTo(v, 12);
    }
  });

  it("holds backward (also :RAW:) or looks forward as the keyword or the fifth argument says", () => {
    const m = model([
      "hb:HOLD BACKWARD::= GET XLS DATA('book.xlsx', 'Data', '1', 'B2')",
      "raw:RAW::= GET XLS DATA('book.xlsx', 'Data', '1', 'B2')",
      "lf:LOOK FORWARD::= GET XLS DATA('book.xlsx', 'Data', '1', 'B2')",
      "lf5 := GET XLS DATA('book.xlsx', 'Data', '1', 'B2', 'look forward')",
    ]);
    const run = runModel(m);
    const hold = [10, 10, 20, 20, 20, 20, 60, 60, 60];
    const forward = [10, 20, 20, 60, 60, 60, 60, 60, 60];
    for (let t = 0; t <= 8; t += 1) {
      expect(run.at("hb", t), `hb at ${t}`).toBe(hold[t]);
      expect(run.at("raw", t), `raw at ${t}`).toBe(hold[t]);
      expect(run.at("lf", t), `lf at ${t}`).toBe(forward[t]);
      expect(run.at("lf5", t), `lf5 at ${t}`).toBe(forward[t]);
    }
  });

  it("reads the next row for the next element, skipping text cells with a warning", () => {
    const r = reading([...DIMS, "z[two] := GET XLS DATA('book.xlsx', 'Data', '1', 'B2')"]);
    expect(r.diagnostics).toEqual([
      expect.objectContaining({
        severity: "warning",
        code: "data-cell",
        variable: "z",
        value: "C3",
        line: 18,
        column: 50,
      }),
    ]);
    const run = runModel(r.model!);
    expect(run.at("z[u]", 2)).toBeCloseTo(20, 12);
    // z[v]: points (0,1), (4,3), (6,4); C3 is text.
    expect(run.at("z[v]", 2)).toBeCloseTo(2, 12);
    expect(run.at("z[v]", 5)).toBeCloseTo(3.5, 12);
  });

  it("reads time down a column of a csv file", () => {
    const m = model(["dd := GET DIRECT DATA('down.csv', ',', 'A', 'B2')"], 10, 0.5);
    const run = runModel(m);
    expect(run.at("dd", 2.5)).toBeCloseTo(3.5, 12);
    expect(run.at("dd", 10)).toBeCloseTo(11, 12);
  });

  it("reads x := expression like x = expression", () => {
    const m = model(["y := 3 * Time"]);
    expect(runModel(m).at("y", 2)).toBe(6);
  });
});

describe("GET XLS / DIRECT LOOKUPS", () => {
  it("makes a lookup per element, called with any input", () => {
    const m = model([
      ...DIMS,
      "l = GET XLS LOOKUPS('book.xlsx', 'Data', '1', 'B2')",
      "ll[two](GET XLS LOOKUPS('book.xlsx', 'Data', '1', 'B2'))",
      "g = l(3)",
      "q[two] = ll[two](3)",
    ]);
    expect(variable(m, "l")).toMatchObject({
      kind: "lookup",
      gf: { x: [0, 2, 6], y: [10, 20, 60] },
    });
    const run = runModel(m);
    expect(run.at("g", 0)).toBeCloseTo(30, 12);
    expect(run.at("q[u]", 0)).toBeCloseTo(30, 12);
    expect(run.at("q[v]", 0)).toBeCloseTo(2.5, 12);
  });
});

describe("TABBED ARRAY", () => {
  it("reads numbers separated by blanks, rows by line breaks", () => {
    const m = model([
      ...DIMS,
      "ta[e, d] = TABBED ARRAY(1\t2\t3\n4\t5\t-6e-1)",
      "tb[d] == TABBED ARRAY(  7 8\t9  )",
    ]);
    expect(variable(m, "ta")).toMatchObject({ dims: ["e", "d"], values: [1, 2, 3, 4, 5, -0.6] });
    expect(variable(m, "tb")).toMatchObject({ dims: ["d"], values: [7, 8, 9] });
  });

  it("locates a value that is no number, and a wrong count", () => {
    const found = errorsOf([...DIMS, "ta[d] = TABBED ARRAY(1 x 3)", "tb[d] = TABBED ARRAY(1 2)"]);
    expect(found.map((d) => [d.variable, d.code, d.line, d.column])).toEqual([
      ["ta", "vensim-syntax", 18, 24],
      ["tb", "wrong-count", 22, 22],
    ]);
  });
});

describe("GET XLS / DIRECT SUBSCRIPT", () => {
  it("reads elements across, down, or over a rectangle, with a prefix", () => {
    const m = model([
      "region: GET XLS SUBSCRIPT('book.xlsx', 'Subs', 'A1', '', '')",
      "level: GET DIRECT SUBSCRIPT('book.xlsx', 'Subs', 'A2', '', 'L')",
      "rect: GET DIRECT SUBSCRIPT('book.xlsx', 'Subs', 'A2', 'A4', 'n')",
      "c[region] = GET XLS CONSTANTS('book.xlsx', 'Data', 'B5')",
      "k[level, rect] = 1",
    ]);
    const elements = (id: string) => m.dimensions?.find((d) => d.id === id)?.elements;
    expect(elements("region")).toEqual(["north", "south"]);
    expect(elements("level")).toEqual(["l1", "l2", "l3"]);
    expect(elements("rect")).toEqual(["n1", "n2", "n3"]);
    expect(variable(m, "c")).toMatchObject({ dims: ["region"], values: [1.5, 2.5] });
  });

  it("reports a range it cannot read at its argument", () => {
    const r = reading(["region: GET XLS SUBSCRIPT('book.xlsx', 'Nope', 'A1', '', '')", "a = 1"]);
    expect(r.diagnostics).toEqual([
      expect.objectContaining({ code: "data-sheet", variable: "region", line: 2, column: 40 }),
    ]);
  });
});

describe("external references and mixed definitions", () => {
  it("resolves '?name' through the settings after the sketch, else drops the '?'", () => {
    const text = `${file([
      "a = GET XLS CONSTANTS('?inputs', 'Data', 'B8')",
      "b = GET XLS CONSTANTS('?book.xlsx', 'Data', 'B9')",
    ])}\\\\\\---/// Sketch information - do not modify anything except names
V300  Do not put anything below this section - it will be ignored
*View 1
///---\\\\\\
:L<%^E!@
30:?inputs=book.xlsx
`;
    const r = readVensimWithDiagnostics(text, { file: "m.mdl", readDataFile });
    expect(r.diagnostics).toEqual([]);
    expect(variable(r.model!, "a")).toMatchObject({ value: 7 });
    expect(variable(r.model!, "b")).toMatchObject({ value: 8 });
  });

  it("mixes data, spreadsheet constants and numbers element by element", () => {
    const m = model([
      "kind: dat, con, lit",
      "two: u, v",
      "mix[dat, two]:INTERPOLATE::= GET DIRECT DATA('book.xlsx', 'Data', '1', 'B2')",
      "mix[con, two] = GET DIRECT CONSTANTS('book.xlsx', 'Data', 'B8*')",
      "mix[lit, two] = 2, 4",
    ]);
    const run = runModel(m);
    // mix[dat,v] reads row 3: points (0,1), (4,3), (6,4).
    const expected: [string, number][] = [
      ["mix[dat,u]", 15],
      ["mix[dat,v]", 1.5],
      ["mix[con,u]", 7],
      ["mix[con,v]", 8],
      ["mix[lit,u]", 2],
      ["mix[lit,v]", 4],
    ];
    for (const [name, v] of expected) expect(run.at(name, 1), name).toBeCloseTo(v, 12);
  });
});

describe("data function diagnostics", () => {
  it("locates a missing file at its argument, with the variable and the file", () => {
    const [d, ...rest] = errorsOf(["k = GET XLS CONSTANTS('nope.xlsx', 'Data', 'B8')"]);
    expect(rest).toEqual([]);
    expect(d).toMatchObject({
      code: "data-file",
      file: "m.mdl",
      line: 2,
      column: 23,
      variable: "k",
      value: "nope.xlsx",
    });
    expect(d?.message).toContain("no such file: nope.xlsx");
  });

  it("names a missing sheet, a bad cell, an empty or non-numeric cell", () => {
    const found = errorsOf([
      "s = GET XLS CONSTANTS('book.xlsx', 'Nope', 'B8')",
      "c = GET XLS CONSTANTS('book.xlsx', 'Data', 'nowhere')",
      "e = GET XLS CONSTANTS('book.xlsx', 'Data', 'C8')",
      "t = GET XLS CONSTANTS('book.xlsx', 'Data', 'C3')",
      "u = s + c + e + t",
    ]);
    expect(found.map((d) => [d.variable, d.code, d.value])).toEqual([
      ["s", "data-sheet", "Nope"],
      ["c", "data-cell", "nowhere"],
      ["e", "data-cell", "C8"],
      ["t", "data-cell", "C3"],
    ]);
    expect(found[0]?.message).toBe("no sheet 'Nope' in 'book.xlsx' (sheets: Data, Other, Subs)");
    expect(found[2]?.message).toBe("cell C8 of 'book.xlsx' is empty");
    expect(found[3]?.message).toBe("cell C3 of 'book.xlsx' is not a number (it holds text)");
  });

  it("names wrong arity, unknown interpolation, and calls inside expressions", () => {
    const found = errorsOf([
      "a = GET XLS CONSTANTS('book.xlsx', 'Data')",
      "b := GET XLS DATA('book.xlsx', 'Data', '1', 'B2', 'sideways')",
      "c = 2 * GET XLS CONSTANTS('book.xlsx', 'Data', 'B8')",
    ]);
    expect(found.map((d) => [d.variable, d.code])).toEqual([
      ["a", "wrong-arity"],
      ["b", "data-argument"],
      ["c", "unsupported"],
    ]);
    expect(found[2]?.message).toBe("unsupported: GET XLS CONSTANTS");
  });

  it("turns corrupt workbooks into diagnostics, never a crash", () => {
    const corrupt = [
      new Uint8Array([0x50, 0x4b, 3, 4, 1, 2, 3, 4, 5]), // a broken zip (xlsx)
      new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), // a broken xls
      new Uint8Array(0),
    ];
    for (const bytes of corrupt) {
      const r = readVensimWithDiagnostics(
        file(["k = GET XLS CONSTANTS('bad.xlsx', 'Data', 'B8')"]),
        { file: "m.mdl", readDataFile: () => bytes },
      );
      expect(r.model).toBeUndefined();
      const [d] = r.diagnostics.filter((x) => x.severity === "error");
      expect(["data-file", "data-sheet"]).toContain(d?.code);
      expect(d).toMatchObject({ variable: "k", line: 2 });
    }
  });

  it("reports a clear problem when no file access is given", () => {
    const r = readVensimWithDiagnostics(file(["k = GET XLS CONSTANTS('book.xlsx', 'Data', 'B8')"]));
    expect(r.model).toBeUndefined();
    expect(r.diagnostics[0]?.message).toMatch(/^cannot read data file 'book.xlsx': no file access/);
  });
});

describe("loadModel and data files", () => {
  const dir = mkdtempSync(join(tmpdir(), "stockflow-data-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("reads data files relative to the .mdl file", async () => {
    mkdirSync(join(dir, "inputs"));
    writeFileSync(join(dir, "inputs", "book.xlsx"), FILES["book.xlsx"]!);
    writeFileSync(
      join(dir, "model.mdl"),
      file(["k = GET XLS CONSTANTS('inputs/book.xlsx', 'Data', 'B9')"]),
    );
    const m = (await loadModel(join(dir, "model.mdl"))) as Model;
    expect(variable(m, "k")).toMatchObject({ value: 8 });
  });

  it("refuses a data file larger than the limit", async () => {
    writeFileSync(
      join(dir, "big.mdl"),
      file(["k = GET XLS CONSTANTS('inputs/book.xlsx', 'Data', 'B9')"]),
    );
    await expect(loadModel(join(dir, "big.mdl"), { maxBytes: 2000 })).rejects.toMatchObject({
      diagnostics: [
        expect.objectContaining({
          code: "data-file",
          message: expect.stringMatching(/more than the limit of 2000/),
        }),
      ],
    });
  });
});
