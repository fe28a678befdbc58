import { describe, expect, it } from "vitest";
import { historicalEvents } from "../../models/mensenhandel/events.js";
import { measureInterventions } from "../../models/mensenhandel/measure.js";
import { systeemkaart } from "../../models/mensenhandel/systeemkaart.js";
import { evaluateMarvel } from "../../src/marvel/evaluate-marvel.js";
import type { Indicator } from "../../src/model/types.js";

/** Run the map's MARVEL evaluation of some packages and return each indicator's changes. */
function changes(
  map: typeof systeemkaart,
  packages: readonly string[],
  indicators: readonly Indicator[],
  moments: readonly number[],
  start: number,
): Map<string, Map<string, readonly number[]>> {
  const evaluation = evaluateMarvel(map, { packages, indicators, moments, settings: { start } });
  return new Map(
    evaluation.scenarios.map((s) => [s.id, new Map(s.indicators.map((i) => [i.factor, i.change]))]),
  );
}

describe("the systeemkaart under MARVEL", () => {
  it("settles after all measures: no indicator still moves between 60 and 80 years", () => {
    const result = changes(
      systeemkaart,
      ["alle_maatregelen"],
      systeemkaart.indicators ?? [],
      [60, 80],
      2018,
    );
    const all = result.get("alle_maatregelen")!;
    expect(all.size).toBe(6);
    for (const [factor, [at60, at80]] of all) {
      expect(Math.abs(at80! - at60!), factor).toBeLessThan(0.01 * Math.max(1, Math.abs(at80!)));
    }
  });
});

describe("replaying the shocks of 2013–2018 (research.md §6.1)", () => {
  const interventions = historicalEvents.flatMap(measureInterventions);
  const map = {
    ...systeemkaart,
    interventions,
    packages: [
      { id: "geschiedenis", interventions: interventions.map((i) => i.id) },
      { id: "avg", interventions: ["avg_misverstand"] },
    ],
  };
  const indicators: Indicator[] = [
    { factor: "geregistreerde_slachtoffers", desired: "up" },
    { factor: "instroom_om", desired: "up" },
    { factor: "verborgen_slachtoffers", desired: "down" },
    { factor: "meldbereidheid_zorg", desired: "up" },
  ];
  // From 2012: moments 4, 5, 6, 7 are 2016, 2017, 2018 and 2019.
  const result = changes(map, ["geschiedenis", "avg"], indicators, [4, 5, 6, 7], 2012);
  const history = result.get("geschiedenis")!;
  const gdpr = result.get("avg")!;

  it("lowers registrations in 2016–2017, as the NRM series fell from 1,256 (2014) to 952–958", () => {
    const [y2016, y2017] = history.get("geregistreerde_slachtoffers")!;
    expect(y2016).toBeLessThan(-0.1);
    expect(y2017).toBeLessThan(y2016!);
  });

  it("lowers the OM inflow in 2016–2018, as suspects fell from 257 (2013) to 144 (2017)", () => {
    for (const c of history.get("instroom_om")!.slice(0, 3)) expect(c).toBeLessThan(-0.1);
  });

  it("leaves more victims hidden: fewer registrations need not mean fewer victims (S5)", () => {
    for (const c of history.get("verborgen_slachtoffers")!) expect(c).toBeGreaterThan(0);
  });

  it("cuts voluntary reports by more than half after the GDPR misreading (550 → 150)", () => {
    const [, , , y2019] = gdpr.get("meldbereidheid_zorg")!;
    expect(y2019).toBeLessThan(-0.5);
    expect(gdpr.get("geregistreerde_slachtoffers")![3]).toBeLessThan(0);
    expect(gdpr.get("geregistreerde_slachtoffers")![1]).toBe(0);
  });
});
