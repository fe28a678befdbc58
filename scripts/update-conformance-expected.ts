/**
 * Regenerates the expected-status files of `tests/conformance/` from real runs of the three
 * conformance suites beside the repository: `npx tsx scripts/update-conformance-expected.ts`
 * (all suites) or with one folder name (`test-models`, `test-suites/simlin`, …). Each file
 * maps `case/file` to its status; the conformance test fails when a file listed as `pass` no
 * longer passes. Run it after a change that makes more files pass, and commit the files.
 */
import { existsSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { runConformance } from "../src/conformance/run-conformance.js";
import { CONFORMANCE_SUITES } from "../tests/conformance/suites.js";

const only = process.argv[2];
for (const { folder, expected: file } of CONFORMANCE_SUITES) {
  if (only !== undefined && only !== folder) continue;
  const suite = fileURLToPath(new URL(`../../shared/${folder}`, import.meta.url));
  if (!existsSync(suite)) {
    console.log(`skipped ${folder}: no copy at ${suite}`);
    continue;
  }
  const target = fileURLToPath(new URL(`../tests/conformance/${file}`, import.meta.url));
  const report = await runConformance(suite);
  const expected = Object.fromEntries(
    report.cases
      .map((c) => [`${c.case}/${c.file}`, c.status] as const)
      .sort(([a], [b]) => (a < b ? -1 : 1)),
  );
  await writeFile(target, `${JSON.stringify(expected, null, 2)}\n`);
  const { pass, withReference, notIntact, passRate } = report.summary;
  console.log(
    `wrote ${target}: ${pass}/${withReference - notIntact} intact files with a reference pass (${passRate}%)`,
  );
}
