/**
 * The three conformance suites beside the repository: the SDXorg test-models suite
 * (`../shared/test-models`), SDEverywhere's models and Simlin's tests
 * (`../shared/test-suites/…`). Every file listed as `pass` in a suite's expected file must
 * still pass (regenerate the lists with `npx tsx scripts/update-conformance-expected.ts` when
 * more files pass). Where a copy is absent, its suite is skipped with a message.
 */
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import type { CaseResult, CaseStatus } from "../../src/conformance/run-case-file.js";
import { runConformance } from "../../src/conformance/run-conformance.js";
import { CONFORMANCE_SUITES } from "./suites.js";

describe.each(CONFORMANCE_SUITES)("conformance with $title", ({ folder, expected: file }) => {
  const suite = fileURLToPath(new URL(`../../../shared/${folder}`, import.meta.url));
  const expected = JSON.parse(
    readFileSync(new URL(`./${file}`, import.meta.url), "utf8"),
  ) as Record<string, CaseStatus>;
  const passing = Object.keys(expected).filter((key) => expected[key] === "pass");
  if (!existsSync(suite)) {
    it.skip(`skipped: no copy at ${suite} (the conformance suite needs it)`, () => {});
    return;
  }
  const results = new Map<string, CaseResult>();
  beforeAll(async () => {
    const report = await runConformance(suite);
    for (const c of report.cases) results.set(`${c.case}/${c.file}`, c);
  }, 300_000);

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
