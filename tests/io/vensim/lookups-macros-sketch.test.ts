import { describe, expect, it } from "vitest";
import { checkUnits } from "../../../src/checks/units/check-units.js";
import { readVensim } from "../../../src/io/vensim/index.js";
import { runModel } from "../../../src/simulate/simulate.js";
import { expectClose } from "../../helpers/close.js";
import { control, diagnosticsOf, mdl, read, variable } from "./mdl.js";

describe("readVensim: lookups", () => {
  it("reads a lookup with its range, and calls of it", () => {
    const model = read(
      mdl("effect( [(0,0)-(2,10)], (0,0), (1,5), (2,10) )", "y = effect(Time / 5)"),
    );
    expect(variable(model, "effect")).toMatchObject({
      kind: "lookup",
      gf: { x: [0, 1, 2], y: [0, 5, 10], yscale: { min: 0, max: 10 } },
    });
    expect(variable(model, "y")).toMatchObject({ equation: "effect(time / 5)" });
    expectClose(runModel(model).at("y", 5), 5);
  });

  it("reads the old form without a range, and the x-list-then-y-list form", () => {
    expect(variable(read(mdl("t((0,1),(10,2))")), "t")).toMatchObject({
      gf: { x: [0, 10], y: [1, 2] },
    });
    expect(variable(read(mdl("t([(0,0)-(4,4)], 0, 2, 4, 1, 3, 4)")), "t")).toMatchObject({
      gf: { x: [0, 2, 4], y: [1, 3, 4] },
    });
  });

  it("makes WITH LOOKUP the gf of an auxiliary, or a hidden lookup inside an expression", () => {
    const model = read(
      mdl(
        "a = WITH LOOKUP(Time, ([(0,0)-(10,1)],(0,0),(10,1)))",
        "b = 2 * WITH LOOKUP(Time, ((0,0),(10,10)))",
      ),
    );
    expect(variable(model, "a")).toMatchObject({
      kind: "aux",
      equation: "time",
      gf: { x: [0, 10], y: [0, 1] },
    });
    expect(variable(model, "b")).toMatchObject({ equation: "2 * b_lookup(time)" });
    expect(variable(model, "b_lookup")).toMatchObject({
      kind: "lookup",
      gf: { x: [0, 10], y: [0, 10] },
    });
    const run = runModel(model);
    expectClose(run.at("a", 5), 0.5);
    expectClose(run.at("b", 5), 10);
  });
});

describe("readVensim: subscripted lookups", () => {
  it("gives each element its own lookup and calls the element's lookup", () => {
    const model = read(
      mdl("D : a, b", "t[a]((0,0),(1,1))", "t[b]((0,0),(1,2))", "y[D] = t[D](0.5)", "z = t[b](1)"),
    );
    expect(variable(model, "t_a")).toMatchObject({ kind: "lookup", gf: { x: [0, 1], y: [0, 1] } });
    expect(variable(model, "t_b")).toMatchObject({ kind: "lookup", gf: { x: [0, 1], y: [0, 2] } });
    expect(variable(model, "y")).toMatchObject({
      dims: ["d"],
      elements: { a: "t_a(0.5)", b: "t_b(0.5)" },
    });
    expect(variable(model, "z")).toMatchObject({ equation: "t_b(1)" });
  });

  it("sorts points whose x values do not increase, with a warning", async () => {
    const { readVensimWithDiagnostics } = await import("../../../src/io/vensim/index.js");
    const reading = readVensimWithDiagnostics(mdl("t((2,-3),(1,-7),(0,-1))"));
    expect(variable(reading.model!, "t")).toMatchObject({ gf: { x: [0, 1, 2], y: [-1, -7, -3] } });
    expect(reading.diagnostics).toEqual([
      expect.objectContaining({ severity: "warning", code: "lookup-order" }),
    ]);
  });
});

describe("readVensim: macros", () => {
  const MACROS = `{UTF-8}
:MACRO: SECOND(input, parameter)
SECOND = input / parameter
\t~\t~\t|
:END OF MACRO:
:MACRO: GROW(rate, start)
GROW = INTEG(rate * doubled, start)
\t~\t~\t|
doubled = 2 ~~|
:END OF MACRO:
out = SECOND(x, 2) + SECOND(x, 4) ~~|
level = GROW(1, x) ~~|
x = 8 ~~|
${control(3)}`;
  const model = readVensim(MACROS);

  it("expands each call into hidden variables named after the caller", () => {
    expect(variable(model, "out")).toMatchObject({
      equation: "out_second_1_second + out_second_2_second",
    });
    expect(variable(model, "out_second_1_second")).toMatchObject({
      kind: "aux",
      equation: "x / 2",
    });
    expect(variable(model, "out_second_2_second")).toMatchObject({ equation: "x / 4" });
  });

  it("expands macros with stocks and several equations", () => {
    expect(variable(model, "level")).toMatchObject({ equation: "level_grow_1_grow" });
    expect(variable(model, "level_grow_1_grow")).toMatchObject({ kind: "stock", initial: "x" });
    expect(variable(model, "level_grow_1_doubled")).toMatchObject({ kind: "constant", value: 2 });
    const run = runModel(model);
    expectClose(run.at("out", 0), 6);
    expectClose(run.at("level", 3), 8 + 3 * 2);
  });
});

