import { describe, expect, it } from "vitest";
import { runModel } from "../../../src/simulate/simulate.js";
import { expectClose } from "../../helpers/close.js";
import { control, mdl, read, variable } from "./mdl.js";

const TEACUP = `{UTF-8}
Characteristic Time=
\t10
\t~\tMinutes
\t~\tHow long it takes the teacup to cool 1/e of the way.
\t|

Heat Loss to Room=
\t(Teacup Temperature - Room Temperature) / Characteristic Time
\t~\tDegrees Fahrenheit/Minute
\t~\tThe rate at which heat flows from the cup \\
\t\tinto the room.
\t|

Room Temperature=
\t70
\t~\tDegrees Fahrenheit [-459.67,?]
\t~\t|

Teacup Temperature= INTEG (
\t-Heat Loss to Room,
\t\t180)
\t~\tDegrees Fahrenheit [32,212]
\t~\t|
${control(30, 0.125)}
\\\\\\---/// Sketch information - do not modify anything except names
V300  Do not put anything below this section - it will be ignored
*View 1
10,1,Teacup Temperature,307,224,40,20,3,3,0,0,0,0,0,0
`;

describe("readVensim: equations, stocks and the control section", () => {
  const model = read(TEACUP);

  it("keeps display names, units without their ranges, and comments as doc", () => {
    const loss = variable(model, "heat_loss_to_room");
    expect(loss).toMatchObject({
      kind: "flow",
      name: "Heat Loss to Room",
      units: "Degrees Fahrenheit/Minute",
      equation: "(teacup_temperature - room_temperature) / characteristic_time",
    });
    expect(loss.doc).toContain("The rate at which heat flows");
    expect(variable(model, "room_temperature")).toMatchObject({
      kind: "constant",
      value: 70,
      units: "Degrees Fahrenheit",
    });
  });

  it("makes INTEG a stock whose subtracted name is an outflow", () => {
    expect(variable(model, "teacup_temperature")).toMatchObject({
      kind: "stock",
      initial: "180",
      inflows: [],
      outflows: ["heat_loss_to_room"],
    });
  });

  it("reads the control section into sim specs, SAVEPER = TIME STEP included", () => {
    expect(model.specs).toEqual({
      start: 0,
      stop: 30,
      dt: 0.125,
      saveper: 0.125,
      timeUnits: "Month",
    });
    expect(model.variables.map((v) => v.id)).not.toContain("final_time");
  });

  it("locates each variable at its line", () => {
    expect(variable(model, "room_temperature").loc).toEqual({
      file: "test.mdl",
      line: 15,
      column: 1,
    });
  });

  it("runs: the tea cools towards the room", () => {
    const run = runModel(model);
    // Euler: T1 = 180 - 0.125 * (180 - 70) / 10.
    expectClose(run.at("teacup_temperature", 0.125), 180 - 0.125 * 11);
    expect(run.at("teacup_temperature", 30)).toBeLessThan(100);
  });
});

describe("readVensim: rates that are not a sum of names", () => {
  it("puts any other rate into a net flow named after the stock", () => {
    const model = read(mdl("growth = 0.1", "Population = INTEG(Population * growth, 100)"));
    expect(variable(model, "population")).toMatchObject({
      kind: "stock",
      inflows: ["population_net_flow"],
      outflows: [],
    });
    expect(variable(model, "population_net_flow")).toMatchObject({
      kind: "flow",
      equation: "population * growth",
    });
    expect(variable(model, "growth")).toMatchObject({ kind: "constant", value: 0.1 });
  });

  it("turns constants and auxiliaries added and subtracted into flows", () => {
    const model = read(
      mdl("births = 5", "deaths = stock / 10", "stock = INTEG(births - deaths + 0 * births, 1)"),
    );
    // A name used twice makes the rate a net flow.
    expect(variable(model, "stock")).toMatchObject({ inflows: ["stock_net_flow"] });
    const plain = read(
      mdl("births = 5", "deaths = stock / 10", "stock = INTEG(births - deaths, 1)"),
    );
    expect(variable(plain, "stock")).toMatchObject({ inflows: ["births"], outflows: ["deaths"] });
    expect(variable(plain, "births")).toMatchObject({ kind: "flow", equation: "5" });
    expect(variable(plain, "deaths")).toMatchObject({ kind: "flow", equation: "stock / 10" });
  });

  it("gives a stock with a rate of 0 no flows", () => {
    const model = read(mdl("s = INTEG(0, 3)"));
    expect(variable(model, "s")).toMatchObject({
      kind: "stock",
      initial: "3",
      inflows: [],
      outflows: [],
    });
  });

  it("does not make a stock a flow of another stock", () => {
    const model = read(mdl("a = INTEG(1, 0)", "b = INTEG(a, 0)"));
    expect(variable(model, "b")).toMatchObject({ inflows: ["b_net_flow"] });
    expect(variable(model, "b_net_flow")).toMatchObject({ equation: "a" });
  });
});

