import { describe, expect, it } from "vitest";
import { diagnosticsOf, mdl, read, variable } from "./mdl.js";

const COHORTS = [
  "AGE : INFANT, CHILD, TEEN, OLD",
  "ALL BUT YOUNGEST : CHILD, TEEN, OLD",
  "PREVIOUS COHORT : INFANT, CHILD, TEEN -> ALL BUT YOUNGEST",
];

describe("readVensim: subscript ranges", () => {
  it("reads ranges, numeric sequences, subranges, mappings and equivalences", () => {
    const model = read(mdl(...COHORTS, "Year : (1-3)", "Cohort <-> AGE", "x[Cohort] = 1"));
    expect(model.dimensions).toEqual([
      {
        id: "age",
        name: "AGE",
        elements: ["infant", "child", "teen", "old"],
        elementNames: ["INFANT", "CHILD", "TEEN", "OLD"],
      },
      {
        id: "all_but_youngest",
        name: "ALL BUT YOUNGEST",
        elements: ["child", "teen", "old"],
        elementNames: ["CHILD", "TEEN", "OLD"],
        parent: "age",
      },
      {
        id: "previous_cohort",
        name: "PREVIOUS COHORT",
        elements: ["infant", "child", "teen"],
        elementNames: ["INFANT", "CHILD", "TEEN"],
        parent: "age",
        maps: [{ to: "all_but_youngest" }],
      },
      { id: "year", name: "Year", elements: ["_1", "_2", "_3"], elementNames: ["1", "2", "3"] },
      {
        id: "cohort",
        name: "Cohort",
        elements: ["infant", "child", "teen", "old"],
        elementNames: ["INFANT", "CHILD", "TEEN", "OLD"],
        parent: "age",
      },
    ]);
    // An equivalent range has the same elements under its own name, so it varies apart.
    expect(variable(model, "x").dims).toEqual(["cohort"]);
  });

  it("reads a range that lists other ranges, and a copy of a range", () => {
    const model = read(mdl("D : a, Sub, e", "Sub : b, c", "Copy : Sub", "x[Copy] = 1"));
    expect(model.dimensions?.map((d) => [d.id, d.elements.join(" "), d.parent])).toEqual([
      ["d", "a b c e", undefined],
      ["sub", "b c", "d"],
      ["copy", "b c", "d"],
    ]);
    expect(variable(model, "x").dims).toEqual(["copy"]);
  });

  it("expands named sequences (a1-a3)", () => {
    const model = read(mdl("Region : (r1-r3)", "x[Region] = 2"));
    expect(model.dimensions?.[0]?.elements).toEqual(["r1", "r2", "r3"]);
  });
});

