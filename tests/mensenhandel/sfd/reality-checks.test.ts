import { describe, expect, it } from "vitest";
import { sfdRealityChecks } from "../../../models/mensenhandel/sfd/reality-checks.js";
import { mensenhandelSfd } from "../../../models/mensenhandel/sfd/sfd-model.js";
import { runRealityChecks } from "../../../src/checks/run-reality-checks.js";
import { runScenarios } from "../../../src/scenario/run-scenarios.js";

const model = mensenhandelSfd();

describe("the reality checks of the stock-and-flow model", () => {
  const results = runRealityChecks(model, sfdRealityChecks);

  it("all pass", () => {
    for (const r of results) expect(r.passed, `${r.name}: ${r.detail}`).toBe(true);
    expect(results.length).toBeGreaterThanOrEqual(15);
  });

  it("include the police-capacity and never-negative checks of the brief", () => {
    const names = results.map((r) => r.name).join("\n");
    expect(names).toMatch(/no police capacity from 2019: convictions fall to 0/);
    expect(names).toMatch(/hidden victims \[sexual_minor\] never negative/);
  });

  it("would fail on a model that keeps convicting without police", () => {
    const [check] = sfdRealityChecks.filter((c) => c.name.includes("convictions fall to 0"));
    const unchanged = { ...check!, given: {} };
    expect(runRealityChecks(model, [unchanged])[0]?.passed).toBe(false);
  });

  it("restoring information sharing raises registrations against the baseline", () => {
    const [base, fixed] = runScenarios(
      model,
      [
        { name: "basis" },
        { name: "fix", measures: [{ variable: "info_barrier", change: { set: 0 }, from: 2020 }] },
      ],
      { save: ["registered_victims"] },
    );
    expect(fixed!.run.at("registered_victims", 2021)).toBeGreaterThan(
      base!.run.at("registered_victims", 2021) * 1.2,
    );
  });
});
