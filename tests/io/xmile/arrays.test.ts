/**
 * XMILE arrays (XMILE 1.0 §3.7.1) read into the model's array contract, written back, and run.
 */
import { describe, expect, it } from "vitest";
import { readXmile, readXmileWithDiagnostics } from "../../../src/io/xmile/read-xmile.js";
import { translateXmileEquation } from "../../../src/io/xmile/translate-xmile-equation.js";
import { writeXmile } from "../../../src/io/xmile/write-xmile.js";
import type { Model, Variable } from "../../../src/model/types.js";
import { runModel } from "../../../src/simulate/simulate.js";
import { expectClose } from "../../helpers/close.js";

const DIMS = `<dimensions>
  <dim name="Region"><elem name="North"/><elem name="South Coast"/></dim>
  <dim name="Age" size="3"/>
</dimensions>`;

function xmile(variables: string, dims = DIMS): string {
  return `<xmile version="1.0" xmlns="http://docs.oasis-open.org/xmile/ns/XMILE/v1.0">
  <header><vendor>t</vendor><product>t</product></header>
  <sim_specs><start>0</start><stop>4</stop><dt>1</dt></sim_specs>
  ${dims}
  <model><variables>${variables}</variables></model>
</xmile>`;
}

const over = (...names: string[]) =>
  `<dimensions>${names.map((n) => `<dim name="${n}"/>`).join("")}</dimensions>`;

function plain(model: Model, id: string): Omit<Variable, "loc"> {
  const v = model.variables.find((x) => x.id === id);
  if (v === undefined) throw new Error(`no variable ${id}`);
  const { loc: _loc, ...rest } = v;
  return rest;
}

describe("dimensions", () => {
  it("named elements map through canonical ids; a size gives elements 1 … n", () => {
    const m = readXmile(xmile(""));
    expect(m.dimensions).toEqual([
      {
        id: "region",
        name: "Region",
        elements: ["north", "south_coast"],
        elementNames: ["North", "South Coast"],
      },
      { id: "age", name: "Age", elements: ["_1", "_2", "_3"], elementNames: ["1", "2", "3"] },
    ]);
  });

  it("a dimension without elements or size, and an element given twice, are errors", () => {
    const r = readXmileWithDiagnostics(
      xmile(
        "",
        `<dimensions><dim name="A"/><dim name="B"><elem name="x"/><elem name="X"/></dim></dimensions>`,
      ),
    );
    expect(r.diagnostics.map((d) => d.code)).toEqual(["bad-dimension", "duplicate-element"]);
  });
});

