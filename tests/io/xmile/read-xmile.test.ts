import { describe, expect, it } from "vitest";
import { ModelError } from "../../../src/diagnostics/errors.js";
import { readXmile, readXmileWithDiagnostics } from "../../../src/io/xmile/read-xmile.js";
import type { Variable } from "../../../src/model/types.js";

/** A small XMILE file around some variables. */
function xmile(variables: string, extra = { specs: "", top: "", model: "" }): string {
  return `<?xml version="1.0" encoding="utf-8"?>
<xmile version="1.0" xmlns="http://docs.oasis-open.org/xmile/ns/XMILE/v1.0">
  <header><vendor>test</vendor><product>test</product><name>Teacup</name></header>
  <sim_specs method="Euler" time_units="Minutes"${extra.specs}>
    <start>0</start><stop>10</stop><dt>0.25</dt>
  </sim_specs>
  ${extra.top}
  <model>
    <variables>
${variables}
    </variables>
    ${extra.model}
  </model>
</xmile>`;
}
const none = { specs: "", top: "", model: "" };

function variable(model: { variables: readonly Variable[] }, id: string): Variable {
  const v = model.variables.find((x) => x.id === id);
  if (v === undefined) throw new Error(`no variable ${id}`);
  return v;
}

describe("sim_specs", () => {
  it("start, stop, dt, method and time units", () => {
    const m = readXmile(xmile(""));
    expect(m.specs).toEqual({
      start: 0,
      stop: 10,
      dt: 0.25,
      method: "euler",
      timeUnits: "Minutes",
    });
    expect(m.name).toBe("Teacup");
  });

  it("a reciprocal dt is stored as the step itself", () => {
    const text = xmile("").replace("<dt>0.25</dt>", '<dt reciprocal="true">4</dt>');
    expect(readXmile(text).specs.dt).toBe(0.25);
  });

  it("Stella's method names, with RK45 and Gear falling back to RK4 with a warning", () => {
    const method = (name: string) => {
      const r = readXmileWithDiagnostics(xmile("").replace('method="Euler"', `method="${name}"`));
      return [r.model?.specs.method, r.diagnostics.map((d) => d.code).join()];
    };
    expect(method("RK4")).toEqual(["rk4", ""]);
    expect(method("rk2")).toEqual(["rk2", ""]);
    expect(method("RK45")).toEqual(["rk4", "method-fallback"]);
    expect(method("Gear")).toEqual(["rk4", "method-fallback"]);
    expect(method("Magic")).toEqual(["euler", "unknown-method"]);
  });

  it("a save period from the isee attribute", () => {
    const m = readXmile(xmile("", { ...none, specs: ' isee:save_interval="1"' }));
    expect(m.specs.saveper).toBe(1);
  });

  it("xmutil's constant SAVEPER variable gives the save period when sim_specs has none", () => {
    const saveper = (eqn: string) =>
      readXmile(xmile(`<aux name="SAVEPER"><eqn>${eqn}</eqn></aux>`)).specs.saveper;
    expect(saveper("1")).toBe(1);
    expect(saveper("0.3")).toBeUndefined(); // not a whole number of steps of 0.25
    expect(saveper("TIME_STEP")).toBeUndefined();
  });

  it("a missing stop is an error located at sim_specs", () => {
    const r = readXmileWithDiagnostics(xmile("").replace("<stop>10</stop>", ""));
    expect(r.model).toBeUndefined();
    expect(r.diagnostics[0]).toMatchObject({ code: "missing-element", path: "xmile/sim_specs" });
  });
});

