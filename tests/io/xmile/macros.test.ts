import { describe, expect, it } from "vitest";
import { compileModel } from "../../../src/compile/compile-model.js";
import { readXmile, readXmileWithDiagnostics } from "../../../src/io/xmile/read-xmile.js";
import { simulate } from "../../../src/simulate/simulate.js";

const file = (macros: string, variables: string) =>
  `<xmile version="1.0" xmlns="http://docs.oasis-open.org/xmile/ns/XMILE/v1.0">
    <header><vendor>t</vendor><product>t</product></header>
    <sim_specs><start>0</start><stop>2</stop><dt>1</dt></sim_specs>
    ${macros}
    <model><variables>${variables}</variables></model>
  </xmile>`;

const LINEAR = `<macro name="LINEAR"><parm>x</parm><parm>slope</parm>
  <parm default="1">offset</parm><eqn>slope * x + offset</eqn></macro>`;

describe("XMILE macros (§3.6)", () => {
  it("expands a call inline, with defaults for omitted trailing parameters", () => {
    const m = readXmile(file(LINEAR, `<aux name="a"><eqn>linear(TIME, 3)</eqn></aux>`));
    expect(m.variables[0]).toMatchObject({ id: "a", equation: "3 * time + 1" });
    const run = simulate(compileModel(m));
    expect(Array.from(run.series("a"))).toEqual([1, 4, 7]);
  });

  it("lets a macro call another, and picks the definition by number of arguments", () => {
    const macros = `${LINEAR}
      <macro name="twice"><parm>v</parm><eqn>LINEAR(v, 2, 0)</eqn></macro>
      <macro name="twice"><parm>v</parm><parm>w</parm><eqn>2 * (v + w)</eqn></macro>`;
    const m = readXmile(file(macros, `<aux name="b"><eqn>twice(5) + twice(1, 2)</eqn></aux>`));
    const run = simulate(compileModel(m));
    expect(run.series("b")[0]).toBe(10 + 6);
  });

  it("reports a wrong number of arguments, a name that is not a parameter, and recursion", () => {
    const codes = (macros: string, eqn: string) =>
      readXmileWithDiagnostics(file(macros, `<aux name="c"><eqn>${eqn}</eqn></aux>`))
        .diagnostics.filter((d) => d.severity === "error")
        .map((d) => [d.code, d.message, d.variable]);
    expect(codes(LINEAR, "LINEAR(1)")).toEqual([
      ["wrong-arity", "macro LINEAR takes 3 argument(s), got 1", "c"],
    ]);
    const stray = `<macro name="leaky"><parm>x</parm><eqn>x + outside</eqn></macro>`;
    expect(codes(stray, "leaky(1)")).toEqual([
      ["xmile-syntax", "in macro leaky: outside is not one of its parameters", "c"],
    ]);
    const loop = `<macro name="forever"><parm>x</parm><eqn>forever(x) + 1</eqn></macro>`;
    expect(codes(loop, "forever(1)")[0]?.[1]).toContain("calls itself");
  });

  it("says a macro with its own variables is unsupported, and its calls too", () => {
    const stocky = `<macro name="acc"><parm>x</parm><eqn>s</eqn>
      <variables><stock name="s"><eqn>0</eqn><inflow>x</inflow></stock></variables></macro>`;
    const r = readXmileWithDiagnostics(file(stocky, `<aux name="d"><eqn>acc(1)</eqn></aux>`));
    expect(r.model).toBeUndefined();
    expect(r.diagnostics.map((d) => d.message)).toEqual([
      "unsupported: macro acc with variables (ignored)",
      "unsupported: acc, a macro with variables",
    ]);
  });

  it("keeps a call of such a macro unsupported when a builtin has the same name", () => {
    // The file's macro is what the call means, so stockflow's SMTH1 must not stand in for it.
    const named = `<macro name="SMTH1"><parm>x</parm><parm>t</parm><eqn>s</eqn>
      <variables><stock name="s"><eqn>0</eqn><inflow>x</inflow></stock></variables></macro>`;
    const r = readXmileWithDiagnostics(file(named, `<aux name="d"><eqn>SMTH1(1, 2)</eqn></aux>`));
    expect(r.model).toBeUndefined();
    expect(r.diagnostics.map((d) => d.message)).toContain(
      "unsupported: SMTH1, a macro with variables",
    );
  });
});
