/**
 * What Stella writes that the XMILE reader reads: `<init_eqn>` (the value at the start of the
 * run), SELF, MEAN of several numbers, SIZE of a dimension, NOT after its operand, a variable
 * without `<eqn>` (0, with a warning), `DimC'` beside `DimC`, and ALLOCATE.
 */
import { describe, expect, it } from "vitest";
import { allocateAvailable } from "../../../src/compile/allocate-available.js";
import { ModelError } from "../../../src/diagnostics/errors.js";
import { readXmile, readXmileWithDiagnostics } from "../../../src/io/xmile/read-xmile.js";
import { runModel } from "../../../src/simulate/simulate.js";

function xmile(variables: string, dims = ""): string {
  return `<xmile version="1.0" xmlns="http://docs.oasis-open.org/xmile/ns/XMILE/v1.0">
  <header><vendor>t</vendor><product>t</product></header>
  <sim_specs><start>0</start><stop>2</stop><dt>1</dt></sim_specs>
  ${dims}
  <model><variables>${variables}</variables></model>
</xmile>`;
}

const run = (variables: string, dims = "") => runModel(readXmile(xmile(variables, dims)));

describe("Stella's forms in XMILE", () => {
  it("<init_eqn> gives the value at the start, which a stock's initial value reads", () => {
    const r = run(`
      <aux name="v"><eqn>TIME</eqn><init_eqn>45</init_eqn></aux>
      <stock name="s"><eqn>v</eqn></stock>`);
    expect(r.at("s", 0)).toBe(45);
    // As ACTIVE INITIAL: the saved values are the equation's, the initial one feeds the start.
    expect([r.at("v", 0), r.at("v", 2)]).toEqual([0, 2]);
  });

  it("SELF is the variable being defined (PREVIOUS(SELF, 0) is its last value)", () => {
    const r = run(`<aux name="n"><eqn>PREVIOUS(SELF, 0) + 1</eqn></aux>`);
    expect([r.at("n", 0), r.at("n", 1), r.at("n", 2)]).toEqual([1, 2, 3]);
  });

  it("MEAN of several numbers, SIZE of a dimension, postfix NOT", () => {
    const dims = `<dimensions><dim name="D"><elem name="a"/><elem name="b"/><elem name="c"/></dim></dimensions>`;
    const r = run(
      `<aux name="m"><eqn>MEAN(1, 2, TIME)</eqn></aux>
       <aux name="n"><eqn>SIZE(D)</eqn></aux>
       <aux name="f"><eqn>0</eqn></aux>
       <aux name="k"><eqn>IF f NOT THEN 1 ELSE 0</eqn></aux>`,
      dims,
    );
    expect([r.at("m", 0), r.at("m", 2)]).toEqual([1, 5 / 3]);
    expect(r.at("n", 0)).toBe(3);
    expect(r.at("k", 0)).toBe(1);
  });

  it("a variable without <eqn> runs as 0 and says so", () => {
    const { model, diagnostics } = readXmileWithDiagnostics(
      xmile(`<aux name="empty"/><aux name="x"><eqn>empty + 1</eqn></aux>`),
    );
    expect(diagnostics.map((d) => [d.severity, d.message])).toContainEqual([
      "warning",
      "<aux> without <eqn> runs as 0, as in Stella",
    ]);
    expect(runModel(model!).at("x", 0)).toBe(1);
  });

  it("DimC' beside DimC gets an id of its own", () => {
    const dims = `<dimensions>
      <dim name="DimC"><elem name="c1"/></dim><dim name="DimC'"><elem name="c1"/></dim>
    </dimensions>`;
    expect(
      readXmile(xmile(`<aux name="x"><eqn>1</eqn></aux>`, dims)).dimensions?.map((d) => d.id),
    ).toEqual(["dimc", "dimc_prime"]);
  });

  describe("ALLOCATE(available, Dim, request, priority, width, type)", () => {
    const dims = `<dimensions><dim name="R"><elem name="a"/><elem name="b"/></dim></dimensions>`;
    const arrayed = (name: string, values: string) =>
      `<aux name="${name}"><dimensions><dim name="R"/></dimensions>${values
        .split(",")
        .map((v, i) => `<element subscript="${"ab"[i]}"><eqn>${v}</eqn></element>`)
        .join("")}</aux>`;
    const model = (call: string) => `
      ${arrayed("demand", "10,6")}
      ${arrayed("prio", "2,4")}
      <aux name="width"><eqn>2</eqn></aux>
      <aux name="got"><dimensions><dim name="R"/></dimensions><eqn>${call}</eqn></aux>`;

    it("shares the available amount along Dim by the priority curves", () => {
      // rectangular curves 2 wide around 2 and 4, 7 available: b takes its 6, a the other 1
      const r = run(model("ALLOCATE(7, R, demand, prio[*], width, 1)"), dims);
      expect(r.at("got[a]", 0)).toBeCloseTo(1, 9);
      expect(r.at("got[b]", 0)).toBeCloseTo(6, 9);
      // the priorities written with the dimension, the width per requester: the same
      const same = run(model("ALLOCATE(7, R, demand[R], prio[R], width + 0 * prio[R], 1)"), dims);
      expect(same.at("got[a]", 0)).toBeCloseTo(1, 9);
    });

    it("draws the normal curve exactly, as Stella does (ALLOCATE AVAILABLE follows Vensim)", () => {
      const r = run(model("ALLOCATE(7, R, demand, prio[*], width, 3)"), dims);
      const profiles = [2, 4].map((priority) => ({ type: 3, priority, width: 2 }));
      const exact = allocateAvailable([10, 6], profiles, 7, "exact");
      const vensim = allocateAvailable([10, 6], profiles, 7);
      expect(Math.abs(exact[0]! - vensim[0]!)).toBeGreaterThan(1e-6);
      expect(r.at("got[a]", 0)).toBeCloseTo(exact[0]!, 12);
      expect(r.at("got[b]", 0)).toBeCloseTo(exact[1]!, 12);
    });

    it("needs its curve type and the dimension it allocates along", () => {
      const read = (call: string) => () => readXmile(xmile(model(call), dims));
      expect(read("ALLOCATE(7, R, demand, prio[*], width)")).toThrow(ModelError);
      expect(read("ALLOCATE(7, R, demand, prio[*], width)")).toThrow(/curve type/);
      expect(read("ALLOCATE(7, width, demand, prio[*], width, 1)")).toThrow(/name the dimension/);
    });
  });
});
