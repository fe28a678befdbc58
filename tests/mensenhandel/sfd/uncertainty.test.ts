import { describe, expect, it } from "vitest";
import { directionOf } from "../../../models/mensenhandel/analysis/conclusion-indicators.js";
import { uncertaintyAnalysis } from "../../../models/mensenhandel/analysis/uncertainty-analysis.js";
import { measures } from "../../../models/mensenhandel/measures.js";
import {
  parameterRanges,
  uncertainMeasureIds,
} from "../../../models/mensenhandel/sfd/parameter-ranges.js";
import { sfdParameters } from "../../../models/mensenhandel/sfd/parameters.js";
import { calibratedValues } from "../../../models/mensenhandel/sfd/sfd-model.js";
import { measureComparisons } from "../../../models/mensenhandel/sfd/sfd-scenarios.js";

describe("the uncertainty of the scenario results", () => {
  it("gives every assumption constant a range with its reasoning in Dutch and English", () => {
    for (const p of sfdParameters.filter((x) => x.evidence.kind === "assumption")) {
      const r = parameterRanges[p.id];
      expect(r, p.id).toBeDefined();
      expect(r!.lo, p.id).toBeLessThan(r!.hi);
      expect(r!.reasoning.nl.length, p.id).toBeGreaterThan(10);
      expect(r!.reasoning.en.length, p.id).toBeGreaterThan(10);
    }
  });

  it("varies the size of exactly the measures whose size is a choice", () => {
    const chosen = measures.filter((m) => m.changes.some((c) => c.basis.kind === "assumption"));
    expect(uncertainMeasureIds).toEqual(chosen.map((m) => m.id));
  });

  it("computes each effect sample by sample, and the same for one worker or two", async () => {
    const comparisons = measureComparisons().filter((c) =>
      ["avim_capaciteit", "strafbaarstelling_klanten"].includes(c.id),
    );
    const run = (workers: number) =>
      uncertaintyAnalysis(calibratedValues, comparisons, ["total_victims"], [2030], ["basis"], {
        samples: 6,
        workers,
      });
    const [one, two] = await Promise.all([run(1), run(2)]);
    expect(two.effects).toEqual(one.effects);
    expect(two.bands[0]?.p50).toEqual(one.bands[0]?.p50);
    for (const e of one.effects) {
      expect(e.p05).toBeLessThanOrEqual(e.median);
      expect(e.median).toBeLessThanOrEqual(e.p95);
    }
  }, 120_000);

  it("reads a direction only when the whole 5–95 % range lies on one side of zero", () => {
    const abs = { median: 1, p05: 1, p95: 1 };
    expect(directionOf({ p05: 0.01, p95: 0.2, absolute: abs })).toBe("up");
    expect(directionOf({ p05: -0.2, p95: -0.01, absolute: abs })).toBe("down");
    expect(directionOf({ p05: -0.1, p95: 0.1, absolute: abs })).toBe("unsure");
    expect(directionOf({ p05: 0, p95: 0, absolute: { median: 0, p05: 0, p95: 0 } })).toBe("none");
    expect(directionOf({ p05: -0.0001, p95: 0.0002, absolute: abs })).toBe("none");
    expect(directionOf({ p05: -0.0001, p95: 0.002, absolute: abs })).toBe("unsure");
  });
});
