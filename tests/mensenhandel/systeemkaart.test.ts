import { describe, expect, it } from "vitest";
import { actors } from "../../models/mensenhandel/actors.js";
import { factorGroups } from "../../models/mensenhandel/factor-groups.js";
import { factors } from "../../models/mensenhandel/factors.js";
import { DEFINITIONAL } from "../../models/mensenhandel/link.js";
import { links } from "../../models/mensenhandel/links.js";
import { sources } from "../../models/mensenhandel/sources.js";
import { systeemkaart } from "../../models/mensenhandel/systeemkaart.js";
import { themes } from "../../models/mensenhandel/themes.js";
import { isCanonicalId } from "../../src/model/canonical.js";

const factorIds = new Set<string>(factors.map((f) => f.id));
const sourceIds = new Set<string>(sources.map((s) => s.id));
const linkKeys = new Set(links.map((l) => `${l.from}>${l.to}`));

describe("the systeemkaart's factors", () => {
  it("are at least thirty, with unique canonical ids", () => {
    expect(factors.length).toBeGreaterThanOrEqual(30);
    expect(factorIds.size).toBe(factors.length);
    for (const f of factors) expect(isCanonicalId(f.id), f.id).toBe(true);
  });

  it("cover each catalogue entry F1–F30 exactly once", () => {
    const numbers = factors.flatMap((f) => ("catalogue" in f ? [f.catalogue] : []));
    expect([...numbers].sort((a, b) => Number(a.slice(1)) - Number(b.slice(1)))).toEqual(
      Array.from({ length: 30 }, (_, i) => `F${i + 1}`),
    );
  });

  it("each have Dutch and English labels, a description, actors, a group and sources", () => {
    const knownActors = new Set<string>(actors);
    const knownGroups = new Set<string>(factorGroups);
    for (const f of factors) {
      expect(f.labels.nl.length, f.id).toBeGreaterThan(3);
      expect(f.labels.en.length, f.id).toBeGreaterThan(3);
      expect(f.labels.nl, f.id).not.toBe(f.labels.en);
      expect(f.description.length, f.id).toBeGreaterThan(40);
      expect(f.actors.length, f.id).toBeGreaterThan(0);
      for (const a of f.actors) expect(knownActors.has(a), `${f.id}: ${a}`).toBe(true);
      expect(knownGroups.has(f.group), f.id).toBe(true);
      expect(f.sources.length, f.id).toBeGreaterThan(0);
      for (const s of f.sources) expect(sourceIds.has(s), `${f.id}: ${s}`).toBe(true);
    }
  });

  it("fill every group and name the core group's actors", () => {
    expect(new Set(factors.map((f) => f.group))).toEqual(new Set(factorGroups));
    const named = new Set(factors.flatMap((f) => f.actors));
    for (const a of [
      "OM",
      "Nationaal Rapporteur",
      "politie",
      "KMar",
      "Inspectie SZW",
      "CoMensha",
      "gemeenten",
      "Jeugdzorg",
      "zorg- en opvangorganisaties",
      "IND",
      "ministerie JenV",
    ] as const) {
      expect(named.has(a), a).toBe(true);
    }
  });
});

describe("the systeemkaart's links", () => {
  it("are at least sixty, between factors that exist, without duplicates or self-links", () => {
    expect(links.length).toBeGreaterThanOrEqual(60);
    expect(linkKeys.size).toBe(links.length);
    for (const l of links) {
      expect(factorIds.has(l.from), l.from).toBe(true);
      expect(factorIds.has(l.to), l.to).toBe(true);
      expect(l.from).not.toBe(l.to);
    }
  });

  it("each have a polarity, a strength class and a speed class", () => {
    for (const l of links) {
      expect(["+", "-"]).toContain(l.polarity);
      expect(["weak", "average", "strong", "very_strong"]).toContain(l.strength);
      expect(["very_high", "high", "average", "low"]).toContain(l.speed);
    }
  });

  it("each cite known sources or state an assumption in at least one sentence", () => {
    for (const l of links) {
      const where = `${l.from} → ${l.to}`;
      switch (l.evidence.kind) {
        case "source":
          expect(l.evidence.ids.length, where).toBeGreaterThan(0);
          for (const id of l.evidence.ids) expect(sourceIds.has(id), `${where}: ${id}`).toBe(true);
          break;
        case "assumption":
          expect(l.evidence.reasoning, where).toMatch(/^[A-Z].*\S.*[.)]$/);
          expect(l.evidence.reasoning.split(/\s+/).length, where).toBeGreaterThanOrEqual(8);
          break;
      }
    }
  });

  it("hold an assumption to at most average strength unless it is definitional", () => {
    const strong = links.filter(
      (l) =>
        l.evidence.kind === "assumption" &&
        (l.strength === "strong" || l.strength === "very_strong"),
    );
    expect(strong.map((l) => [l.from, l.to, l.note])).toEqual([
      ["werkelijke_slachtoffers", "verborgen_slachtoffers", DEFINITIONAL],
      ["duur_uitbuiting", "verborgen_slachtoffers", DEFINITIONAL],
    ]);
  });

  it("rest on sources more often than on assumptions", () => {
    const sourced = links.filter((l) => l.evidence.kind === "source").length;
    expect(sourced).toBeGreaterThan(links.length / 2);
  });

  it("leave no factor unconnected", () => {
    const touched = new Set<string>(links.flatMap((l) => [l.from, l.to]));
    expect([...factorIds].filter((id) => !touched.has(id))).toEqual([]);
  });
});

describe("the workshop themes of Kamerstuk 28 638 nr. 162", () => {
  it("are all eight there, each carried by factors and links of the map", () => {
    expect(Object.keys(themes).sort()).toEqual([
      "arbeidsuitbuiting_slecht_werkgeverschap",
      "criminele_uitbuiting",
      "informatiedeling_zorg_veiligheid",
      "lvb",
      "migratieroutes",
      "seksuele_uitbuiting_jongens",
      "specialistische_opvang_multiproblematiek",
      "verblijfsregeling",
    ]);
    for (const [id, theme] of Object.entries(themes)) {
      expect(theme.factors.length, id).toBeGreaterThan(0);
      expect(theme.links.length, id).toBeGreaterThan(0);
      expect(theme.sources, id).toContain("K162");
      for (const f of theme.factors) expect(factorIds.has(f), `${id}: ${f}`).toBe(true);
      for (const [from, to] of theme.links) {
        expect(linkKeys.has(`${from}>${to}`), `${id}: ${from} → ${to}`).toBe(true);
      }
    }
  });
});

describe("the systeemkaart as a CausalMap", () => {
  it("keeps every factor an unbounded index of change from its start", () => {
    // The map mixes counts, shares and indices; bounds or stocks would need starting levels the
    // sources give for few factors, and a normalised factor starting at 0 could only rise.
    for (const f of systeemkaart.factors) {
      expect(f.normalised, f.id).toBeUndefined();
      expect(f.accumulating, f.id).toBeUndefined();
    }
  });

  it("carries every factor and link, with the Dutch label as display name", () => {
    expect(systeemkaart.kind).toBe("causal-map");
    expect(systeemkaart.factors).toHaveLength(factors.length);
    expect(systeemkaart.links).toBe(links);
    const hidden = systeemkaart.factors.find((f) => f.id === "verborgen_slachtoffers");
    expect(hidden?.name).toBe("Slachtoffers in uitbuiting, niet in beeld");
    expect(systeemkaart.factors.some((f) => "catalogue" in f)).toBe(false);
  });
});
