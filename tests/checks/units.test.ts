import { describe, expect, it } from "vitest";
import { checkUnits } from "../../src/checks/units/check-units.js";
import { formatUnits, parseUnits } from "../../src/checks/units/units.js";
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
