import { describe, expect, it } from "vitest";
import { factors } from "../../models/mensenhandel/factors.js";
import { indicators } from "../../models/mensenhandel/indicators.js";
import type { Measure, MeasureChange } from "../../models/mensenhandel/measure.js";
import { interventions, measures, packages } from "../../models/mensenhandel/measures.js";
import { sources } from "../../models/mensenhandel/sources.js";
import { systeemkaart } from "../../models/mensenhandel/systeemkaart.js";
import { checkMarvelFields } from "../../src/marvel/marvel-schema.js";
import { isCanonicalId } from "../../src/model/canonical.js";

const factorIds = new Set<string>(factors.map((f) => f.id));
const sourceIds = new Set<string>(sources.map((s) => s.id));

function measure(id: string): Measure {
  const found = measures.find((m) => m.id === id);
  if (found === undefined) throw new Error(`no measure ${id}`);
  return found;
}

/** The year a change reaches its full size. */
function fullAt(change: MeasureChange): number {
  return change.kind === "ramp" ? change.start + change.duration : change.start;
}

describe("the measures of Samen tegen mensenhandel", () => {
  it("are at least ten, each with actors, sources, a stated size and changes on known factors", () => {
    expect(measures.length).toBeGreaterThanOrEqual(10);
    for (const m of measures) {
      expect(isCanonicalId(m.id), m.id).toBe(true);
      expect(m.actors.length, m.id).toBeGreaterThan(0);
      expect(m.stated.length, m.id).toBeGreaterThan(20);
      expect(m.sources.length, m.id).toBeGreaterThan(0);
      for (const s of m.sources) expect(sourceIds.has(s), `${m.id}: ${s}`).toBe(true);
      expect(m.changes.length, m.id).toBeGreaterThan(0);
      for (const c of m.changes) {
        expect(factorIds.has(c.factor), `${m.id}: ${c.factor}`).toBe(true);
        expect(c.size, m.id).not.toBe(0);
        expect(c.start, m.id).toBeGreaterThanOrEqual(2017);
        expect(c.start, m.id).toBeLessThanOrEqual(2025);
      }
    }
  });

  it("show the arithmetic of a derived size or the reason for a chosen one", () => {
    for (const m of measures) {
      for (const c of m.changes) {
        if (c.basis.kind === "derived") expect(c.basis.arithmetic, m.id).toMatch(/\d.*[=−-].*\d/);
        else expect(c.basis.reasoning, m.id).toMatch(/^[A-Z].{30,}\.$/);
      }
    }
  });

  it("put 58 + 29 police FTE on top of about 350 by 2023", () => {
    const [change] = measure("avim_capaciteit").changes;
    expect(change?.factor).toBe("opsporingscapaciteit");
    expect(change?.size).toBeCloseTo((58 + 29) / 350, 2);
    expect(change && fullAt(change)).toBe(2023);
  });

  it("open 36 specialist places in April 2019 and add 8 COSM beds for 2018 only", () => {
    const [specialist] = measure("specialistische_opvangplekken").changes;
    expect(specialist).toMatchObject({ kind: "step", factor: "specialistische_opvang" });
    expect(specialist?.size).toBeCloseTo(36 / 70, 2);
    expect(specialist?.start).toBe(2019.25);
    expect(measure("extra_cosm_bedden").changes[0]).toMatchObject({
      kind: "step",
      factor: "opvangcapaciteit",
      size: 0.11,
      start: 2018,
      end: 2019,
    });
  });

  it("give every municipality a policy by 2022 and cut the GDPR barrier by 550 → 150", () => {
    const [policy] = measure("gemeentelijk_beleid_2022").changes;
    expect(policy && fullAt(policy)).toBe(2022);
    const [barrier] = measure("informatiedeling_herstellen").changes;
    expect(barrier?.factor).toBe("drempel_informatiedeling");
    expect(barrier?.size).toBeCloseTo(150 / 550 - 1, 2);
  });

  it("raise the inspectorate's administrative track from 4 to 10 inspectors in 2019", () => {
    const admin = measure("intensivering_inspectie_szw").changes.find(
      (c) => c.factor === "bestuursrechtelijke_handhaving",
    );
    expect(admin).toMatchObject({ kind: "step", size: 10 / 4 - 1, start: 2019 });
  });

  it("lower demand once clients are criminalised in 2022", () => {
    const demand = measure("strafbaarstelling_klanten").changes.find((c) => c.factor === "vraag");
    expect(demand?.size).toBeLessThan(0);
    expect(demand?.start).toBe(2022);
  });
});

describe("the measures as MARVEL interventions and packages", () => {
  it("give one intervention per change, with unique canonical ids", () => {
    const changes = measures.reduce((n, m) => n + m.changes.length, 0);
    expect(interventions).toHaveLength(changes);
    const ids = interventions.map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(isCanonicalId(id), id).toBe(true);
  });

  it("turn a ramp's duration and a step's end into the intervention's fields", () => {
    expect(interventions.find((i) => i.id === "avim_capaciteit")).toMatchObject({
      kind: "ramp",
      factor: "opsporingscapaciteit",
      start: 2019,
      duration: 4,
    });
    expect(interventions.find((i) => i.id === "extra_cosm_bedden")).toMatchObject({
      kind: "step",
      end: 2019,
    });
  });

  it("package the 2018 programme without the bills, the later plans and the scenario levers", () => {
    const programme = packages.find((p) => p.id === "samen_tegen_mensenhandel");
    expect(programme?.interventions).toContain("avim_capaciteit");
    expect(programme?.interventions).toContain("specialistische_opvangplekken");
    expect(programme?.interventions).not.toContain("wet_regulering_sekswerk_vraag");
    expect(programme?.interventions).not.toContain("informatiedeling_herstellen");
    const all = packages.find((p) => p.id === "alle_maatregelen");
    expect(all?.interventions).toHaveLength(interventions.length);
  });

  it("pass MARVEL's checks of interventions, packages and indicators", () => {
    expect(checkMarvelFields(systeemkaart)).toEqual([]);
  });
});

describe("the performance indicators", () => {
  it("are the six of issue 10 with their desired directions", () => {
    expect(indicators.map((i) => [i.factor, i.desired])).toEqual([
      ["werkelijke_slachtoffers", "down"],
      ["verborgen_slachtoffers", "down"],
      ["signalering_melding", "up"],
      ["slachtoffers_zonder_opvangplek", "down"],
      ["veroordelingen", "up"],
      ["herhaald_slachtofferschap", "down"],
    ]);
    for (const i of indicators) {
      expect(i.sources.length).toBeGreaterThan(0);
      expect(i.anchor).toMatch(/\d/);
    }
  });

  it("reach the map as plain MARVEL indicators", () => {
    expect(systeemkaart.indicators).toEqual(
      indicators.map((i) => ({ factor: i.factor, desired: i.desired, weight: 1 })),
    );
  });
});
