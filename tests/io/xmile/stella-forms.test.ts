/**
 * What Stella writes that the XMILE reader reads: `<init_eqn>` (the value at the start of the
 * run), SELF, MEAN of several numbers, SIZE of a dimension, NOT after its operand, a variable
 * without `<eqn>` (0, with a warning), and `DimC'` beside `DimC`.
 */
import { describe, expect, it } from "vitest";
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
});
