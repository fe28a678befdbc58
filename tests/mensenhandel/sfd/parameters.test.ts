import { describe, expect, it } from "vitest";
import { DATA_FILES, readDataRows } from "../../../models/mensenhandel/data/read-data.js";
import { sfdDimensions } from "../../../models/mensenhandel/sfd/dimensions.js";
import { fittedParameters, sfdParameters } from "../../../models/mensenhandel/sfd/parameters.js";
import { calibratedValues, mensenhandelSfd } from "../../../models/mensenhandel/sfd/sfd-model.js";
import { sources } from "../../../models/mensenhandel/sources.js";

const sourceIds = new Set<string>(sources.map((s) => s.id));
const sizeOf = (dim: string) => sfdDimensions.find((d) => d.id === dim)?.elements.length ?? 0;

describe("the constants of the stock-and-flow model", () => {
  it("are exactly the parameters with evidence, with unique ids", () => {
    const constants = mensenhandelSfd().variables.filter((v) => v.kind === "constant");
    expect(constants.map((c) => c.id).sort()).toEqual(sfdParameters.map((p) => p.id).sort());
    expect(new Set(sfdParameters.map((p) => p.id)).size).toBe(sfdParameters.length);
  });

  it("each cite known sources or state an assumption in a reasoned sentence", () => {
    for (const p of sfdParameters) {
      if (p.evidence.kind === "source") {
        expect(p.evidence.ids.length, p.id).toBeGreaterThan(0);
        for (const id of p.evidence.ids) expect(sourceIds.has(id), `${p.id}: ${id}`).toBe(true);
      } else {
        expect(p.evidence.reasoning, p.id).toMatch(/^[A-Z].{30,}\.$/);
      }
    }
  });

  it("have Dutch and English labels, units, and one value per element when arrayed", () => {
    for (const p of sfdParameters) {
      expect(p.labels.nl.length, p.id).toBeGreaterThan(3);
      expect(p.labels.en.length, p.id).toBeGreaterThan(3);
      expect(p.units.length, p.id).toBeGreaterThan(0);
      if (p.dims !== undefined) {
        const size = p.dims.reduce((n, d) => n * sizeOf(d), 1);
        expect(p.values?.length, p.id).toBe(size);
      }
    }
  });

  it("split new victims over form and age as the two estimates do: two-thirds sexual in 2014–15 (S13), half sexual and a fifth criminal in 2018–19 (S14–S16)", () => {
    const shares = (id: string) => sfdParameters.find((p) => p.id === id)?.values ?? [];
    const first = shares("incidence_share_2014");
    const second = shares("incidence_share_2018");
    expect(first.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
    expect(second.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
    expect((first[0] ?? 0) + (first[1] ?? 0)).toBeCloseTo(0.67, 9);
    expect((second[0] ?? 0) + (second[1] ?? 0)).toBeCloseTo(0.5, 9);
    expect((second[4] ?? 0) + (second[5] ?? 0)).toBeCloseTo(1000 / 5000, 9);
  });

  it("take the shelter need against the series the model is calibrated to (212 / 1,117 NRM, not CoMensha's 1,437)", () => {
    const value = sfdParameters.find((p) => p.id === "shelter_need_share")?.value;
    expect(value).toBeCloseTo(212 / 1117, 2);
  });

  it("derive the re-victimisation hazard from half within 7 years (S27) and the GDPR cut from 550 → 150", () => {
    const value = (id: string) => sfdParameters.find((p) => p.id === id)?.value;
    expect(value("revictimisation_rate")).toBeCloseTo(-Math.log(0.5) / 7, 3);
    expect(value("gdpr_barrier")).toBeCloseTo(1 - 150 / 550, 2);
    expect(value("recidivism_rate")).toBeCloseTo(-Math.log(0.9) / 7, 3);
  });

  it("are few where fitted, each calibrated inside its bounds", () => {
    expect(fittedParameters.length).toBeLessThanOrEqual(6);
    for (const p of fittedParameters) {
      const v = calibratedValues[p.id];
      expect(v, p.id).toBeDefined();
      expect(v!, p.id).toBeGreaterThanOrEqual(p.fit!.lo);
      expect(v!, p.id).toBeLessThanOrEqual(p.fit!.hi);
    }
    expect(Object.keys(calibratedValues).sort()).toEqual(fittedParameters.map((p) => p.id).sort());
  });
});

describe("the data files", () => {
  it("give every row a source of research.md", () => {
    for (const file of Object.keys(DATA_FILES) as (keyof typeof DATA_FILES)[]) {
      const rows = readDataRows(file);
      expect(rows.length, file).toBeGreaterThan(1);
      for (const row of rows) {
        const ids = (row.source ?? "").split(/\s+/).filter(Boolean);
        expect(ids.length, `${file}: ${JSON.stringify(row)}`).toBeGreaterThan(0);
        for (const id of ids) expect(sourceIds.has(id), `${file}: ${id}`).toBe(true);
      }
    }
  });
});

describe("the equations of the stock-and-flow model", () => {
  /** Event years, each sourced in parameters-events.ts and docs/mensenhandel.md. */
  const EVENT_YEARS = [2013, 2015, 2017, 2018, 2018.75, 2019.58, 2020, 2021];
  /** 0 and 1 are structural (steps, indices, initial values); 1e-6 guards a division. */
  const STRUCTURAL = [0, 1, 0.000001];

  it("hold no number that is not a constant with evidence, apart from event years and 0, 1", () => {
    const allowed = new Set([...EVENT_YEARS, ...STRUCTURAL]);
    const texts = mensenhandelSfd().variables.flatMap((v) => [
      ...("equation" in v ? [v.equation, ...Object.values(v.elements ?? {})] : []),
      ...("initial" in v ? [v.initial] : []),
    ]);
    for (const text of texts) {
      const numbers = text.match(/(?<![a-z_0-9.])\d+(\.\d+)?(?![a-z_0-9])/g) ?? [];
      for (const n of numbers) expect(allowed.has(Number(n)), `${n} in ${text}`).toBe(true);
    }
  });
});
