/**
 * The SDXorg test-models suite, run from `../shared/test-models` beside the repository. Every
 * file listed as `pass` in `expected.json` must still pass (regenerate the list with
 * `npx tsx scripts/update-conformance-expected.ts` when more files pass). Where the copy is
 * absent, the suite is skipped with a message.
 */
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import type { CaseResult, CaseStatus } from "../../src/conformance/run-case-file.js";
import { runConformance } from "../../src/conformance/run-conformance.js";

const suite = fileURLToPath(new URL("../../../shared/test-models", import.meta.url));
const expected = JSON.parse(
  readFileSync(new URL("./expected.json", import.meta.url), "utf8"),
) as Record<string, CaseStatus>;
const passing = Object.keys(expected).filter((key) => expected[key] === "pass");

describe("conformance with the SDXorg test-models suite", () => {
  if (!existsSync(suite)) {
    it.skip(`skipped: no test-models copy at ${suite} (the conformance suite needs it)`, () => {});
    return;
  }
  const results = new Map<string, CaseResult>();
  beforeAll(async () => {
    const report = await runConformance(suite);
    for (const c of report.cases) results.set(`${c.case}/${c.file}`, c);
  }, 120_000);

  it("runs every file and explains every file that does not pass", () => {
    expect(results.size).toBeGreaterThan(0);
    for (const c of results.values()) {
      if (c.status !== "pass") expect(c.detail, `${c.case}/${c.file}`).not.toBe("");
    }
  });

  it.each(passing)("%s still passes", (key) => {
    const result = results.get(key);
    expect(result, `${key} is no longer in the suite copy`).toBeDefined();
    // A pass may carry a note (matched Stella's own output); any other status shows its reason.
    expect(`${result!.status}: ${result!.detail}`).toMatch(/^pass: /);
  });
});
