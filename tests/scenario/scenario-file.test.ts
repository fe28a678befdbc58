import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { ModelError } from "../../src/diagnostics/errors.js";
import { stockFlow } from "../../src/model/builder.js";
import { compare } from "../../src/scenario/compare.js";
import { defineScenario } from "../../src/scenario/define-scenario.js";
import { loadScenario, readScenarioText } from "../../src/scenario/read-scenario.js";
import { runScenarios } from "../../src/scenario/run-scenarios.js";
import { constant, flow, model, stock } from "../helpers/models.js";

const filling = model({ start: 0, stop: 10, dt: 1 }, [
  constant("rate", 10, { name: "Fill Rate" }),
  flow("inflow", "rate"),
  stock("level", "0", ["inflow"]),
]);

function problems(text: string, file = "s.yaml") {
  try {
    readScenarioText(text, { file, model: filling });
  } catch (error) {
    return (error as ModelError).diagnostics;
  }
  return [];
}

describe("scenario files", () => {
  it("read YAML with set, measures and distributions; the name defaults to the file's", () => {
    const s = readScenarioText(
      "set:\n  Fill Rate: 12\nmeasures:\n  - variable: rate\n    change: { multiply: 2 }\n    from: 3\n    ramp: 2\ndistributions:\n  rate: uniform(5, 15)\n",
      { file: "dir/more-water.yaml", model: filling },
    );
    expect(s.name).toBe("more-water");
    expect(s.set).toEqual({ "Fill Rate": 12 });
    expect(s.measures).toEqual([{ variable: "rate", change: { multiply: 2 }, from: 3, ramp: 2 }]);
    expect(s.distributions).toEqual({ rate: { kind: "uniform", lo: 5, hi: 15 } });
  });

  it("locate an unknown variable with file, line, column and a did-you-mean hint", () => {
    const [d] = problems("measures:\n  - variable: raet\n    change: { add: 1 }\n    from: 2\n");
    expect(d).toMatchObject({
      file: "s.yaml",
      line: 2,
      column: 15,
      path: "measures[0].variable",
      value: "raet",
      hint: "did you mean `rate`?",
    });
  });

  it("locate a time outside the run and a bad distribution", () => {
    const ds = problems(
      '{\n  "measures": [{ "variable": "rate", "change": { "add": 1 }, "from": 2030 }],\n  "distributions": { "rate": "uniform(5)" }\n}',
      "s.json",
    );
    expect(ds.map((d) => [d.code, d.line, d.column])).toEqual([
      ["bad-distribution", 3, 30],
      ["time-outside-run", 2, 70],
    ]);
    expect(ds[0]!.message).toBe("uniform takes 2 arguments, got 1");
  });

  it("locate a misspelt key and a change that is not add, multiply or set", () => {
    const ds = problems(
      "sett: { rate: 1 }\nmeasures:\n  - { variable: rate, change: { plus: 1 }, from: 1 }\n",
    );
    expect(ds.map((d) => [d.code, d.line])).toContainEqual(["unknown-key", 1]);
    expect(ds.some((d) => d.path?.startsWith("measures[0].change") && d.line === 3)).toBe(true);
  });

  it("follow an extends that names a file, relative to the scenario file", async () => {
    const dir = mkdtempSync(join(tmpdir(), "scenario-"));
    writeFileSync(join(dir, "base.yaml"), "set: { rate: 20 }\n");
    writeFileSync(
      join(dir, "more.yaml"),
      "extends: base.yaml\nmeasures: [{ variable: rate, change: { add: 1 }, from: 5 }]\n",
    );
    const s = await loadScenario(join(dir, "more.yaml"), { model: filling });
    const [run] = runScenarios(filling, [s]);
    expect(run!.run.final("level")).toBe(5 * 20 + 5 * 21);
  });
});

describe("compare", () => {
  it("gives each variable at each time against the base, absolute and relative", () => {
    const runs = runScenarios(filling, [{ name: "base" }, { name: "half", set: { rate: 5 } }]);
    expect(compare(runs, { variables: ["level"], times: [0, 10] })).toEqual([
      {
        scenario: "base",
        variable: "level",
        time: 0,
        value: 0,
        base: 0,
        difference: 0,
        relative: null,
      },
      {
        scenario: "half",
        variable: "level",
        time: 0,
        value: 0,
        base: 0,
        difference: 0,
        relative: null,
      },
      {
        scenario: "base",
        variable: "level",
        time: 10,
        value: 100,
        base: 100,
        difference: 0,
        relative: 0,
      },
      {
        scenario: "half",
        variable: "level",
        time: 10,
        value: 50,
        base: 100,
        difference: -50,
        relative: -0.5,
      },
    ]);
  });
});

describe("defineScenario", () => {
  it("checks variable names against a typed model at compile time", () => {
    const typed = stockFlow("t", { start: 0, stop: 4, dt: 1 })
      .constant("rate", 1)
      .flow("inflow", "rate")
      .stock("level", { initial: 0, inflows: ["inflow"] })
      .build();
    const ok = defineScenario(typed, {
      name: "ok",
      set: { rate: 2 },
      measures: [{ variable: "inflow", change: { add: 1 }, from: 1 }],
    });
    // @ts-expect-error: `rat` is not a variable of the model
    defineScenario(typed, { name: "typo", set: { rat: 2 } });
    expect(runScenarios(typed, [ok])[0]!.run.final("level")).toBe(2 + 3 * 3);
  });
});
