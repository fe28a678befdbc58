import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { systeemkaart } from "../../models/mensenhandel/systeemkaart.js";
import { readCausalMapText, writeCausalMap } from "../../src/analysis/causal-map/index.js";

const file = fileURLToPath(new URL("../../models/mensenhandel/systeemkaart.json", import.meta.url));
const text = readFileSync(file, "utf8");

describe("models/mensenhandel/systeemkaart.json", () => {
  it("is the current export of the typed systeemkaart (run scripts/export-mensenhandel.ts)", () => {
    expect(text).toBe(writeCausalMap(systeemkaart, "json"));
  });

  it("opens with the format version and is a causal map", () => {
    const object = JSON.parse(text) as Record<string, unknown>;
    expect(Object.keys(object).slice(0, 2)).toEqual(["stockflow", "kind"]);
    expect(object.stockflow).toBe(1);
    expect(object.kind).toBe("causal-map");
  });

  it("reads back through the causal-map reader with every factor, link, measure and indicator", () => {
    const map = readCausalMapText(text, { file });
    expect(map.factors).toHaveLength(systeemkaart.factors.length);
    expect(map.links).toHaveLength(systeemkaart.links.length);
    expect(map.interventions).toHaveLength(systeemkaart.interventions?.length ?? -1);
    expect(map.packages).toHaveLength(systeemkaart.packages?.length ?? -1);
    expect(map.indicators).toHaveLength(6);
    const link = map.links.find((l) => l.from === "drempel_informatiedeling");
    expect(link).toMatchObject({
      to: "meldbereidheid_zorg",
      polarity: "-",
      strength: "strong",
      speed: "very_high",
      evidence: { kind: "source", ids: ["S24", "S57", "S58", "S29"] },
    });
  });
});
