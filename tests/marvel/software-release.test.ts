/**
 * The software-release example of van Zijderveld's MARVEL paper (2007, §5), as encoded by the
 * Business Simulation Library (`Examples.SoftwareReleaseProject`), checked against what those
 * sources say about its behaviour (listed with their sources in docs/marvel.md).
 */
import { describe, expect, it } from "vitest";
import { loadModel } from "../../src/io/load-model.js";
import { compileCausalMap } from "../../src/marvel/compile-causal-map.js";
import { evaluateMarvel } from "../../src/marvel/evaluate-marvel.js";
import type { CausalMap } from "../../src/model/types.js";
import { runModel } from "../../src/simulate/simulate.js";

const map = (await loadModel("examples/marvel/software-release.json")) as CausalMap;
const quarters = Array.from({ length: 40 }, (_, i) => (i + 1) / 4);
const pairs = ["c1_c2", "c1_c3", "c1_c4", "c2_c3", "c2_c4", "c3_c4"].map((id) => ({
  id,
  interventions: id.split("_"),
}));

describe("software release project (MARVEL example)", () => {
  it("is a causal map of 21 factors, 31 links, 4 controls and 3 indicators", () => {
    expect(map.kind).toBe("causal-map");
    expect(map.factors).toHaveLength(21);
    expect(map.links).toHaveLength(31);
    expect(map.interventions?.map((iv) => iv.id)).toEqual(["c1", "c2", "c3", "c4"]);
    expect(map.indicators?.map((i) => i.factor)).toEqual([
      "cost_effectiveness",
      "production_quality",
      "software_usage",
    ]);
  });

  it("is in equilibrium without interventions: every factor keeps its initial value (BSL)", () => {
    const run = runModel(compileCausalMap(map));
    for (const f of map.factors) {
      const series = run.series(f.id);
      const drift = Math.max(...Array.from(series, (x) => Math.abs(x - (f.initial ?? 0))));
      expect(drift, f.id).toBeLessThan(1e-12);
    }
  });

  it("moves every indicator the desired way within 10 years under any one control (BSL)", () => {
    const r = evaluateMarvel(map, { interventions: ["c1", "c2", "c3", "c4"], moments: [10] });
    for (const s of r.scenarios) {
      for (const ind of s.indicators) {
        expect(ind.pattern, `${s.id} ${ind.factor}`).not.toBe("none");
        expect(ind.ok, `${s.id} ${ind.factor}`).toEqual([true]);
      }
    }
  });

  it.each(["change", "bsl"] as const)(
    "ranks c3 + c4 the best combination of two controls over 10 years (BSL, %s formulation)",
    (formulation) => {
      const r = evaluateMarvel(map, {
        packages: pairs,
        moments: quarters,
        settings: { formulation },
      });
      expect(r.ranking[0]).toBe("c3_c4");
    },
  );

  it("lowers resistance with better software and management, and raises it with dismissals (paper p. 13)", () => {
    const r = evaluateMarvel(map, {
      interventions: [
        { kind: "step", id: "better_software", factor: "software_quality", size: 0.2 },
        { kind: "step", id: "dismissals", factor: "employees", size: -0.2 },
        { kind: "step", id: "better_management", factor: "management_quality", size: 0.2 },
      ],
      indicators: [{ factor: "resistance", desired: "down" }],
      moments: [2, 5],
    });
    const sign = Object.fromEntries(
      r.scenarios.map((s) => [s.id, s.indicators[0]!.change.map(Math.sign)]),
    );
    expect(sign).toEqual({
      better_software: [-1, -1],
      dismissals: [1, 1],
      better_management: [-1, -1],
    });
  });
});