describe("stocks, flows, auxiliaries and constants", () => {
  const teacup = xmile(`
      <stock name="Teacup Temperature">
        <eqn>180</eqn>
        <outflow>Heat_Loss_to_Room</outflow>
        <units>Degrees</units>
        <doc>  The temperature of the tea.  </doc>
      </stock>
      <flow name="Heat Loss to Room">
        <eqn>(Teacup_Temperature - Room_Temperature) / Characteristic_Time</eqn>
      </flow>
      <aux name="Room Temperature"><eqn>70</eqn></aux>
      <aux name="Characteristic Time"><eqn>-(-10)</eqn></aux>
      <aux name="Neg"><eqn>-10</eqn></aux>`);

  it("stocks keep initial value, flows, units and doc; ids are canonical, names as written", () => {
    const m = readXmile(teacup);
    expect(variable(m, "teacup_temperature")).toMatchObject({
      kind: "stock",
      name: "Teacup Temperature",
      initial: "180",
      inflows: [],
      outflows: ["heat_loss_to_room"],
      units: "Degrees",
      doc: "The temperature of the tea.",
    });
    expect(variable(m, "heat_loss_to_room")).toMatchObject({
      kind: "flow",
      equation: "(teacup_temperature - room_temperature) / characteristic_time",
    });
  });

  it("a plain (signed) number is a constant; any other expression an aux", () => {
    const m = readXmile(teacup);
    expect(variable(m, "room_temperature")).toMatchObject({ kind: "constant", value: 70 });
    expect(variable(m, "neg")).toMatchObject({ kind: "constant", value: -10 });
    expect(variable(m, "characteristic_time")).toMatchObject({ kind: "aux", equation: "-(-10)" });
  });

  it("variables know where they were defined", () => {
    const v = variable(readXmile(teacup, { file: "teacup.xmile" }), "room_temperature");
    expect(v.loc).toEqual({
      file: "teacup.xmile",
      line: 20,
      column: 7,
      path: 'xmile/model/variables/aux[@name="Room Temperature"]',
    });
  });

  it("names with escaped line breaks, quotes and odd characters map to canonical ids", () => {
    const m = readXmile(
      xmile(`
      <stock name="Stock with \\n Newline"><eqn>1</eqn><inflow>"Flow w/ $pecial"</inflow></stock>
      <flow name="Flow w/ $pecial"><eqn>"Stock_with_\\n_Newline" * 2</eqn></flow>`),
    );
    expect(variable(m, "stock_with_newline")).toMatchObject({
      name: "Stock with \n Newline",
      inflows: ["flow_w_pecial"],
    });
    expect(variable(m, "flow_w_pecial")).toMatchObject({ equation: "stock_with_newline * 2" });
  });

  it("two names with the same id are an error", () => {
    const r = readXmileWithDiagnostics(
      xmile('<aux name="A b"><eqn>1</eqn></aux><aux name="a_B"><eqn>2</eqn></aux>'),
    );
    expect(r.diagnostics).toContainEqual(
      expect.objectContaining({ code: "duplicate-name", variable: "a_b" }),
    );
  });
});

describe("non-negative stocks and flows and the <behavior> defaults", () => {
  const vars = `
      <stock name="S"><eqn>1</eqn><outflow>f</outflow></stock>
      <stock name="T"><eqn>1</eqn><outflow>g</outflow><non_negative>false</non_negative></stock>
      <flow name="f"><eqn>1</eqn></flow>
      <flow name="g"><eqn>1</eqn><non_negative/></flow>`;
  const flags = (text: string) =>
    readXmile(text).variables.map((v) => ("nonNegative" in v ? v.nonNegative === true : false));

  it("without behavior, only explicit <non_negative/> counts", () => {
    expect(flags(xmile(vars))).toEqual([false, false, false, true]);
  });

  it("a global behavior applies to stocks and flows unless turned off locally", () => {
    const top = "<behavior><non_negative/></behavior>";
    expect(flags(xmile(vars, { ...none, top }))).toEqual([true, false, true, true]);
  });

  it("a behavior for flows only", () => {
    const top = "<behavior><flow><non_negative/></flow></behavior>";
    expect(flags(xmile(vars, { ...none, top }))).toEqual([false, false, true, true]);
  });
});

