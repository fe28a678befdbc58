import { existsSync, readdirSync, readFileSync } from "node:fs";
import { basename, dirname } from "node:path";
import { describe, expect, it } from "vitest";
import {
  checkMeasureId,
  type MeasureId,
  measureById,
  measureIds,
  mensenhandelFiles,
  runMeasure,
  scenarioFile,
  scenarioFileTexts,
  UnknownMeasureError,
} from "../../models/mensenhandel/package/index.js";
import { UsageError } from "../../src/diagnostics/errors.js";
import { loadStockFlow } from "../../src/scenario/load-stock-flow.js";
import { loadScenario } from "../../src/scenario/read-scenario.js";

/** Misspelt ids do not compile (checked by `npm run typecheck`); never called. */
function doesNotCompile(): void {
  // @ts-expect-error: no measure `avim_capacitiet`
  runMeasure("avim_capacitiet");
  // @ts-expect-error: no measure `politie`
  scenarioFile("politie");
}
void doesNotCompile;

describe("stockflow/mensenhandel", () => {
  it("rejects a misspelt measure id at run time with a did-you-mean message", () => {
    const misspelt = "politeliaisons" as MeasureId;
    expect(() => runMeasure(misspelt)).toThrow(UnknownMeasureError);
    expect(() => measureById(misspelt)).toThrow(
      'unknown measure "politeliaisons": did you mean `politieliaisons`?',
    );
    expect(() => checkMeasureId("xyz")).toThrow(UsageError);
    expect(checkMeasureId("avim_capaciteit")).toBe("avim_capaciteit");
  });

  it("runs a measure against the baseline and tabulates every indicator and year", () => {
    const { rows, baseline, scenario } = runMeasure("avim_capaciteit", {
      scale: 2,
      indicators: ["convictions", "total_victims"],
      years: [2018, 2030],
    });
    expect(rows.map((r) => `${r.indicator} ${r.year}`)).toEqual([
      "convictions 2018",
      "convictions 2030",
      "total_victims 2018",
      "total_victims 2030",
    ]);
    for (const r of rows) {
      expect(r.baseline).toBe(baseline.at(r.indicator, r.year));
      expect(r.measure).toBe(scenario.at(r.indicator, r.year));
      expect(r.change).toBeCloseTo((r.measure - r.baseline) / Math.abs(r.baseline), 12);
    }
    // Twice the AVIM capacity from 2019 on: more convictions by 2030, none before it starts.
    expect(rows[0]!.change).toBeCloseTo(0, 12);
    expect(rows[1]!.change).toBeGreaterThan(0.05);
  });

  it("names shipped files that exist, one scenario file per measure", () => {
    const files = mensenhandelFiles();
    for (const path of [
      files.systeemkaart,
      files.model,
      files.checks,
      ...Object.values(files.data),
    ])
      expect(existsSync(path), path).toBe(true);
    const shipped = readdirSync(dirname(scenarioFile("politieliaisons"))).sort();
    expect(shipped).toEqual(measureIds.map((id) => `${id}.yaml`).sort());
  });

  it("keeps the committed scenario files equal to what the catalogue generates", () => {
    const texts = scenarioFileTexts();
    for (const path of Object.values(mensenhandelFiles().scenarios))
      expect(readFileSync(path, "utf8"), path).toBe(texts.get(basename(path)));
  });

  it("scenario files load against the shipped model", async () => {
    const { model, scenarios } = mensenhandelFiles();
    const sfd = await loadStockFlow(model);
    const scenario = await loadScenario(scenarios.extra_cosm_bedden, { model: sfd });
    expect(scenario.name).toBe("extra_cosm_bedden");
    expect(scenario.measures?.length).toBeGreaterThan(0);
  });
});
