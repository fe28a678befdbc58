/**
 * XMILE subscripts beyond names and numbers (XMILE 1.0 §3.7.1, Stella): a position computed by
 * an expression, `*:Sub` ranges, a dimension name or `Dim.Elem` used as a value, and LOOKUP of
 * one element of an arrayed graphical function. Expected values are worked out by hand.
 */
import { describe, expect, it } from "vitest";
import { SimulationError } from "../../../src/diagnostics/errors.js";
import { readXmile, readXmileWithDiagnostics } from "../../../src/io/xmile/read-xmile.js";
import type { Model } from "../../../src/model/types.js";
import { runModel } from "../../../src/simulate/simulate.js";

const DIMS = `<dimensions>
  <dim name="Letters"><elem name="a"/><elem name="b"/><elem name="c"/></dim>
  <dim name="Sub"><elem name="b"/><elem name="c"/></dim>
  <dim name="Location"><elem name="Boston"/><elem name="Los Angeles"/><elem name="SF"/></dim>
</dimensions>`;

function xmile(variables: string): string {
  return `<xmile version="1.0" xmlns="http://docs.oasis-open.org/xmile/ns/XMILE/v1.0">
  <header><vendor>t</vendor><product>t</product></header>
  <sim_specs><start>0</start><stop>4</stop><dt>1</dt></sim_specs>
  ${DIMS}
  <model><variables>${variables}</variables></model>
</xmile>`;
}

const over = (...names: string[]) =>
  `<dimensions>${names.map((n) => `<dim name="${n}"/>`).join("")}</dimensions>`;

/** `v[Letters]` = 9, 7, 5. */
const V = `<aux name="v">${over("Letters")}
  <element subscript="a"><eqn>9</eqn></element>
  <element subscript="b"><eqn>7</eqn></element>
  <element subscript="c"><eqn>5</eqn></element></aux>`;

const messages = (variables: string) =>
  readXmileWithDiagnostics(xmile(variables)).diagnostics.map((d) => d.message);

/** The variable and time at which running `m` stops with a SimulationError. */
function stopOf(m: Model): { variable: string; time: number } {
  try {
    runModel(m);
  } catch (error) {
    expect(error).toBeInstanceOf(SimulationError);
    const { variable, time } = error as SimulationError;
    return { variable, time };
  }
  return expect.fail("the run did not stop");
}

describe("a subscript computed by an expression", () => {
  it("picks the element at that 1-based position while the run goes", () => {
    const m = readXmile(xmile(`${V}<aux name="picked"><eqn>v[INT(TIME MOD 3) + 1]</eqn></aux>`));
    // TIME 0 … 4 → positions 1, 2, 3, 1, 2
    expect(Array.from(runModel(m).series("picked"))).toEqual([9, 7, 5, 9, 7]);
  });

  it("a variable alone is a position too, and a plain number is the element now", () => {
    const m = readXmile(
      xmile(`${V}<aux name="i"><eqn>2</eqn></aux>
             <aux name="by_var"><eqn>v[i]</eqn></aux>
             <aux name="by_sum"><eqn>v[1 + 2]</eqn></aux>`),
    );
    const byVar = m.variables.find((x) => x.id === "by_var");
    const bySum = m.variables.find((x) => x.id === "by_sum");
    expect(bySum).toMatchObject({ equation: "v[c]" });
    expect(byVar).toMatchObject({
      equation: "vector_element_at(if_then_else(i == int(i), i - 1, -1), v[a], v[b], v[c])",
    });
    const run = runModel(m);
    expect(run.final("by_var")).toBe(7);
    expect(run.final("by_sum")).toBe(5);
  });

  it("a position outside the dimension stops the run, naming the variable and the time", () => {
    const m = readXmile(xmile(`${V}<aux name="bad"><eqn>v[TIME]</eqn></aux>`));
    // TIME 0 is position 0: no such element.
    expect(stopOf(m)).toEqual({ variable: "bad", time: 0 });
  });

  it("a position that is not a whole number stops the run instead of being rounded", () => {
    const m = readXmile(xmile(`${V}<aux name="half"><eqn>v[TIME / 2 + 1]</eqn></aux>`));
    // TIME 0 is position 1 (9); TIME 1 is position 1.5, which is no element
    expect(stopOf(m)).toEqual({ variable: "half", time: 1 });
  });

  it("an element out of range in a branch not taken does not matter", () => {
    const m = readXmile(
      xmile(`${V}<aux name="next">${over("Letters")}
               <eqn>IF Letters &lt; 3 THEN v[Letters + 1] ELSE 0</eqn></aux>`),
    );
    const run = runModel(m);
    expect([run.final("next_a"), run.final("next_b"), run.final("next_c")]).toEqual([7, 5, 0]);
  });
});