describe("arrayed variables", () => {
  it("an apply-to-all equation keeps dimension subscripts bound to the element", () => {
    const m = readXmile(
      xmile(`<aux name="pop">${over("Region")}<eqn>Time * 2</eqn></aux>
             <aux name="share">${over("Region")}<eqn>pop[Region] / SUM(pop[*])</eqn></aux>`),
    );
    expect(plain(m, "pop")).toEqual({
      kind: "aux",
      id: "pop",
      name: "pop",
      dims: ["region"],
      equation: "time * 2",
    });
    expect(plain(m, "share")).toMatchObject({ equation: "pop[region] / sum(pop[region!])" });
  });

  it("elements by name, qualified name or 1-based index; a foreign dimension is the whole of it", () => {
    const tr = (text: string) => {
      const r = translateXmileEquation(text, {
        variables: ["pop", "kids", "total"],
        dimensions: readXmile(xmile("")).dimensions!,
        arrays: { pop: ["region"], kids: ["region", "age"] },
      });
      return "text" in r ? r.text : `! ${r.diagnostic.message}`;
    };
    expect(tr("pop[South_Coast] + pop[Region.North] + pop[2]")).toBe(
      "pop[south_coast] + pop[north] + pop[south_coast]",
    );
    expect(tr("kids[North, 3] + MEAN(kids[Region, *])")).toBe(
      "kids[north, _3] + mean(kids[region, age!])",
    );
    expect(tr("pop[*, Age]")).toBe("! pop has 1 dimension(s) but 2 subscript(s)");
    expect(tr("pop[West]")).toBe("! West is neither a dimension nor an element");
    expect(tr("pop[3]")).toBe("! no element 3 in dimension region (it has 2)");
    expect(tr("total[North]")).toBe("! total is not an array");
  });

  it("what is not supported is named: ranges of variables, positions", () => {
    const r = (text: string) =>
      readXmileWithDiagnostics(
        xmile(`<aux name="pop">${over("Region")}<eqn>1</eqn></aux>
               <aux name="m">${over("Region", "Age")}<eqn>1</eqn></aux>
               <aux name="x">${over("Region")}<eqn>${text}</eqn></aux>`),
      ).diagnostics.map((d) => d.message);
    // Subscript expressions are read (see subscript-expressions.test.ts).
    expect(r("pop[Region + 1]")).toEqual([]);
    expect(r("SUM(pop[1:2])")).toEqual([]);
    expect(r("SUM(pop[x:2])")).toEqual([
      "unsupported: a subscript range whose ends are not elements of the dimension in order",
    ]);
    expect(r("pop[@1]")).toEqual(["unsupported: dimension positions (@)"]);
    // RANK is an array builtin now (the index of the element of a given rank).
    expect(r("RANK(pop[*], 1)")).toEqual([]);
  });

  it("transposition (') runs: an element of m' is the element of m with the same dimension names", () => {
    const m = readXmile(
      xmile(`<aux name="m">${over("Region", "Age")}<eqn>1,2,3; 4,5,6</eqn></aux>
             <aux name="w">${over("Region")}<eqn>10, 100</eqn></aux>
             <aux name="mt">${over("Age", "Region")}<eqn>m' * 10</eqn>
               <element subscript="1, North"><eqn>SUM(m[*, *]')</eqn></element></aux>
             <aux name="weighted">${over("Age")}<eqn>SUM(m[*, Age]' * w[*])</eqn></aux>`),
    );
    const run = runModel(m);
    // mt[2, South Coast] = 10·m[South Coast, 2]; mt[3, North] = 10·m[North, 3]
    expect(run.final("mt_2_south_coast")).toBe(50);
    expect(run.final("mt_3_north")).toBe(30);
    // the overridden element: 1 + 2 + … + 6
    expect(run.final("mt_1_north")).toBe(21);
    // weighted[3] = m[North, 3]·10 + m[South Coast, 3]·100
    expect(run.final("weighted_3")).toBe(630);
  });

  it("transposing a scalar is an error; a repeated dimension, or m' where names and positions disagree, unsupported", () => {
    const r = readXmileWithDiagnostics(
      xmile(`<aux name="s"><eqn>1</eqn></aux>
             <aux name="sq">${over("Age", "Age")}<eqn>1</eqn></aux>
             <aux name="a"><eqn>s' + 1</eqn></aux>
             <aux name="b">${over("Age", "Age")}<eqn>sq'</eqn></aux>
             <aux name="m">${over("Region", "Age")}<eqn>1</eqn></aux>
             <aux name="c">${over("Region", "Age")}<eqn>m'</eqn></aux>
             <aux name="d">${over("Region", "Age")}<eqn>m</eqn></aux>`),
    );
    expect(r.diagnostics.map((d) => [d.variable, d.code, d.message])).toEqual([
      ["a", "xmile-syntax", "s is not an array to transpose"],
      ["b", "unsupported", "unsupported: transposition of sq, which has a dimension twice"],
      [
        "c",
        "unsupported",
        "unsupported: m' in an equation over region, age: by position that transposes m, by name it does not (define the variable over age, region, the dimensions of m')",
      ],
    ]);
  });

  it("non-apply-to-all elements become per-element equations, numbers a constant's values", () => {
    const m = readXmile(
      xmile(`<aux name="rate">${over("Region")}
               <element subscript="South Coast"><eqn>0.2</eqn></element>
               <element subscript="North"><eqn>0.1</eqn></element></aux>
             <flow name="f">${over("Region")}
               <element subscript="North"><eqn>rate[North] * 2</eqn></element>
               <element subscript="2"><eqn>TIME</eqn></element></flow>`),
    );
    expect(plain(m, "rate")).toEqual({
      kind: "constant",
      id: "rate",
      name: "rate",
      dims: ["region"],
      value: 0,
      values: [0.1, 0.2],
    });
    expect(plain(m, "f")).toMatchObject({
      kind: "flow",
      equation: "rate[north] * 2",
      elements: { north: "rate[north] * 2", south_coast: "time" },
    });
  });

  it("an <eqn> beside <element>s is the equation of the elements not listed", () => {
    const m = readXmile(
      xmile(`<aux name="a">${over("Age")}<eqn>TIME</eqn>
               <element subscript="2"><eqn>TIME * 10</eqn></element></aux>`),
    );
    expect(plain(m, "a")).toMatchObject({ equation: "time", elements: { _2: "time * 10" } });
  });

  it("a missing element or equation, or a subscript outside the dimension, is an error", () => {
    const r = readXmileWithDiagnostics(
      xmile(`<aux name="a">${over("Region")}<element subscript="North"><eqn>1</eqn></element></aux>
             <aux name="b">${over("Region")}<element subscript="West"><eqn>1</eqn></element></aux>
             <aux name="c">${over("Region")}<gf><xscale min="0" max="1"/><ypts>0,1</ypts></gf></aux>`),
    );
    expect(r.diagnostics.map((d) => [d.variable, d.message])).toEqual([
      ["a", "element south_coast of a has no equation"],
      [
        "b",
        'subscript "West" does not fit the dimensions of b: West is not an element of Region, whose elements are North, South Coast',
      ],
      ["c", "<aux> without <eqn>"],
    ]);
  });

  it("2-D element subscripts take spaces after the comma; each part must be of its own dimension", () => {
    const cells = [1, 2, 3]
      .flatMap((a) => ["North", "South Coast"].map((r) => [r, a] as const))
      .map(([r, a]) => `<element subscript="${r},  ${a}"><eqn>${a} * 10</eqn></element>`);
    const m = readXmile(xmile(`<aux name="g">${over("Region", "Age")}${cells.join("")}</aux>`));
    const run = runModel(m);
    expect([run.final("g_north_1"), run.final("g_south_coast_2"), run.final("g_north_3")]).toEqual([
      10, 20, 30,
    ]);
    const wrong = readXmileWithDiagnostics(
      xmile(`<aux name="h">${over("Region", "Age")}
               <element subscript="North, North"><eqn>1</eqn></element></aux>`),
    );
    expect(wrong.diagnostics.map((d) => d.message)).toEqual([
      'subscript "North, North" does not fit the dimensions of h: North is not an element of Age (dimension 2 of 2), whose elements are 1, 2, 3',
    ]);
  });

  it("one <eqn> per element, or a list of numbers, fill the elements row-major", () => {
    const m = readXmile(
      xmile(`<aux name="a">${over("Region", "Age")}<eqn>1,2,3; 4,5,6;</eqn></aux>
             <aux name="b">${over("Region")}<eqn>TIME</eqn><eqn>-TIME</eqn></aux>`),
    );
    expect(plain(m, "a")).toMatchObject({ kind: "constant", values: [1, 2, 3, 4, 5, 6] });
    expect(plain(m, "b")).toMatchObject({ elements: { north: "time", south_coast: "-time" } });
    const wrong = readXmileWithDiagnostics(
      xmile(`<aux name="a">${over("Region")}<eqn>1, 2, 3</eqn></aux>`),
    );
    expect(wrong.diagnostics[0]?.message).toBe("a has 2 elements but 3 numbers");
  });

  it("stocks get per-element initial values and keep their flows", () => {
    const m = readXmile(
      xmile(`<stock name="s">${over("Region")}
               <element subscript="North"><eqn>10</eqn></element>
               <element subscript="South Coast"><eqn>20</eqn></element>
               <inflow>f</inflow><non_negative/></stock>
             <flow name="f">${over("Region")}<eqn>s * 0.5</eqn></flow>`),
    );
    expect(plain(m, "s")).toEqual({
      kind: "stock",
      id: "s",
      name: "s",
      dims: ["region"],
      initial: "10",
      initialElements: { north: "10", south_coast: "20" },
      inflows: ["f"],
      outflows: [],
      nonNegative: true,
    });
  });

  it("one graphical function for every element is the variable's; different ones become lookups", () => {
    const gf = (y: string) => `<gf><xscale min="0" max="1"/><ypts>${y}</ypts></gf>`;
    const m = readXmile(
      xmile(`<aux name="same">${over("Region")}
               <element subscript="North"><eqn>TIME</eqn>${gf("0,1")}</element>
               <element subscript="South Coast"><eqn>TIME</eqn>${gf("0,1")}</element></aux>
             <aux name="own">${over("Region")}
               <element subscript="North"><eqn>TIME</eqn>${gf("0,1")}</element>
               <element subscript="South Coast"><eqn>TIME</eqn>${gf("0,2")}</element></aux>`),
    );
    expect(plain(m, "same")).toMatchObject({ gf: { xscale: { min: 0, max: 1 }, y: [0, 1] } });
    expect(plain(m, "own")).toMatchObject({
      elements: { north: "own_north_gf(time)", south_coast: "own_south_coast_gf(time)" },
    });
    expect(plain(m, "own_south_coast_gf")).toEqual({
      kind: "lookup",
      id: "own_south_coast_gf",
      gf: { xscale: { min: 0, max: 1 }, y: [0, 2] },
    });
  });

  it("an aux with a graphical function that element equations call is a lookup table", () => {
    const m = readXmile(
      xmile(`<aux name="effect"><eqn>0</eqn><gf><xscale min="0" max="1"/><ypts>0,10</ypts></gf></aux>
             <aux name="x">${over("Region")}
               <element subscript="North"><eqn>LOOKUP(effect, 0.5)</eqn></element>
               <element subscript="South Coast"><eqn>effect(1)</eqn></element></aux>`),
    );
    expect(plain(m, "effect").kind).toBe("lookup");
    expect(plain(m, "x")).toMatchObject({
      elements: { north: "effect(0.5)", south_coast: "effect(1)" },
    });
    expect(runModel(m).final("x_south_coast")).toBe(10);
  });

  it("an equation xmutil could not translate (???) says so", () => {
    const r = readXmileWithDiagnostics(
      xmile(`<aux name="a">${over("Region")}<eqn> ??? </eqn></aux>`),
    );
    expect(r.diagnostics.map((d) => d.code)).toEqual(["untranslated"]);
  });
});

