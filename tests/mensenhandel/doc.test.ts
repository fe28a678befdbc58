import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { links } from "../../models/mensenhandel/links.js";
import { namedLoops } from "../../models/mensenhandel/loops.js";
import { mensenhandelDoc } from "../../scripts/gen-mensenhandel-doc.js";

const doc = mensenhandelDoc();

describe("docs/mensenhandel.md", () => {
  it("is the current output of scripts/gen-mensenhandel-doc.ts", () => {
    const file = fileURLToPath(new URL("../../docs/mensenhandel.md", import.meta.url));
    expect(readFileSync(file, "utf8")).toBe(doc);
  });

  it("lists every assumption of the links and every loop story", () => {
    for (const l of links) {
      if (l.evidence.kind === "assumption") expect(doc).toContain(l.evidence.reasoning);
    }
    for (const loop of namedLoops) expect(doc).toContain(loop.story_en);
  });

  it("counts what the model holds", () => {
    expect(doc).toContain(`- ${links.length} links: `);
    expect(doc).toMatch(/- 59 factors \(the catalogue F1–F30 and 29 more/);
  });
});
