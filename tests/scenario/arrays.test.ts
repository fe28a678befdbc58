import { describe, expect, it } from "vitest";
import { calibrate } from "../../src/calibration/calibrate.js";
import { readObservedData } from "../../src/calibration/read-observed-data.js";
import { readRealityChecks } from "../../src/checks/read-reality-checks.js";
import { runRealityChecks } from "../../src/checks/run-reality-checks.js";
import { checkUnits } from "../../src/checks/units/check-units.js";
import type { ModelError } from "../../src/diagnostics/errors.js";
import type { Model } from "../../src/model/types.js";
import { compare } from "../../src/scenario/compare.js";
import { readScenarioText } from "../../src/scenario/read-scenario.js";
import { prepareScenarios, runScenarios } from "../../src/scenario/run-scenarios.js";
import { expectClose } from "../helpers/close.js";

// Victims by form: each form's stock fills at its own recruitment rate.
const byForm: Model = {
  kind: "stock-flow",
  specs: { start: 0, stop: 10, dt: 1, timeUnits: "years" },
  dimensions: [{ id: "form", elements: ["sexual", "labour"] }],
  variables: [
    {
      kind: "constant",
      id: "rate",
      dims: ["form"],
      value: 0,
      values: [10, 20],
      units: "people/year",
    },
    {
      kind: "flow",
      id: "recruitment",
      dims: ["form"],
      equation: "rate[form]",
      units: "people/year",
    },
    {
      kind: "stock",
      id: "victims",
      dims: ["form"],
      initial: "0",
      inflows: ["recruitment"],
      outflows: [],
      units: "people",
    },
    { kind: "aux", id: "total", equation: "sum(victims[form!])", units: "people" },
  ],
};

describe("scenarios on an arrayed model", () => {
  it("apply set and measures to a whole array or to one element, in the flat model", () => {
    const runs = runScenarios(byForm, [
      { name: "base" },
      { name: "all rates 1", set: { rate: 1 } },
      {
        name: "labour doubled",
        measures: [{ variable: "rate[labour]", change: { multiply: 2 }, from: 0 }],
      },
      {
        name: "all halved from 5",
        measures: [{ variable: "recruitment", change: { multiply: 0.5 }, from: 5 }],
      },
    ]);
    const final = (i: number, name: string) => runs[i]!.run.final(name);
    expect([final(0, "victims[sexual]"), final(0, "victims[labour]")]).toEqual([100, 200]);
    expect([final(1, "victims[sexual]"), final(1, "victims[labour]")]).toEqual([10, 10]);
    expect([final(2, "victims[sexual]"), final(2, "victims[labour]")]).toEqual([100, 400]);
    expect(final(3, "total")).toBe(5 * 30 + 5 * 15);
    const rows = compare(runs, { variables: ["Victims[labour]"], times: [10] });
    expect(rows.map((r) => r.difference)).toEqual([0, -190, 200, -50]);
  });

  it("share one compiled model among scenarios measuring the same array", () => {
    const prepared = prepareScenarios(byForm, [
      { name: "a", measures: [{ variable: "recruitment", change: { add: 1 }, from: 1 }] },
      { name: "b", measures: [{ variable: "recruitment", change: { set: 0 }, from: 3, ramp: 2 }] },
    ]);
    expect(prepared[0]!.compiled).toBe(prepared[1]!.compiled);
  });

  it("check names against arrays and their elements, with a hint", () => {
    try {
      readScenarioText("set:\n  rate[crime]: 1\n", { model: byForm, file: "s.yaml" });
      expect.fail("expected a ModelError");
    } catch (error) {
      expect((error as ModelError).diagnostics[0]).toMatchObject({
        code: "unknown-variable",
        line: 2,
      });
    }
  });

  it("run reality checks, read observed data and check units element by element", () => {
    const checks = readRealityChecks(
      "checks:\n  - name: labour grows\n    expect: { variable: 'victims[labour]', rises: true }\n",
      { model: byForm },
    );
    expect(runRealityChecks(byForm, checks)[0]!.passed).toBe(true);
    const data = readObservedData("time,victims[labour]\n0,0\n5,50\n10,100\n", byForm);
    const fitted = calibrate(byForm, data, [{ name: "rate[labour]", lo: 0, hi: 50 }], {
      starts: 1,
    });
    expectClose(fitted.parameters.rate_labour!, 10, 1e-4);
    expect(checkUnits(byForm)).toEqual([]);
  });
});
