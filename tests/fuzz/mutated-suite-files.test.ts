/**
 * Issue 20: 300 seeded mutants of the suite's model files are read, compiled, run and graphed
 * with no crash (every failure is one of stockflow's own errors) and no hang. `npm run fuzz`
 * runs a bigger batch.
 */
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { fuzzModels } from "../helpers/fuzz-models.js";

const suite = fileURLToPath(new URL("../../../shared/test-models", import.meta.url));

describe.skipIf(!existsSync(suite))("mutated suite files", () => {
  it("300 seeded mutants: no crash, no hang", async () => {
    const report = await fuzzModels(suite, 300, 20);
    expect(report.crashes).toEqual([]);
    expect(report.slow).toEqual([]);
    expect(report.ran + report.refused).toBe(300);
    // The mutants are not all refused: some still read and run.
    expect(report.ran).toBeGreaterThan(20);
  }, 120_000);
});
