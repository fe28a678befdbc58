import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { sfdChecksJson, sfdModelJson } from "../../../models/mensenhandel/sfd/export-sfd.js";
import { mensenhandelSfd } from "../../../models/mensenhandel/sfd/sfd-model.js";
import { readRealityChecks } from "../../../src/checks/read-reality-checks.js";
import { runRealityChecks } from "../../../src/checks/run-reality-checks.js";
import { checkUnits } from "../../../src/checks/units/check-units.js";
import { checkModel } from "../../../src/compile/compile-model.js";
import { loadModel } from "../../../src/io/load-model.js";
import type { Model } from "../../../src/model/types.js";

const path = (name: string) =>
  fileURLToPath(new URL(`../../../models/mensenhandel/sfd/${name}`, import.meta.url));

describe("the exported model file (stockflow check models/mensenhandel/sfd/mensenhandel-sfd.json)", () => {
  it("is the current output of export-sfd.ts, model and checks", () => {
    expect(readFileSync(path("mensenhandel-sfd.json"), "utf8")).toBe(sfdModelJson());
    expect(readFileSync(path("mensenhandel-sfd.checks.json"), "utf8")).toBe(sfdChecksJson());
  });

  it("loads with no diagnostics, no units warnings, and passes its reality checks", async () => {
    const model = (await loadModel(path("mensenhandel-sfd.json"))) as Model;
    expect(checkModel(model)).toEqual([]);
    expect(checkUnits(mensenhandelSfd())).toEqual([]);
    const checks = readRealityChecks(readFileSync(path("mensenhandel-sfd.checks.json"), "utf8"), {
      model,
    });
    const results = runRealityChecks(model, checks);
    expect(results.length).toBeGreaterThanOrEqual(15);
    for (const r of results) expect(r.passed, `${r.name}: ${r.detail}`).toBe(true);
  });
});