describe("readVensim: arrayed equations", () => {
  it("keeps an apply-to-all equation with its dimensions", () => {
    const model = read(
      mdl("D : a, b", "E : x, y", "p[D, E] = 1, 2; 3, 4;", "q[D, E] = p[D, E] * 2 + SUM(p[D, E!])"),
    );
    expect(variable(model, "p")).toMatchObject({
      kind: "constant",
      dims: ["d", "e"],
      values: [1, 2, 3, 4],
    });
    expect(variable(model, "q")).toMatchObject({
      kind: "aux",
      dims: ["d", "e"],
      equation: "p[d, e] * 2 + sum(p[d, e!])",
    });
  });

  it("reads one-dimensional tabbed arrays, per-element constants and the array functions", () => {
    const model = read(
      mdl(
        "D : a, b, c",
        "v[D] = 1, 2, 3",
        "w[a] = 10",
        "w[b] = 20",
        "w[c] = 30",
        "lo = VMIN(v[D!]) + VMAX(w[D!]) + PROD(v[D!]) + ELMCOUNT(D)",
      ),
    );
    expect(variable(model, "v")).toMatchObject({ kind: "constant", values: [1, 2, 3] });
    expect(variable(model, "w")).toMatchObject({ kind: "constant", values: [10, 20, 30] });
    expect(variable(model, "lo")).toMatchObject({
      equation: "vmin(v[d!]) + vmax(w[d!]) + prod(v[d!]) + 3",
    });
  });

  it("reads TABBED ARRAY: numbers split by blanks or tabs, one row per line", () => {
    const model = read(
      mdl(
        "D : a, b, c",
        "E : x, y",
        "t[E, D] = TABBED ARRAY(\n\t1\t2\t3\n\t4 -5  6.5)",
        "u[D] = TABBED ARRAY(7 8 9)",
      ),
    );
    expect(variable(model, "t")).toMatchObject({ kind: "constant", values: [1, 2, 3, 4, -5, 6.5] });
    expect(variable(model, "u")).toMatchObject({ kind: "constant", values: [7, 8, 9] });
    const rows = diagnosticsOf(
      mdl("D : a, b, c", "E : x, y", "t[E, D] = TABBED ARRAY(1 2 3\n 4 5)"),
    );
    expect(rows.map((d) => [d.code, d.variable])).toEqual([["wrong-count", "t"]]);
    const open = diagnosticsOf(mdl("D : a, b", "t[D] = TABBED ARRAY(1 2"));
    expect(open.map((d) => [d.message, d.variable])).toEqual([
      ["TABBED ARRAY without its closing parenthesis", "t"],
    ]);
  });

  it("writes equations for single elements and subranges per element, resolving mappings", () => {
    const model = read(
      mdl(
        ...COHORTS,
        "aging[AGE] = 1, 2, 3, 4",
        "inflow[INFANT] = 5",
        "inflow[ALL BUT YOUNGEST] = aging[PREVIOUS COHORT]",
      ),
    );
    expect(variable(model, "inflow")).toMatchObject({
      kind: "aux",
      dims: ["age"],
      elements: { infant: "5", child: "aging[infant]", teen: "aging[child]", old: "aging[teen]" },
    });
  });

  it("reads :EXCEPT: as an apply-to-all equation with overrides", () => {
    const model = read(mdl("D : a, b, c", "k[D] :EXCEPT: [b] = Time", "k[b] = 7"));
    expect(variable(model, "k")).toMatchObject({
      kind: "aux",
      dims: ["d"],
      equation: "time",
      elements: { b: "7" },
    });
  });

  it("makes arrayed stocks with flows of the same dimensions, or a net flow per element", () => {
    const model = read(
      mdl(
        ...COHORTS,
        "in[AGE] = 1",
        "out[AGE] = 0.5",
        "s[AGE] = INTEG(in[AGE] - out[AGE], 10)",
        "pop[INFANT] = INTEG(in[INFANT], 1) ~~|",
        "pop[ALL BUT YOUNGEST] = INTEG(out[PREVIOUS COHORT], 2)",
      ),
    );
    expect(variable(model, "s")).toMatchObject({
      kind: "stock",
      dims: ["age"],
      initial: "10",
      inflows: ["in"],
      outflows: ["out"],
    });
    expect(variable(model, "in")).toMatchObject({ kind: "flow", dims: ["age"] });
    expect(variable(model, "pop")).toMatchObject({
      kind: "stock",
      initialElements: { infant: "1", child: "2", teen: "2", old: "2" },
      inflows: ["pop_net_flow"],
    });
    expect(variable(model, "pop_net_flow")).toMatchObject({
      kind: "flow",
      dims: ["age"],
      elements: {
        infant: "in[infant]",
        child: "out[infant]",
        teen: "out[child]",
        old: "out[teen]",
      },
    });
  });

  it("gives a range or element used as a value its position", () => {
    const model = read(
      mdl("D : a, b, c", "S : b, c", "pos[D] = IF THEN ELSE(D = b, 1, 0)", "sub[S] = S"),
    );
    expect(variable(model, "pos")).toMatchObject({
      elements: { a: "if_then_else(1 == 2, 1, 0)", b: "if_then_else(2 == 2, 1, 0)" },
    });
    // A subrange numbers its elements by their place in the whole range, as Vensim does.
    expect(variable(model, "sub")).toMatchObject({ dims: ["s"], elements: { b: "2", c: "3" } });
  });
});

describe("readVensim: subscript errors", () => {
  it("reports a subscript that is not in its range, with its place and variable", () => {
    const text = mdl("D : a, b", "E : x, y", "v[D] = 1, 2", "w = v[x]");
    expect(diagnosticsOf(text)).toEqual([
      expect.objectContaining({
        code: "subscript-range",
        message: "subscript x is not in the range D of v",
        variable: "w",
        line: 14,
        column: 7,
        value: "w = v[x]",
      }),
    ]);
  });

  it("reports an unknown subscript, a wrong number of subscripts and a count of values that does not fit", () => {
    const found = diagnosticsOf(mdl("D : a, b", "v[D] = 1, 2, 3", "w = v[zz]", "u[D] = v[D, D]"));
    expect(found.map((d) => d.code)).toEqual([
      "wrong-count",
      "unknown-subscript",
      "subscript-count",
    ]);
    expect(found.map((d) => d.variable)).toEqual(["v", "w", "u"]);
  });
});