describe("readVensim: macros with outputs", () => {
  const OUTPUTS = `{UTF-8}
:MACRO: SPLIT(total, share : rest)
SPLIT = total * share
\t~\t~\t|
rest = total - SPLIT
\t~\t~\t|
:END OF MACRO:
part = SPLIT(income, 0.25 : remainder) ~ euro ~|
double rest = 2 * remainder ~~|
income = INTEG(10, 100) ~~|
${control(2)}`;

  it("defines the caller's output variable from the macro's output", () => {
    const model = readVensim(OUTPUTS);
    expect(variable(model, "remainder")).toMatchObject({
      kind: "aux",
      equation: "part_split_1_rest",
    });
    const run = runModel(model);
    // income = 100 + 10 t; part = income / 4; remainder = income - part.
    expectClose(run.at("part", 2), 120 * 0.25);
    expectClose(run.at("remainder", 2), 120 * 0.75);
    expectClose(run.at("double_rest", 1), 2 * 110 * 0.75);
  });

  it("refuses outputs on a call of a function that is not a macro", () => {
    const text = OUTPUTS.replace(
      "SPLIT(income, 0.25 : remainder)",
      "MAX(income, 0.25 : remainder)",
    );
    expect(diagnosticsOf(text)).toContainEqual(
      expect.objectContaining({
        variable: "part",
        message: 'MAX is not a macro: only a macro call names outputs after ":"',
      }),
    );
  });

  it("names a call with more outputs than the macro has", () => {
    const text = OUTPUTS.replace("0.25 : remainder)", "0.25 : remainder, extra)");
    expect(diagnosticsOf(text)).toContainEqual(
      expect.objectContaining({
        code: "wrong-arity",
        variable: "part",
        message: "macro SPLIT has 1 output(s), the call names 2",
        line: 8,
      }),
    );
  });
});

describe("readVensim: unit equivalents in the settings", () => {
  it("become model units with aliases, which the units check reads", () => {
    const text = `{UTF-8}
cash = INTEG(income, 0) ~ Dollars ~|
income = 5 ~ $/Month ~|
${control(2)}
\\\\\\---/// Sketch information - do not modify anything except names
V300  Do not put anything below this section - it will be ignored
*View 1
///---\\\\\\
:L<%^E!@
22:$,Dollar,Dollars,$s
22:Month,Months
15:0,0,0,0,0,0
`;
    const model = readVensim(text);
    expect(model.units).toEqual([
      { name: "$", aliases: ["Dollar", "Dollars", "$s"] },
      { name: "Month", aliases: ["Months"] },
    ]);
    expect(checkUnits(model)).toEqual([]);
    const without = readVensim(text.replace("22:$,Dollar,Dollars,$s\n", ""));
    expect(without.units).toEqual([{ name: "Month", aliases: ["Months"] }]);
    expect(checkUnits(without).map((d) => d.variable)).toEqual(["cash"]);
  });
});

describe("readVensim: the sketch", () => {
  const SKETCH = `{UTF-8}
FlowA = 1 ~~|
StockA = INTEG(FlowA, 0) ~~|
test = StockA * 2 ~~|
${control()}
\\\\\\---/// Sketch information - do not modify anything except names
V300  Do not put anything below this section - it will be ignored
*View 1
$192-192-192,0,Times New Roman|12||0-0-0|0-0-0|0-0-255|-1--1--1|-1--1--1|72,72,100,0
10,1,StockA,435,153,40,20,3,3,0,0,0,0,0,0
12,2,48,268,150,10,8,0,3,0,0,-1,0,0,0
1,4,6,1,4,0,0,22,0,0,0,-1--1--1,,1|(368,150)|
1,5,6,2,100,0,0,22,0,0,0,-1--1--1,,1|(304,150)|
11,6,0,336,150,6,8,34,3,0,0,1,0,0,0
10,7,FlowA,336,166,19,8,40,3,0,0,-1,0,0,0
10,8,test,435,253,20,8,8,3,0,0,0,0,0,0
1,9,1,8,0,0,43,0,0,64,0,-1--1--1,,1|(435,200)|
10,10,Time,500,300,26,11,8,2,0,3,-1,0,0,0
///---\\\\\\
`;

  it("reads variables, valves, pipes, clouds and connectors with their polarity", () => {
    const view = read(SKETCH).view;
    expect(view?.elements).toEqual([
      { kind: "node", variable: "stocka", x: 435, y: 153, width: 80, height: 40 },
      { kind: "node", variable: "flowa", x: 336, y: 150 },
      { kind: "node", variable: "test", x: 435, y: 253, width: 40, height: 16 },
      { kind: "connector", from: "stocka", to: "test", angle: 270, polarity: "+" },
      {
        kind: "pipe",
        flow: "flowa",
        points: [
          { x: 268, y: 150 },
          { x: 336, y: 150 },
          { x: 435, y: 153 },
        ],
      },
      { kind: "cloud", flow: "flowa", x: 268, y: 150 },
    ]);
  });
});

describe("readVensim: WITH LOOKUP in an arrayed equation", () => {
  it("makes one hidden lookup for the table however many elements use it", () => {
    const model = read(
      mdl(
        "D : a, b -> E",
        "E : x, y",
        "k[D] = 2 * WITH LOOKUP(k0[E], ((0,0),(1,1)))",
        "k0[E] = 1, 2",
      ),
    );
    expect(model.variables.filter((v) => v.kind === "lookup").map((v) => v.id)).toEqual([
      "k_lookup",
    ]);
    expect(variable(model, "k")).toMatchObject({
      elements: { a: "2 * k_lookup(k0[x])", b: "2 * k_lookup(k0[y])" },
    });
  });
});