describe("arrays run and write back", () => {
  const text = xmile(`
    <stock name="Population">${over("Region")}
      <element subscript="North"><eqn>100</eqn></element>
      <element subscript="South Coast"><eqn>50</eqn></element>
      <inflow>births</inflow></stock>
    <flow name="births">${over("Region")}<eqn>Population[Region] * growth[Region]</eqn></flow>
    <aux name="growth">${over("Region")}<eqn>0.1, 0.2</eqn></aux>
    <aux name="by age">${over("Region", "Age")}<eqn>Population[Region] / SIZE(ages[*])</eqn></aux>
    <aux name="ages">${over("Age")}<eqn>1</eqn></aux>
    <aux name="total"><eqn>SUM(Population[*])</eqn></aux>
    <aux name="largest"><eqn>MAX(Population)</eqn></aux>`);

  it("element variables run with display names like Population[North]", () => {
    const run = runModel(readXmile(text));
    expect(run.series("population_north")[1]).toBe(110);
    expect(run.series("population_south_coast")[1]).toBe(60);
    expectClose(run.final("total"), 100 * 1.1 ** 4 + 50 * 1.2 ** 4);
    expectClose(run.final("largest"), 100 * 1.1 ** 4);
    expectClose(run.final("by_age_south_coast_3"), (50 * 1.2 ** 4) / 3);
  });

  it("reads back into an equal model, with a size for numeric dimensions", () => {
    const model = readXmile(text);
    const written = writeXmile(model);
    expect(written).toContain('<dim name="Age" size="3"/>');
    expect(written).toContain('<element subscript="South Coast">');
    expect(written).toContain("<eqn>Population[Region] / SIZE(ages[*])</eqn>");
    const strip = (m: Model) => m.variables.map((v) => ({ ...v, loc: undefined }));
    const again = readXmile(written);
    expect(again.dimensions).toEqual(model.dimensions);
    expect(strip(again)).toEqual(strip(model));
  });

  it("an apply-to-all equation with exceptions, and values, survive the round trip", () => {
    const model: Model = {
      kind: "stock-flow",
      specs: { start: 0, stop: 1, dt: 1 },
      dimensions: [{ id: "d", elements: ["a", "b", "c"] }],
      variables: [
        { kind: "aux", id: "x", dims: ["d"], equation: "time", elements: { b: "2 * y[b]" } },
        { kind: "constant", id: "y", dims: ["d"], value: 0, values: [1, 2, 3] },
        { kind: "aux", id: "z", equation: "sum(x[d!]) + y[c]" },
      ],
    };
    const again = readXmile(writeXmile(model));
    expect(again.dimensions).toEqual([
      { id: "d", elements: ["a", "b", "c"], elementNames: ["a", "b", "c"] },
    ]);
    expect(again.variables.map((v) => ({ ...v, loc: undefined, name: undefined }))).toEqual(
      model.variables.map((v) => ({ ...v, loc: undefined, name: undefined })),
    );
    expect(runModel(again).final("z")).toBe(1 + 4 + 1 + 3);
  });

  it("a whole subrange, or a dimension another array runs along, is written by name, not *", () => {
    const model: Model = {
      kind: "stock-flow",
      specs: { start: 0, stop: 1, dt: 1 },
      dimensions: [
        { id: "d", elements: ["a", "b", "c"] },
        { id: "e", elements: ["a", "b", "c"] },
        { id: "part", elements: ["a", "b"], parent: "d" },
      ],
      variables: [
        { kind: "constant", id: "v", dims: ["d"], value: 0, values: [1, 2, 3] },
        {
          kind: "constant",
          id: "m",
          dims: ["d", "e"],
          value: 0,
          values: [1, 2, 3, 4, 5, 6, 7, 8, 9],
        },
        // Σ over d of v[d] · m[e, d]: the transposed matrix, m's second position runs along d.
        { kind: "aux", id: "t", dims: ["e"], equation: "sum(v[d!] * m[e, d!])" },
        { kind: "aux", id: "p", equation: "sum(v[part!])" },
      ],
    };
    const written = writeXmile(model);
    expect(written).toContain("<eqn>SUM(v[*] * m[e, d])</eqn>");
    expect(written).toContain("<eqn>SUM(v[part])</eqn>");
    const run = runModel(readXmile(written));
    // t[b] = 1·m[b, a] + 2·m[b, b] + 3·m[b, c] = 4 + 10 + 18
    expect(run.final("t_b")).toBe(32);
    expect(run.final("p")).toBe(3);
  });
});