describe("readVensim: names", () => {
  it("maps quoted and special names to canonical ids and keeps the names", () => {
    const model = read(
      mdl(
        '"$ euro" = 0.8',
        '"a \\"quoted\\" name" = "$ euro" * 2',
        'Élan vital = "a \\"quoted\\" name"',
      ),
    );
    expect(variable(model, "euro")).toMatchObject({ name: "$ euro", value: 0.8 });
    expect(variable(model, "a_quoted_name")).toMatchObject({
      name: 'a "quoted" name',
      equation: "euro * 2",
    });
    expect(variable(model, "elan_vital")).toMatchObject({
      name: "Élan vital",
      equation: "a_quoted_name",
    });
  });

  it("treats case, blanks and underscores alike, as Vensim does", () => {
    const model = read(mdl("Net Flow = 1", "other = NET_FLOW + net   flow"));
    expect(variable(model, "other")).toMatchObject({ equation: "net_flow + net_flow" });
  });

  it("gives colliding ids a suffix and a warning", async () => {
    const { readVensimWithDiagnostics } = await import("../../../src/io/vensim/index.js");
    const reading = readVensimWithDiagnostics(mdl("a$ = 1", "a = 2", "b = a$ + a"));
    expect(reading.model?.variables.map((v) => v.id)).toEqual(["a", "a_2", "b"]);
    expect(variable(reading.model!, "b")).toMatchObject({ equation: "a + a_2" });
    expect(reading.diagnostics).toEqual([
      expect.objectContaining({ severity: "warning", code: "duplicate-name", variable: "a" }),
    ]);
  });

  it("reads the clock names as builtins", () => {
    const model = read(mdl("x = Time + TIME STEP + INITIAL TIME + FINAL TIME + SAVEPER"));
    expect(variable(model, "x")).toMatchObject({
      equation: "time + dt + initial_time + final_time + saveper",
    });
  });
});

describe("readVensim: the file's layout", () => {
  it("reads groups, line continuations, {comments} and a file without {UTF-8}", () => {
    const text = `**********\n\t.My Group\n**********~\n\tA group.\n\t|\n\nx = 1 + \\\n  2 {two} ~ ~ |\n${control()}`;
    expect(variable(read(text), "x")).toMatchObject({ kind: "aux", equation: "1 + 2" });
  });

  it("reads entries whose units and comment are empty (~~|)", () => {
    expect(variable(read(`a = 3 ~~|\nb = a ~~|${control()}`), "b")).toMatchObject({
      equation: "a",
    });
  });

  it("reads == (unchangeable) constants", () => {
    expect(variable(read(mdl("k == 4")), "k")).toMatchObject({ kind: "constant", value: 4 });
  });
});

describe("readVensim: control values from constants", () => {
  it("reads a control value given by a numeric constant of the model", () => {
    const text = `horizon = 40 ~~|\nFINAL TIME = horizon ~~|\nINITIAL TIME = 0 ~~|\nTIME STEP = 0.5 ~~|\nSAVEPER = TIME STEP * 2 ~~|`;
    expect(read(text).specs).toMatchObject({ start: 0, stop: 40, dt: 0.5, saveper: 1 });
  });
});

describe("readVensim: long lines", () => {
  it("reads a name broken over lines with a continuation", () => {
    const model = read(mdl("Fractional Delay Time = 2", "y = 3 * Fractional \\\n\t\tDelay Time"));
    expect(variable(model, "y")).toMatchObject({ equation: "3 * fractional_delay_time" });
  });

  it("reads a tabbed array of 20000 numbers in linear time", () => {
    const values = Array.from({ length: 20000 }, (_, i) => i % 7);
    const started = performance.now();
    const model = read(mdl("D : (1-20000)", `big[D] = ${values.join(", ")}`));
    expect(variable(model, "big")).toMatchObject({ kind: "constant", values });
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