describe("ranges", () => {
  it("*:Sub takes the elements of the dimension Sub", () => {
    const m = readXmile(xmile(`${V}<aux name="s"><eqn>SUM(v[*:Sub])</eqn></aux>`));
    expect(runModel(m).final("s")).toBe(12);
  });

  it("a[1:2] and a[b:c] take the elements between, inclusive, by position", () => {
    const m = readXmile(
      xmile(`${V}<aux name="first"><eqn>SUM(v[1:2])</eqn></aux>
             <aux name="last"><eqn>SUM(v[b:c])</eqn></aux>
             <aux name="all"><eqn>MAX(v[1:3])</eqn></aux>
             <aux name="dot"><eqn>SUM(v[1:2] * v[1:2])</eqn></aux>`),
    );
    const run = runModel(m);
    // 9 + 7, 7 + 5, max of all three, 81 + 49
    expect([run.final("first"), run.final("last"), run.final("all"), run.final("dot")]).toEqual([
      16, 12, 9, 130,
    ]);
    // The range is a subrange of Letters in the model.
    expect(m.dimensions?.find((d) => d.id === "letters_1_to_2")).toMatchObject({
      elements: ["a", "b"],
      parent: "letters",
    });
  });

  it("a range whose ends are not elements in order is named as unsupported", () => {
    expect(messages(`${V}<aux name="s"><eqn>SUM(v[3:1])</eqn></aux>`)).toEqual([
      "unsupported: a subscript range whose ends are not elements of the dimension in order",
    ]);
    expect(messages(`${V}<aux name="s"><eqn>SUM(v[*:Location])</eqn></aux>`)).toEqual([
      "Location is not a dimension whose elements are all in letters",
    ]);
  });
});

describe("dimension names as values", () => {
  it("Dim is the position of the element being defined; Dim.Elem the position of Elem", () => {
    const m = readXmile(
      xmile(`<aux name="pos">${over("Location")}<eqn>Location * 10</eqn></aux>
             <aux name="la"><eqn>Location.Los_Angeles</eqn></aux>
             <aux name="c"><eqn>Location.SF * Location.Boston</eqn></aux>
             <aux name="shifted">${over("Letters")}<eqn>v[Letters] + Letters</eqn></aux>${V}`),
    );
    expect(m.variables.find((x) => x.id === "pos")).toMatchObject({
      elements: { boston: "1 * 10", los_angeles: "2 * 10", sf: "3 * 10" },
    });
    const run = runModel(m);
    expect([run.final("pos_boston"), run.final("pos_sf")]).toEqual([10, 30]);
    expect([run.final("la"), run.final("c")]).toEqual([2, 3]);
    expect([run.final("shifted_a"), run.final("shifted_b"), run.final("shifted_c")]).toEqual([
      10, 9, 8,
    ]);
  });

  it("a dimension the equation is not defined over is an error, and SIZE(Dim) its size", () => {
    expect(messages(`<aux name="x"><eqn>Location + 1</eqn></aux>`)).toEqual([
      "dimension Location is used as a value, but the equation is not defined over it",
    ]);
    const m = readXmile(xmile(`<aux name="n">${over("Letters")}<eqn>SIZE(Letters)</eqn></aux>`));
    expect(runModel(m).final("n_b")).toBe(3);
  });
});

describe("LOOKUP of an arrayed graphical function", () => {
  const TABLES = `<aux name="tables">${over("Letters")}
    <element subscript="a"><eqn>0</eqn><gf><xpts>0,10</xpts><ypts>0,10</ypts></gf></element>
    <element subscript="b"><eqn>0</eqn><gf><xpts>0,10</xpts><ypts>0,20</ypts></gf></element>
    <element subscript="c"><eqn>0</eqn><gf><xpts>0,10</xpts><ypts>0,30</ypts></gf></element></aux>`;

  it("reads one element's table, named or bound to the element being defined", () => {
    const m = readXmile(
      xmile(`${TABLES}<aux name="rb"><eqn>LOOKUP(tables[b], 5)</eqn></aux>
             <aux name="each">${over("Letters")}<eqn>LOOKUP(tables[Letters], 2)</eqn></aux>`),
    );
    const run = runModel(m);
    expect(run.final("rb")).toBe(10);
    expect([run.final("each_a"), run.final("each_b"), run.final("each_c")]).toEqual([2, 4, 6]);
    // The variable itself still reads its equation through each element's table.
    expect(run.final("tables_c")).toBe(0);
  });

  it("LOOKUP_FORWARD and LOOKUP_BACKWARD step to the next or previous point", () => {
    const m = readXmile(
      xmile(`<aux name="g"><eqn>0</eqn><gf><xpts>0,1,2</xpts><ypts>0,10,20</ypts></gf></aux>
             <aux name="fw"><eqn>LOOKUP_FORWARD(g, 0.5)</eqn></aux>
             <aux name="bw"><eqn>LOOKUP_BACKWARD(g, 1.5)</eqn></aux>
             <aux name="plain"><eqn>LOOKUP(g, 1.5)</eqn></aux>`),
    );
    const run = runModel(m);
    expect([run.final("fw"), run.final("bw"), run.final("plain")]).toEqual([10, 10, 15]);
  });
});
