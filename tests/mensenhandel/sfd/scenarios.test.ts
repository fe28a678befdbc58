import { describe, expect, it } from "vitest";
import { measures } from "../../../models/mensenhandel/measures.js";
import { leverMeasures, levers } from "../../../models/mensenhandel/sfd/measure-levers.js";
import { sfdParameters } from "../../../models/mensenhandel/sfd/parameters.js";
import { mensenhandelSfd } from "../../../models/mensenhandel/sfd/sfd-model.js";
import {
  BASELINE,
  sfdScenario,
  sfdScenarios,
} from "../../../models/mensenhandel/sfd/sfd-scenarios.js";
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

describe("the scenarios 2018–2030", () => {
  const scenarios = sfdScenarios();
  const runs = runScenarios(model, scenarios, {
    save: ["total_victims", "convictions", "shelter_capacity"],
  });
  const at = (name: string, v: string, t: number) =>
    runs.find((r) => r.name === name)!.run.at(v, t);

  it("are the baseline, every measure alone, the programme and all measures", () => {
    expect(scenarios[0]?.name).toBe(BASELINE);
    expect(scenarios.map((s) => s.name)).toEqual([
      BASELINE,
      ...measures.map((m) => m.id),
      "programma_2018",
      "alle_maatregelen",
    ]);
  });

  it("lower the total number of victims by 2030 under the programme, more with all measures", () => {
    const base = at(BASELINE, "total_victims", 2030);
    expect(at("programma_2018", "total_victims", 2030)).toBeLessThan(base * 0.9);
    expect(at("alle_maatregelen", "total_victims", 2030)).toBeLessThan(
      at("programma_2018", "total_victims", 2030),
    );
    expect(at("programma_2018", "convictions", 2030)).toBeGreaterThan(
      at(BASELINE, "convictions", 2030),
    );
  });

  it("leave the years before a measure unchanged and the prevalence estimate without effect", () => {
    expect(at("avim_capaciteit", "total_victims", 2018.5)).toBe(
      at(BASELINE, "total_victims", 2018.5),
    );
    expect(at("tweede_prevalentieschatting", "total_victims", 2030)).toBe(
      at(BASELINE, "total_victims", 2030),
    );
    expect(
      at("specialistische_opvangplekken", "shelter_capacity", 2020) -
        at(BASELINE, "shelter_capacity", 2020),
    ).toBeCloseTo(36, 0);
  });

  it("follow a resized, moved measure", () => {
    const later = sfdScenario({
      id: "avim_later",
      labels: { nl: "AVIM later", en: "AVIM later" },
      measures: ["avim_capaciteit"],
      overrides: { avim_capaciteit: { scale: 2, start: 2022 } },
    });
    expect(later.measures?.[0]).toMatchObject({ variable: "police_fte_extra", from: 2022 });
    const change = later.measures?.[0]?.change;
    const added = change !== undefined && "add" in change ? change.add : Number.NaN;
    expect(Math.abs(added - 2 * (58 + 29))).toBeLessThan(2);
  });
});
