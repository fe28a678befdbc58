import { describe, expect, it } from "vitest";
import { compileModel } from "../../../src/compile/compile-model.js";
import { readXmile, readXmileWithDiagnostics } from "../../../src/io/xmile/read-xmile.js";
import { simulate } from "../../../src/simulate/simulate.js";

const specs = "<sim_specs><start>0</start><stop>10</stop><dt>1</dt></sim_specs>";

describe("modules are flattened (XMILE §3.7.4)", () => {
  const text = `<xmile version="1.0" xmlns="http://docs.oasis-open.org/xmile/ns/XMILE/v1.0">
    <header><vendor>t</vendor><product>t</product></header>${specs}
    <model>
      <variables>
        <aux name="rate"><eqn>0.5</eqn></aux>
        <module name="Growth"><connect to="Growth.rate" from=".rate"/></module>
        <aux name="total"><eqn>Growth.level * 2</eqn></aux>
        <aux name="copy"><eqn>0</eqn></aux>
        <module name="Growth"/>
      </variables>
    </model>
    <model name="Growth">
      <variables>
        <aux name="rate" access="input"><eqn>0</eqn></aux>
        <stock name="level"><eqn>1</eqn><inflow>gain</inflow></stock>
        <flow name="gain"><eqn>level * rate</eqn></flow>
      </variables>
    </model>
  </xmile>`;

  it("gives module variables ids <module>__<var> and qualified names", () => {
    const r = readXmileWithDiagnostics(text.replace('<module name="Growth"/>', ""));
    const m = r.model!;
    expect(m.variables.map((v) => [v.kind, v.id, v.name])).toEqual([
      ["constant", "rate", "rate"],
      ["aux", "growth_rate", "Growth.rate"],
      ["stock", "growth_level", "Growth.level"],
      ["flow", "growth_gain", "Growth.gain"],
      ["aux", "total", "total"],
      ["constant", "copy", "copy"],
    ]);
  });

  it("turns connections into equations and resolves names inside the module", () => {
    const m = readXmile(text.replace('<module name="Growth"/>', ""));
    const byId = new Map(m.variables.map((v) => [v.id, v]));
    expect(byId.get("growth_rate")).toMatchObject({ kind: "aux", equation: "rate" });
    expect(byId.get("growth_level")).toMatchObject({ inflows: ["growth_gain"] });
    expect(byId.get("growth_gain")).toMatchObject({ equation: "growth_level * growth_rate" });
    expect(byId.get("total")).toMatchObject({ equation: "growth_level * 2" });
  });

  it("runs: the module's stock grows by the root model's rate", () => {
    const run = simulate(compileModel(readXmile(text.replace('<module name="Growth"/>', ""))));
    // level(t) = 1.5^t with Euler at dt 1 (gain = level * 0.5); total = 2 * level.
    expect(run.series("Growth.level")[3]).toBeCloseTo(3.375, 12);
    expect(run.series("total")[10]).toBeCloseTo(2 * 1.5 ** 10, 9);
  });

  it("keeps a module id apart from a root variable that canonicalises the same", () => {
    const clash = text
      .replace('<module name="Growth"/>', "")
      .replace(
        '<aux name="copy"><eqn>0</eqn></aux>',
        '<aux name="growth level"><eqn>7</eqn></aux>',
      );
    const m = readXmile(clash);
    const ids = m.variables.map((v) => v.id);
    expect(ids).toContain("growth_level");
    expect(ids).toContain("growth_level_2");
    expect(m.variables.find((v) => v.id === "growth_level")).toMatchObject({ value: 7 });
    expect(m.variables.find((v) => v.name === "Growth.level")?.id).toBe("growth_level_2");
    expect(simulate(compileModel(m)).series("Growth.level")[1]).toBeCloseTo(1.5, 12);
  });

  it("an output connection defines the outer variable", () => {
    const out = text
      .replace('<module name="Growth"/>', "")
      .replace("</module>", '<connect to="copy" from="Growth.level"/></module>');
    const copy = readXmile(out).variables.find((v) => v.id === "copy");
    expect(copy).toMatchObject({ kind: "aux", equation: "growth_level" });
    // The specification's own example writes the outer name with a leading dot.
    const dotted = out.replace('to="copy"', 'to=".copy"');
    expect(readXmile(dotted).variables.find((v) => v.id === "copy")).toEqual(copy);
  });

  it("a module whose model is not in the file is unsupported; duplicates are errors", () => {
    const missing = readXmileWithDiagnostics(
      text.replace('<model name="Growth">', '<model name="Other">'),
    );
    expect(missing.diagnostics[0]).toMatchObject({
      code: "unsupported",
      path: 'xmile/model/variables/module[@name="Growth"]',
    });
    const twice = readXmileWithDiagnostics(text);
    expect(twice.diagnostics.map((d) => d.code)).toContain("duplicate-name");
  });
});

