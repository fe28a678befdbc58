import { describe, expect, it } from "vitest";
import { checkUnits } from "../../src/checks/units/check-units.js";
import { formatUnits, parseUnits, unitResolver } from "../../src/checks/units/units.js";
import { readXmile } from "../../src/io/xmile/read-xmile.js";
import { writeXmile } from "../../src/io/xmile/write-xmile.js";
import { aux, constant, flow, model, stock } from "../helpers/models.js";

const show = (text: string) => {
  const d = parseUnits(text);
  return d === undefined ? undefined : formatUnits(d);
};

describe("parseUnits", () => {
  it("reads products, quotients and whole powers, loosely about case and plurals", () => {
    expect(show("people/year")).toBe("person/year");
    expect(show("Persons*Year^-1")).toBe("person/year");
    expect(show("1/year")).toBe("1/year");
    expect(show("dmnl")).toBe("dmnl");
    expect(show("dmnl [0,1]")).toBe("dmnl");
    expect(show("(kg*m)/s^2")).toBe("kg*m/s^2");
    expect(show("euro/(person*year)")).toBe("euro/(person*year)");
    expect(show("degrees Fahrenheit/minute")).toBe("degree fahrenheit/minute");
  });

  it("gives up (undefined) on what it cannot read", () => {
    expect(show("%")).toBeUndefined();
    expect(show("m^x")).toBeUndefined();
    expect(show("a//b")).toBeUndefined();
    expect(show("")).toBeUndefined();
  });
});

describe("the model's own units (XMILE <model_units>)", () => {
  const defs = [
    { name: "Rabbit" },
    { name: "dollar", aliases: ["USD", "$"] },
    { name: "rabbit flux", equation: "rabbits/month" },
    { name: "a", equation: "b" },
    { name: "b", equation: "a" },
  ];
  const resolve = unitResolver(defs);
  const show2 = (text: string) => {
    const d = parseUnits(text, resolve);
    return d === undefined ? undefined : formatUnits(d);
  };

  it("reads aliases as their unit and a unit's equation as its dimensions", () => {
    expect(show2("USD/Rabbits")).toBe("dollar/rabbit");
    expect(show2("rabbit_flux*month")).toBe("rabbit");
    // A cycle of definitions stays what it is written as, never loops.
    expect(show2("a")).toBe("a");
  });

  it("are read from XMILE, written back, and used by the check", () => {
    const text = `<xmile version="1.0" xmlns="http://docs.oasis-open.org/xmile/ns/XMILE/v1.0">
      <header><vendor>t</vendor><product>t</product></header>
      <sim_specs time_units="month"><start>0</start><stop>2</stop><dt>1</dt></sim_specs>
      <model_units>
        <unit name="Rabbit"><alias>bunny</alias></unit>
        <unit name="Rabbit Flux"><eqn>Rabbit/month</eqn></unit>
        <unit name="Old" disabled="true"><eqn>furlong</eqn></unit>
      </model_units>
      <model><variables>
        <stock name="warren"><eqn>10</eqn><inflow>births</inflow><units>bunnies</units></stock>
        <flow name="births"><eqn>warren * rate</eqn><units>Rabbit Flux</units></flow>
        <aux name="rate"><eqn>0.1</eqn><units>1/month</units></aux>
      </variables></model>
    </xmile>`;
    const m = readXmile(text);
    expect(m.units).toEqual([
      { name: "Rabbit", aliases: ["bunny"] },
      { name: "Rabbit Flux", equation: "Rabbit/month" },
    ]);
    expect(readXmile(writeXmile(m)).units).toEqual(m.units);
    expect(checkUnits(m)).toEqual([]);
    const wrong = readXmile(text.replace("<units>Rabbit Flux</units>", "<units>Rabbit</units>"));
    expect(checkUnits(wrong).map((d) => d.variable)).toEqual(["warren", "births"]);
  });
});

describe("checkUnits", () => {
  const specs = { timeUnits: "years" };

  it("is silent on a consistent model and on anything undeclared", () => {
    const m = model(specs, [
      constant("victims", 100, { units: "people" }),
      constant("rate", 0.1, { units: "1/year" }),
      constant("mystery", 3),
      flow("exits", "victims * rate * mystery + 2", { units: "people/year" }),
      stock("hidden", "10", [], ["exits"], { units: "persons" }),
      aux("share", "exp(-rate * time) * min(1, 2)", { units: "dmnl" }),
    ]);
    expect(checkUnits(m)).toEqual([]);
  });

  it("shows the equation and the two units that disagree", () => {
    const m = model(specs, [
      constant("victims", 100, { units: "people" }),
      constant("rate", 0.1, { units: "1/year" }),
      flow("exits", "victims + rate", { units: "people/year" }),
      aux("growth", "exp(victims)", { units: "dmnl" }),
      aux("wrong", "victims * rate", { units: "people" }),
    ]);
    expect(checkUnits(m).map((d) => [d.variable, d.message])).toEqual([
      ["exits", "addition of person and 1/year in victims + rate"],
      ["growth", "argument of exp of person and dmnl in exp(victims)"],
      ["wrong", "victims * rate is in person/year, but wrong is declared in person"],
    ]);
  });

  it("checks a stock's units against its flows' units times the time unit", () => {
    const m = model(specs, [
      flow("inflow", "1", { units: "people" }),
      stock("level", "0", ["inflow"], [], { units: "people" }),
    ]);
    const [d] = checkUnits(m);
    expect(d).toMatchObject({
      severity: "warning",
      variable: "level",
      message: "flow inflow in person does not fill a stock in person",
      hint: "a flow into it should be in person/year",
    });
  });
});
