import { describe, expect, it } from "vitest";
import { measures } from "../../../models/mensenhandel/measures.js";
import {
  HISTORY_END,
  historicalMeasureIds,
} from "../../../models/mensenhandel/sfd/historical-baseline.js";
import { leverMeasures, levers } from "../../../models/mensenhandel/sfd/measure-levers.js";
import { sfdParameters } from "../../../models/mensenhandel/sfd/parameters.js";
import { mensenhandelSfd } from "../../../models/mensenhandel/sfd/sfd-model.js";
import {
  BASELINE,
  measureComparisons,
  sfdScenario,
  sfdScenarios,
} from "../../../models/mensenhandel/sfd/sfd-scenarios.js";
import { measureSignature } from "../../../src/scenario/apply-measures.js";
import { runScenarios } from "../../../src/scenario/run-scenarios.js";

const model = mensenhandelSfd();
const ids = new Set(model.variables.map((v) => v.id));
const measure = (id: string) => measures.find((m) => m.id === id)!;

describe("the measures as levers of the stock-and-flow model", () => {
  it("act on variables of the model", () => {
    for (const lever of Object.values(levers))
      expect(ids.has(lever!.variable), lever!.variable).toBe(true);
  });

  it("reach the model for every measure but the prevalence estimate", () => {
    for (const m of measures) {
      const count = leverMeasures(m).length;
      if (m.id === "tweede_prevalentieschatting") expect(count).toBe(0);
      else expect(count, m.id).toBeGreaterThan(0);
    }
  });

  it("convert sizes into model units: 87 police FTE by 2023, 36 places from April 2019, 8 beds in 2018", () => {
    expect(leverMeasures(measure("avim_capaciteit"))).toEqual([
      expect.objectContaining({ variable: "police_fte_extra", from: 2019, ramp: 4 }),
    ]);
    const [fte] = leverMeasures(measure("avim_capaciteit"));
    const fteAdded = fte?.change !== undefined && "add" in fte.change ? fte.change.add : Number.NaN;
    expect(Math.abs(fteAdded - (58 + 29))).toBeLessThan(1);
    const [places] = leverMeasures(measure("specialistische_opvangplekken"));
    expect(places).toMatchObject({ variable: "specialist_places", from: 2019.25 });
    expect(places?.change).toEqual({ add: expect.closeTo(36, 0) });
    const [beds] = leverMeasures(measure("extra_cosm_bedden"));
    expect(beds).toMatchObject({ variable: "extra_cosm_beds", from: 2018, until: 2019 });
    expect(beds?.change).toEqual({ add: expect.closeTo(8, 0) });
  });

  it("levers are constants at 0 or 1 in the baseline", () => {
    for (const lever of Object.values(levers)) {
      const p = sfdParameters.find((q) => q.id === lever!.variable);
      if (p !== undefined) expect([0, 1], p.id).toContain(p.value);
    }
  });
});

describe("the scenarios against the historical baseline", () => {
  const scenarios = sfdScenarios();
  const comparisons = measureComparisons();
  const runs = runScenarios(model, scenarios, {
    save: ["total_victims", "convictions", "shelter_capacity"],
  });
  const at = (name: string, v: string, t: number) =>
    runs.find((r) => r.name === name)!.run.at(v, t);
  const comparison = (id: string) => comparisons.find((c) => c.id === id)!;

  it("switch on in the baseline exactly the measures in force before 2021", () => {
    expect(scenarios[0]?.name).toBe(BASELINE);
    for (const m of measures) {
      const started = Math.min(...m.changes.map((c) => c.start));
      const expected = m.status !== "bill" && m.status !== "scenario" && started < HISTORY_END;
      expect(historicalMeasureIds.includes(m.id), m.id).toBe(expected);
    }
  });

  it("score a measure in force as its contribution and a later one as an addition", () => {
    for (const m of measures) {
      const c = comparison(m.id);
      if (historicalMeasureIds.includes(m.id)) {
        expect(c.kind, m.id).toBe("counterfactual");
        expect(c.with.name).toBe(BASELINE);
        expect(c.without.name).toBe(`zonder_${m.id}`);
      } else {
        expect(c.kind, m.id).toBe("addition");
        expect(c.without.name).toBe(BASELINE);
      }
    }
    expect(comparison("programma_2018").kind).toBe("mixed");
  });

  it("share one model structure, so they compile once", () => {
    const signatures = new Set(scenarios.map((s) => measureSignature(model, s.measures ?? [])));
    expect(signatures.size).toBe(1);
  });

  it("leave the years before a measure unchanged and the prevalence estimate without effect", () => {
    expect(at("zonder_avim_capaciteit", "total_victims", 2018.5)).toBe(
      at(BASELINE, "total_victims", 2018.5),
    );
    expect(at("met_strafbaarstelling_klanten", "total_victims", 2021.5)).toBe(
      at(BASELINE, "total_victims", 2021.5),
    );
    expect(at("met_tweede_prevalentieschatting", "total_victims", 2030)).toBe(
      at(BASELINE, "total_victims", 2030),
    );
    expect(
      at(BASELINE, "shelter_capacity", 2020) -
        at("zonder_specialistische_opvangplekken", "shelter_capacity", 2020),
    ).toBeCloseTo(36, 0);
  });

  it("follow a resized, moved measure", () => {
    const later = sfdScenario({
      id: "avim_later",
      labels: { nl: "AVIM later", en: "AVIM later" },
      measures: ["avim_capaciteit"],
      overrides: { avim_capaciteit: { scale: 2, start: 2022 } },
    });
    const avim = later.measures?.find((m) => m.variable === "police_fte_extra");
    expect(avim).toMatchObject({ variable: "police_fte_extra", from: 2022 });
    const change = avim?.change;
    const added = change !== undefined && "add" in change ? change.add : Number.NaN;
    expect(Math.abs(added - 2 * (58 + 29))).toBeLessThan(2);
  });
});
