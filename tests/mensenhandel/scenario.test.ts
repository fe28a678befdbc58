import { describe, expect, it } from "vitest";
import { measures } from "../../models/mensenhandel/measures.js";
import {
  overrideMeasure,
  type Scenario,
  scenarioInterventions,
  scenarioMap,
} from "../../models/mensenhandel/scenario.js";
import {
  allMeasuresScenario,
  programmeScenario,
  singleMeasureScenarios,
} from "../../models/mensenhandel/scenarios.js";
import { systeemkaart } from "../../models/mensenhandel/systeemkaart.js";
import { evaluateMarvel } from "../../src/marvel/evaluate-marvel.js";
import { checkMarvelFields } from "../../src/marvel/marvel-schema.js";

const avim = measures.find((m) => m.id === "avim_capaciteit")!;
const cosm = measures.find((m) => m.id === "extra_cosm_bedden")!;

const avimAlone: Scenario = {
  id: "avim",
  labels: { nl: "AVIM", en: "AVIM" },
  measures: ["avim_capaciteit"],
};
const avimDoubledLater: Scenario = {
  id: "avim_dubbel",
  labels: { nl: "AVIM dubbel, later", en: "AVIM doubled, later" },
  measures: ["avim_capaciteit"],
  overrides: { avim_capaciteit: { scale: 2, start: 2021 } },
};

describe("measure overrides", () => {
  it("scale the sizes and move the start", () => {
    const changed = overrideMeasure(avim, { scale: 2, start: 2021 });
    expect(changed.changes[0]).toMatchObject({ kind: "ramp", start: 2021, duration: 4 });
    expect(changed.changes[0]?.size).toBeCloseTo(0.5, 10);
  });

  it("move a temporary step's end along with its start", () => {
    expect(overrideMeasure(cosm, { start: 2020 }).changes[0]).toMatchObject({
      start: 2020,
      end: 2021,
      size: 0.11,
    });
  });

  it("leave a measure as it is without an override", () => {
    expect(overrideMeasure(avim)).toEqual(avim);
  });
});

describe("scenarios", () => {
  it("turn into interventions prefixed with the scenario id", () => {
    expect(scenarioInterventions(avimDoubledLater)).toMatchObject([
      { id: "avim_dubbel_avim_capaciteit", factor: "opsporingscapaciteit", start: 2021 },
    ]);
  });

  it("cover every measure alone, the 2018 programme and all measures", () => {
    expect(singleMeasureScenarios).toHaveLength(measures.length);
    expect(programmeScenario.measures).toContain("avim_capaciteit");
    expect(programmeScenario.measures).not.toContain("wet_regulering_sekswerk");
    expect(allMeasuresScenario.measures).toHaveLength(measures.length);
  });

  it("become the packages of a map that passes MARVEL's checks", () => {
    const map = scenarioMap(systeemkaart, [...singleMeasureScenarios, programmeScenario]);
    expect(map.packages).toHaveLength(measures.length + 1);
    expect(map.factors).toBe(systeemkaart.factors);
    expect(checkMarvelFields(map)).toEqual([]);
  });

  it("leave out a scenario without measures (the baseline)", () => {
    const baseline: Scenario = {
      id: "basis",
      labels: { nl: "Basis", en: "Baseline" },
      measures: [],
    };
    expect(scenarioMap(systeemkaart, [baseline]).packages).toEqual([]);
  });
});

describe("a MARVEL evaluation of scenarios on the systeemkaart", () => {
  const evaluation = evaluateMarvel(scenarioMap(systeemkaart, [avimAlone, avimDoubledLater]), {
    packages: ["avim", "avim_dubbel"],
    indicators: [{ factor: "instroom_om", desired: "up" }],
    moments: [2, 8],
    settings: { start: 2018 },
  });
  const change = (id: string) =>
    evaluation.scenarios.find((s) => s.id === id)?.indicators[0]?.change ?? [];

  it("raises the OM inflow with more police capacity", () => {
    expect(change("avim")[0]).toBeGreaterThan(0);
    expect(change("avim")[1]).toBeGreaterThan(change("avim")[0]!);
  });

  it("shows nothing yet in 2020 when the doubled expansion starts in 2021, and more by 2026", () => {
    expect(change("avim_dubbel")[0]).toBe(0);
    expect(change("avim_dubbel")[1]).toBeGreaterThan(change("avim")[1]!);
  });
});