describe("the view is kept in the model", () => {
  const text = `<xmile version="1.0" xmlns="http://docs.oasis-open.org/xmile/ns/XMILE/v1.0">
    <header><vendor>t</vendor><product>t</product></header>${specs}
    <model>
      <variables>
        <stock name="Stock A"><eqn>1</eqn><inflow>Flow_A</inflow></stock>
        <flow name="Flow A"><eqn>k</eqn></flow>
        <aux name="k"><eqn>1</eqn></aux>
      </variables>
      <views>
        <view>
          <stock name="Stock_A" x="335" y="103" width="45" height="35"/>
          <flow name="Flow_A" x="236" y="100">
            <pts><pt x="168" y="100"/><pt x="335" y="103"/></pts>
          </flow>
          <aux name="k" x="240" y="180"/>
          <alias uid="7" x="400" y="200"><of>k</of></alias>
          <connector uid="9" angle="-87.5"><from>k</from><to>Flow_A</to></connector>
          <connector uid="10" angle="45"><from><alias uid="7"/></from><to>Stock_A</to></connector>
          <aux name="Nowhere" x="1" y="1"/>
          <text_box x="0" y="0">a note</text_box>
        </view>
        <view type="interface"><aux name="k" x="9" y="9"/></view>
      </views>
    </model>
  </xmile>`;

  it("nodes, the pipe, alias nodes, connectors with angles, and a cloud at the free end", () => {
    expect(readXmile(text).view?.elements).toEqual([
      { kind: "node", variable: "stock_a", x: 335, y: 103, width: 45, height: 35 },
      { kind: "node", variable: "flow_a", x: 236, y: 100 },
      {
        kind: "pipe",
        flow: "flow_a",
        points: [
          { x: 168, y: 100 },
          { x: 335, y: 103 },
        ],
      },
      { kind: "node", variable: "k", x: 240, y: 180 },
      { kind: "node", variable: "k", x: 400, y: 200 },
      { kind: "connector", from: "k", to: "flow_a", angle: -87.5 },
      { kind: "connector", from: "k", to: "stock_a", angle: 45 },
      { kind: "cloud", flow: "flow_a", x: 168, y: 100 },
    ]);
  });
});

describe("Stella's module conventions", () => {
  // As Stella writes them: bare `to` names, `.x` for the root, `m.x` for another module's output.
  const text = `<xmile version="1.0" xmlns="http://docs.oasis-open.org/xmile/ns/XMILE/v1.0">
    <header><vendor>isee</vendor><product>Stella</product></header>
    <sim_specs method="Euler"><start>0</start><stop>2</stop><dt>1</dt></sim_specs>
    <model>
      <variables>
        <module name="hares">
          <connect to="area" from=".area"/>
          <connect to="lynxes" from="lynxes.lynxes"/>
        </module>
        <module name="lynxes"><connect to="hare_density" from="hares.hare_density"/></module>
        <aux name="area" access="output"><eqn>1000</eqn></aux>
      </variables>
    </model>
    <model name="hares">
      <variables>
        <stock name="hares"><eqn>50000</eqn><inflow>births</inflow><non_negative></non_negative></stock>
        <flow name="births"><eqn>hares * 0.1 - lynxes.lynxes</eqn></flow>
        <aux name="area" access="input"><eqn>{Enter equation for use when not hooked up}</eqn></aux>
        <aux name="hare_density" access="output"><eqn>hares / .area</eqn></aux>
        <stock name="lynxes" access="input"><eqn>{Enter equation}</eqn></stock>
      </variables>
    </model>
    <model name="lynxes">
      <variables>
        <stock name="lynxes" access="output"><eqn>1250</eqn></stock>
        <aux name="hare_density" access="input"><eqn>{Enter equation}</eqn></aux>
        <aux name="seen"><eqn>hares.hare_density * 2</eqn></aux>
      </variables>
    </model>
  </xmile>`;

  it("connects inputs, resolves root and sibling names, and turns connected stocks into auxes", () => {
    const m = readXmile(text);
    const byId = new Map(m.variables.map((v) => [v.id, v]));
    expect(byId.get("hares_area")).toMatchObject({ kind: "aux", equation: "area" });
    expect(byId.get("hares_lynxes")).toMatchObject({ kind: "aux", equation: "lynxes_lynxes" });
    expect(byId.get("hares_births")).toMatchObject({
      equation: "hares_hares * 0.1 - lynxes_lynxes",
    });
    expect(byId.get("hares_hare_density")).toMatchObject({ equation: "hares_hares / area" });
    expect(byId.get("lynxes_hare_density")).toMatchObject({ equation: "hares_hare_density" });
    expect(byId.get("lynxes_seen")).toMatchObject({ equation: "hares_hare_density * 2" });
  });

  it("runs the flattened modules", () => {
    const run = simulate(compileModel(readXmile(text)));
    // births = 0.1 * 50000 - 1250 = 3750; hare density = hares / 1000.
    expect(Array.from(run.series("hares.hares"))).toEqual([50000, 53750, 57875]);
    expect(run.series("lynxes.seen")[1]).toBeCloseTo((2 * 53750) / 1000, 12);
  });
});

describe("xmutil's lookups: an aux with a dummy equation and a <gf>, called through LOOKUP", () => {
  it("becomes a stand-alone lookup", () => {
    const m =
      readXmile(`<xmile version="1.0" xmlns="http://docs.oasis-open.org/xmile/ns/XMILE/v1.0">
      <header><vendor>xmutil</vendor><product>xmutil</product></header>${specs}
      <model><variables>
        <aux name="lookup function table"><eqn>0</eqn>
          <gf><xpts>0,5,10</xpts><ypts>0,1,0</ypts></gf></aux>
        <aux name="lookup function call"><eqn>LOOKUP(lookup_function_table, Time)</eqn></aux>
        <aux name="old style"><eqn>TIME</eqn><gf discrete="true"><xscale min="0" max="1"/><ypts>1,1</ypts></gf></aux>
      </variables></model>
    </xmile>`);
    expect(m.variables.map((v) => [v.kind, v.id])).toEqual([
      ["lookup", "lookup_function_table"],
      ["aux", "lookup_function_call"],
      ["aux", "old_style"],
    ]);
    expect(m.variables[1]).toMatchObject({ equation: "lookup_function_table(time)" });
    expect(m.variables[2]).toMatchObject({ gf: { type: "discrete" } });
  });
});
