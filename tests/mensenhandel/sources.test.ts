import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { sources } from "../../models/mensenhandel/sources.js";

const researchPath = fileURLToPath(new URL("../../../shared/domain/research.md", import.meta.url));
const hasResearch = existsSync(researchPath);

/** The rows `| S12 | title | url |` of research.md §1, parsed from the file itself. */
function researchTable(): Map<string, string> {
  const rows = new Map<string, string>();
  for (const line of readFileSync(researchPath, "utf8").split("\n")) {
    const match = /^\| (S\d+) \| .* \| (.*) \|$/.exec(line);
    if (match?.[1] !== undefined && match[2] !== undefined) rows.set(match[1], match[2]);
  }
  return rows;
}

describe("the source list of the trafficking models", () => {
  it("has unique ids, a title and an http(s) URL for each source", () => {
    const ids = sources.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const s of sources) {
      expect(s.title.length, s.id).toBeGreaterThan(10);
      expect(s.url, s.id).toMatch(/^https?:\/\/\S+$/);
    }
  });

  it("holds S1 to S71 in order, plus the letter K162 and the municipal-policy page", () => {
    const expected = [
      ...Array.from({ length: 71 }, (_, i) => `S${i + 1}`),
      "K162",
      "S-overheidvannu",
    ];
    expect(sources.map((s) => s.id)).toEqual(expected);
  });

  describe.skipIf(!hasResearch)("against shared/domain/research.md", () => {
    it("transcribes every row of §1 with its first URL", () => {
      const table = researchTable();
      expect(table.size).toBe(71);
      for (const [id, urls] of table) {
        const transcribed = sources.find((s) => s.id === id);
        expect(transcribed, id).toBeDefined();
        expect(urls.startsWith(transcribed?.url ?? "?"), id).toBe(true);
      }
    });

    it("names the two sources that sit outside the §1 table", () => {
      const text = readFileSync(researchPath, "utf8");
      expect(text).toContain("Kamerstuk 28 638 nr. 162");
      expect(text).toContain("S-overheidvannu");
      expect(text).toContain(
        "https://www.overheidvannu.nl/actueel/artikelen/2020/12/9/mensenhandel",
      );
    });
  });
});
