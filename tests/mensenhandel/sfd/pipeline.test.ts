import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runAnalysis, writeAnalysis } from "../../../models/mensenhandel/analysis/run-analysis.js";

describe("the reproduced analysis (npm start)", () => {
  it("writes the report, pictures, tables and summary.json", async () => {
    const analysis = await runAnalysis({
      marvelSamples: 2,
      calibrationEvaluations: 20,
      holdoutEvaluations: 20,
      samples: 4,
      workers: 1,
    });
    const dir = await mkdtemp(join(tmpdir(), "mensenhandel-"));
    try {
      await writeAnalysis(analysis, join(dir, "out"));
      const files = await readdir(join(dir, "out"));
      expect(files).toEqual(
        expect.arrayContaining([
          "rapport.html",
          "systeemkaart.svg",
          "lus-capaciteitsoverbelasting.svg",
          "kalibratie.svg",
          "schattingen.svg",
          "scenario-slachtoffers.svg",
          "hefboomtabel.csv",
          "marvel.csv",
          "scenarios.csv",
          "summary.json",
        ]),
      );
      const summary = JSON.parse(await readFile(join(dir, "out", "summary.json"), "utf8"));
      expect(Object.keys(summary)).toEqual([
        "factors",
        "links",
        "measures",
        "loops",
        "calibration",
        "ranges_ok",
        "validation",
        "scenarios",
      ]);
      expect(summary.factors).toBeGreaterThanOrEqual(30);
      expect(summary.links).toBeGreaterThanOrEqual(60);
      expect(summary.measures).toBeGreaterThanOrEqual(10);
      expect(summary.loops.R + summary.loops.B).toBeGreaterThan(0);
      expect(summary.calibration.mape).toBeLessThanOrEqual(0.15);
      expect(typeof summary.ranges_ok).toBe("boolean");
      // The validation block: computed, not asserted; its figures are fractions or flags.
      expect(summary.validation.holdout).toMatchObject({ fit: "2013-2018", test: "2019-2020" });
      expect(summary.validation.holdout.mape).toBeGreaterThanOrEqual(0);
      expect(typeof summary.validation.mse_trend_ok).toBe("boolean");
      for (const s of summary.validation.series) {
        expect(s.source).toMatch(/^S\d+( S\d+)*$/);
        expect(s.points).toBeGreaterThan(0);
        expect(Number.isFinite(s.mape)).toBe(true);
      }
      // Every measure and the programme, on each indicator of the conclusions, in 2025 and 2030.
      const ids = new Set(summary.scenarios.map((s: { id: string }) => s.id));
      expect(ids.size).toBe(16 + 1);
      for (const s of summary.scenarios) {
        expect([2025, 2030]).toContain(s.year);
        expect(s.p05).toBeLessThanOrEqual(s.median);
        expect(s.median).toBeLessThanOrEqual(s.p95);
      }
      const csv = await readFile(join(dir, "out", "conclusies.csv"), "utf8");
      expect(csv.startsWith("\uFEFFmaatregel;indicator;jaar;")).toBe(true);
      const xlsx = await readFile(join(dir, "out", "tabellen.xlsx"));
      expect(xlsx.subarray(0, 2).toString("latin1")).toBe("PK");
      const html = await readFile(join(dir, "out", "rapport.html"), "utf8");
      expect(html).toContain("Conclusies voor de kerngroep");
      expect(html).toMatch(/^<!DOCTYPE html>/i);
      expect(html).toContain('lang="nl"');
      expect(html).toContain("<svg");
      const marvel = await readFile(join(dir, "out", "marvel.csv"), "utf8");
      expect(marvel.trim().split("\n")).toHaveLength(1 + 16 + 2);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("fails before writing anything when an option is invalid", async () => {
    const dir = await mkdtemp(join(tmpdir(), "mensenhandel-"));
    try {
      await expect(runAnalysis({ marvelSamples: 0 })).rejects.toThrow(/marvelSamples/);
      expect(await readdir(dir)).toEqual([]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