describe("Stella's dimension mappings (isee:maps_to)", () => {
  const mapped = `<dimensions>
  <dim name="DimA"><elem name="A1"/><elem name="A2"/><elem name="A3"/><isee:maps_to>DimB</isee:maps_to></dim>
  <dim name="DimB"><elem name="B1"/><elem name="B2"/><elem name="B3"/></dim>
</dimensions>`;
  const variables = `<aux name="a"><dimensions><dim name="DimA"/></dimensions><eqn>1, 2, 3</eqn></aux>
    <aux name="b"><dimensions><dim name="DimB"/></dimensions><eqn>a[DimA] * 10</eqn></aux>`;

  it("pairs the elements by position, as Vensim's -> does", () => {
    const model = readXmile(xmile(variables, mapped));
    expect(model.dimensions?.find((d) => d.id === "dima")?.maps).toEqual([{ to: "dimb" }]);
    const run = runModel(model);
    expect(["b[b1]", "b[b2]", "b[b3]"].map((n) => run.final(n))).toEqual([10, 20, 30]);
  });

  it("is written back, so the model reads the same", () => {
    const model = readXmile(xmile(variables, mapped));
    const written = writeXmile(model);
    expect(written).toContain("<isee:maps_to>DimB</isee:maps_to>");
    expect(readXmile(written).dimensions).toEqual(model.dimensions);
  });
});