describe("graphical functions", () => {
  it("standalone <gf> is a lookup, called by name", () => {
    const m = readXmile(
      xmile(`
      <gf name="effect" type="extrapolate">
        <xscale min="0" max="2"/><yscale min="0" max="1"/>
        <ypts>0,0.5,1</ypts>
      </gf>
      <aux name="y"><eqn>effect(TIME/5)</eqn></aux>`),
    );
    expect(variable(m, "effect")).toMatchObject({
      kind: "lookup",
      gf: {
        type: "extrapolate",
        xscale: { min: 0, max: 2 },
        y: [0, 0.5, 1],
        yscale: { min: 0, max: 1 },
      },
    });
    expect(variable(m, "y")).toMatchObject({ equation: "effect(time / 5)" });
  });

  it("an embedded <gf> reads the equation through it; xpts with a custom separator", () => {
    const m = readXmile(
      xmile(`
      <aux name="a"><eqn>TIME</eqn>
        <gf type="discrete"><xpts sep=";">0;5;10</xpts><ypts sep=";">1;2;2</ypts></gf>
      </aux>`),
    );
    expect(variable(m, "a")).toMatchObject({
      kind: "aux",
      equation: "time",
      gf: { type: "discrete", x: [0, 5, 10], y: [1, 2, 2] },
    });
  });

  it("an aux holding only a <gf> is a lookup", () => {
    const m = readXmile(
      xmile('<aux name="t"><gf><xscale min="0" max="1"/><ypts>3,4</ypts></gf></aux>'),
    );
    expect(variable(m, "t")).toMatchObject({
      kind: "lookup",
      gf: { xscale: { min: 0, max: 1 }, y: [3, 4] },
    });
  });

  it("mismatched point counts and missing x are errors with the path", () => {
    const r = readXmileWithDiagnostics(
      xmile(`
      <gf name="g1"><xpts>0,1</xpts><ypts>1,2,3</ypts></gf>
      <gf name="g2"><ypts>1,2,3</ypts></gf>`),
    );
    expect(r.diagnostics.map((d) => [d.code, d.variable])).toEqual([
      ["gf-length", "g1"],
      ["missing-element", "g2"],
    ]);
    expect(r.diagnostics[0]!.path).toBe('xmile/model/variables/gf[@name="g1"]');
  });
});

describe("what stockflow does not support yet is named, not crashed on", () => {
  it("a variable over a dimension the file does not declare is an error", () => {
    const r = readXmileWithDiagnostics(
      xmile('<aux name="a"><dimensions><dim name="D"/></dimensions><eqn>1</eqn></aux>'),
    );
    expect(r.diagnostics).toEqual([
      expect.objectContaining({
        code: "unknown-dimension",
        message: "unknown dimension D",
        variable: "a",
      }),
    ]);
  });

  it("conveyors that cannot run yet are named", () => {
    const r = readXmileWithDiagnostics(
      xmile(`<stock name="c"><eqn>1</eqn><conveyor discrete="true"><len>2</len></conveyor></stock>
             <stock name="e"><eqn>1</eqn><conveyor><len>2</len></conveyor></stock>`),
    );
    expect(r.diagnostics.map((d) => [d.variable, d.message])).toEqual([
      ["c", "unsupported: discrete conveyors"],
      ["e", "unsupported: a conveyor without a main outflow"],
    ]);
  });

  it("readXmile throws all errors at once in a ModelError", () => {
    const text = xmile('<aux name="a"><eqn>FOO(1)</eqn></aux><aux name="b"><eqn>1 +</eqn></aux>');
    const error = (() => {
      try {
        readXmile(text, { file: "m.xmile" });
      } catch (e) {
        return e as ModelError;
      }
    })();
    expect(error).toBeInstanceOf(ModelError);
    expect(error!.diagnostics.map((d) => [d.code, d.message, d.line, d.column])).toEqual([
      ["unsupported", "unsupported: FOO", 10, 20],
      ["xmile-syntax", "unexpected end of equation", 10, 60],
    ]);
  });

  it("unknown elements among the variables are warnings with their path", () => {
    const r = readXmileWithDiagnostics(xmile('<aux name="a"><eqn>1</eqn></aux><widget/>'));
    expect(r.model).toBeDefined();
    expect(r.diagnostics).toEqual([
      expect.objectContaining({
        severity: "warning",
        code: "unknown-element",
        path: "xmile/model/variables/widget",
      }),
    ]);
  });

  it("a file that is not XMILE says so", () => {
    const r = readXmileWithDiagnostics("<svg/>");
    expect(r.diagnostics[0]).toMatchObject({ code: "not-xmile" });
  });
});

describe("older Stella files: variables directly under <model>, positions in <display>", () => {
  it("reads them", () => {
    const m = readXmile(`<xmile version="1.0" xmlns="http://www.systemdynamics.org/XMILE">
      <header><smile version="1.0"/><vendor>isee</vendor><product>STELLA</product></header>
      <sim_specs method="Euler" time_units="Time"><start>0</start><stop>10</stop><dt>1</dt></sim_specs>
      <model>
        <aux name="lt"><eqn>time &lt; 5</eqn><display x="61" y="32" color="blue"/></aux>
        <display page_width="0" page_height="0"/>
      </model>
    </xmile>`);
    expect(variable(m, "lt")).toMatchObject({ kind: "aux", equation: "time < 5" });
    expect(m.view?.elements).toEqual([{ kind: "node", variable: "lt", x: 61, y: 32 }]);
  });
});
