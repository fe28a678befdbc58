/**
 * Arrayed graphical functions run element by element: Vensim subscripted lookups (`t[A](…)`
 * called as `t[D](x)`) and XMILE arrayed variables with one `<gf>` for all elements or one per
 * element (XMILE 1.0 §3.7.1). Expected values are linear interpolations worked out by hand.
 */
import { describe, expect, it } from "vitest";
import { readXmile, readXmileWithDiagnostics } from "../../src/io/xmile/read-xmile.js";
import { runModel } from "../../src/simulate/simulate.js";
import { mdl, read } from "../io/vensim/mdl.js";

describe("Vensim subscripted lookups", () => {
  const model = read(
    mdl(
      "D : A, B",
      "E : C, F",
      "t[A]((0,0),(10,10))",
      "t[B]((0,0),(10,100))",
      "u[A, C]((0,1),(10,2))",
      "u[A, F]((0,0),(2,-2))",
      "u[B, C]((0,5),(5,0))",
      "u[B, F]((0,3),(1,3))",
      "shared((0,0),(10,1))",
      "input[D] = 2, 4",
      "over time[D] = t[D](Time)",
      "over input[D] = t[D](input[D])",
      "two d[D, E] = u[D, E](input[D])",
      "one for all[D] = shared(input[D])",
      "inline[D] = WITH LOOKUP(input[D], ((0,0),(4,8)))",
      "sum of lookups = SUM(over input[D!])",
    ),
  );
  const run = runModel(model);

  it("calls each element's own table, at time and at an arrayed input", () => {
    // t[A] has slope 1, t[B] slope 10; FINAL TIME is 10.
    expect(run.series("over_time_a")[3]).toBeCloseTo(3, 12);
    expect(run.series("over_time_b")[3]).toBeCloseTo(30, 12);
    expect(run.final("over_input_a")).toBeCloseTo(2, 12);
    expect(run.final("over_input_b")).toBeCloseTo(40, 12);
    expect(run.final("sum_of_lookups")).toBeCloseTo(42, 12);
  });

  it("runs a two-dimensional lookup, clamping outside its x range", () => {
    // input[A] = 2: u[A,C] = 1 + 2/10, u[A,F] at its last point = -2.
    expect(run.final("two_d_a_c")).toBeCloseTo(1.2, 12);
    expect(run.final("two_d_a_f")).toBeCloseTo(-2, 12);
    // input[B] = 4: u[B,C] = 5 − 4, u[B,F] beyond x = 1 stays 3.
    expect(run.final("two_d_b_c")).toBeCloseTo(1, 12);
    expect(run.final("two_d_b_f")).toBeCloseTo(3, 12);
  });

  it("applies one table to every element, named or inline (WITH LOOKUP)", () => {
    expect([run.final("one_for_all_a"), run.final("one_for_all_b")]).toEqual([0.2, 0.4]);
    expect([run.final("inline_a"), run.final("inline_b")]).toEqual([4, 8]);
  });
});

const xmile = (
  variables: string,
) => `<xmile version="1.0" xmlns="http://docs.oasis-open.org/xmile/ns/XMILE/v1.0">
  <header><vendor>t</vendor><product>t</product></header>
  <sim_specs><start>0</start><stop>4</stop><dt>1</dt></sim_specs>
  <dimensions><dim name="Region"><elem name="North"/><elem name="South"/></dim></dimensions>
  <model><variables>${variables}</variables></model>
</xmile>`;
const region = `<dimensions><dim name="Region"/></dimensions>`;
const gf = (min: number, max: number, y: string) =>
  `<gf><xscale min="${min}" max="${max}"/><ypts>${y}</ypts></gf>`;

describe("XMILE arrayed graphical functions", () => {
  it("one <gf> on an arrayed variable serves every element", () => {
    const run = runModel(
      readXmile(
        xmile(`<aux name="input">${region}<eqn>2, 5</eqn></aux>
               <aux name="effect">${region}<eqn>input</eqn>${gf(0, 10, "0,100")}</aux>`),
      ),
    );
    expect([run.final("effect_north"), run.final("effect_south")]).toEqual([20, 50]);
  });

  it("each <element> with its own <gf> runs its own table", () => {
    const run = runModel(
      readXmile(
        xmile(`<aux name="effect">${region}
                 <element subscript="North"><eqn>TIME</eqn>${gf(0, 4, "0,4")}</element>
                 <element subscript="South"><eqn>TIME / 2</eqn>${gf(0, 4, "10,2,0")}</element>
               </aux>`),
      ),
    );
    // t = 2: North reads x = 2 on 0→4; South reads x = 1 on 10, 2, 0 at x = 0, 2, 4.
    expect(run.series("effect_north")[2]).toBeCloseTo(2, 12);
    expect(run.series("effect_south")[2]).toBeCloseTo(6, 12);
    expect(run.final("effect_south")).toBeCloseTo(2, 12);
  });

  it("an arrayed stand-alone <gf> is reported as unsupported, not run wrongly", () => {
    const r = readXmileWithDiagnostics(
      xmile(`<gf name="table">${region}<xscale min="0" max="1"/><ypts>0,1</ypts></gf>`),
    );
    expect(r.diagnostics.map((d) => [d.variable, d.code])).toEqual([["table", "unsupported"]]);
  });
});
