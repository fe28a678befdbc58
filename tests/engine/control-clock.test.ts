import { describe, expect, it } from "vitest";
import { SimulationError } from "../../src/diagnostics/errors.js";
import { writeModelJson } from "../../src/io/write-model.js";
import { checkModelStructure } from "../../src/model/check-model-structure.js";
import { validateModelFile } from "../../src/model/validate-model.js";
import { runModel } from "../../src/simulate/simulate.js";
import { expectClose } from "../helpers/close.js";
import { read } from "../io/vensim/mdl.js";

/** A `.mdl` file from equation entries and the four control values as written. */
function mdl(
  equations: readonly string[],
  { initial = "0", final = "10", step = "1", saveper = "TIME STEP" } = {},
): string {
  const entries = [
    ...equations,
    `INITIAL TIME = ${initial}`,
    `FINAL TIME = ${final}`,
    `TIME STEP = ${step}`,
    `SAVEPER = ${saveper}`,
  ];
  return `{UTF-8}\n${entries.map((e) => `${e}\n\t~\t\n\t~\t\t|\n`).join("\n")}`;
}

const run = (text: string, options: Parameters<typeof runModel>[1] = {}) =>
  runModel(read(text), options);

describe("control values that are equations (Vensim)", () => {
  it("names the variables that set them in specs.control; constant ones stay numbers", () => {
    const model = read(mdl(["y = 3", "x = 2 * y"], { final: "2 * x" }));
    expect(model.specs.control).toEqual({ stop: "final_time" });
    expect(model.specs).toMatchObject({ start: 0, dt: 1 });
    expect(model.variables.find((v) => v.id === "final_time")).toMatchObject({
      name: "FINAL TIME",
      equation: "2 * x",
    });
  });

  it("FINAL TIME = 2*x with x = 2*3 runs from 0 to 12: 13 rows at dt 1", () => {
    const r = run(mdl(["y = 3", "x = 2 * y"], { final: "2 * x" }));
    expect(r.time.length).toBe(13);
    expect(r.time[12]).toBe(12);
  });

  it("stops as soon as Time reaches the FINAL TIME computed at that step", () => {
    // s = t exactly (inflow 1 from 0); FINAL TIME becomes Time at the first step with s ≥ 3.2,
    // that is t = 3.5 at dt 0.5: rows 0, 0.5, …, 3.5.
    const r = run(
      mdl(["s = INTEG(1, 0)"], { final: "IF THEN ELSE(s >= 3.2, Time, 100)", step: "0.5" }),
    );
    expect(Array.from(r.time)).toEqual([0, 0.5, 1, 1.5, 2, 2.5, 3, 3.5]);
    expect(r.final("s")).toBe(3.5);
  });

  it("steps with the TIME STEP computed at each step, and integrates with it", () => {
    // dt = 1 before t = 2, then 0.25: times 0, 1, 2, 2.25, 2.5, 2.75, 3. Euler on ds/dt = Time
    // sums t·dt: 0·1 + 1·1 + (2 + 2.25 + 2.5 + 2.75)·0.25 = 3.375 at t = 3.
    const r = run(
      mdl(["s = INTEG(Time, 0)", "c = INTEG(2, 0)"], {
        final: "3",
        step: "IF THEN ELSE(Time < 2, 1, 0.25)",
      }),
    );
    expect(Array.from(r.time)).toEqual([0, 1, 2, 2.25, 2.5, 2.75, 3]);
    expectClose(r.final("s"), 3.375, 1e-12);
    expectClose(r.final("c"), 6, 1e-12);
  });

  it("saves the next row one SAVEPER (read at the saved step) after the last", () => {
    const r = run(mdl(["v = Time"], { saveper: "IF THEN ELSE(Time < 4, 1, 3)" }));
    expect(Array.from(r.time)).toEqual([0, 1, 2, 3, 4, 7, 10]);
    expect(Array.from(r.series("v"))).toEqual([0, 1, 2, 3, 4, 7, 10]);
  });

  it("SAVEPER = TIME STEP follows a TIME STEP that changes", () => {
    const r = run(mdl(["v = Time"], { final: "2", step: "IF THEN ELSE(Time < 1, 1, 0.5)" }));
    expect(Array.from(r.time)).toEqual([0, 1, 1.5, 2]);
  });

  it("starts at an INITIAL TIME computed from the model, and equations read it", () => {
    const r = run(
      mdl(["start year = 5 * 2", "age = Time - INITIAL TIME"], {
        initial: "start year",
        final: "13",
      }),
    );
    expect(Array.from(r.time)).toEqual([10, 11, 12, 13]);
    expect(Array.from(r.series("age"))).toEqual([0, 1, 2, 3]);
  });

  it("an INITIAL TIME that keeps moving with Time is an error naming it", () => {
    expect(() => run(mdl([], { initial: "Time + 1" }))).toThrow(SimulationError);
    expect(() => run(mdl([], { initial: "Time + 1" }))).toThrow(/INITIAL TIME/);
  });

  it("a TIME STEP that becomes 0 is an error at the time it happens", () => {
    expect(() => run(mdl([], { step: "IF THEN ELSE(Time < 3, 1, 0)" }))).toThrow(
      "simulation stopped at time 3: TIME STEP is 0 (the time step must be positive)",
    );
  });

  it("ends within half a step of the FINAL TIME, as a constant one is rounded", () => {
    const last = (final: string) => {
      const r = run(mdl(["y = 10.4", "z = 10.6"], { final }));
      return r.time[r.time.length - 1];
    };
    expect(last("y * 1")).toBe(10);
    expect(last("z * 1")).toBe(11);
  });

  it("run options fix a control value over its equation", () => {
    const r = run(mdl(["s = INTEG(1, 0)"], { final: "IF THEN ELSE(s >= 3, Time, 100)" }), {
      stop: 5,
    });
    expect(r.time[r.time.length - 1]).toBe(5);
  });

  it("a model file keeps specs.control: written as JSON, read back, it runs the same", () => {
    const model = read(
      mdl(["s = INTEG(1, 0)"], { final: "IF THEN ELSE(s >= 3.2, Time, 100)", step: "0.5" }),
    );
    const back = validateModelFile(JSON.parse(writeModelJson(model)));
    expect(back.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(back.value?.specs.control).toEqual({ stop: "final_time" });
    expect(runModel(back.value!).time.at(-1)).toBe(3.5);
  });

  it("the structure check rejects specs.control naming a variable that does not exist", () => {
    const model = read(mdl(["y = 3", "x = 2 * y"], { final: "2 * x" }));
    const broken = { ...model, specs: { ...model.specs, control: { stop: "nowhere" } } };
    expect(checkModelStructure(broken).map((d) => d.message)).toContain(
      'specs.control.stop names "nowhere", which does not exist; it must be a scalar variable',
    );
  });
});

describe("structure fixed at compile time and a TIME STEP set by an equation", () => {
  it("does not fit a DELAY N order to a time step that is not known before the run", () => {
    // With TIME STEP = 0.5 read only at the start, order 3 with delay 1.25 stays order 3.
    const r = run(
      mdl(["input = -1", "out = DELAY N(input, 1.25, 6, 3)"], {
        final: "2",
        step: "IF THEN ELSE(Time < 100, 0.5, 1)",
      }),
    );
    expect(r.warnings.map((w) => w.code)).not.toContain("delay-order-reduced");
    // Order 3, stage τ = 1.25/3: Euler by hand from s_i = 6τ = 2.5, the third stage still
    // holds 2.5 at t = 1, so the output is 6 there (order 2 would give 1.52).
    expectClose(r.series("out")[2]!, 6, 1e-12);
  });
});
