/**
 * Regenerates `tests/conformance/expected.json` from a real run of the conformance suite:
 * `npx tsx scripts/update-conformance-expected.ts [SUITE_DIR]` (default `../shared/test-models`).
 * The file maps `case/file` to its status; the conformance test fails when a file listed as
 * `pass` no longer passes. Run it after a change that makes more files pass, and commit it.
 */
import { writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { runConformance } from "../src/conformance/run-conformance.js";

const suite =
  process.argv[2] ?? fileURLToPath(new URL("../../shared/test-models", import.meta.url));
const target = fileURLToPath(new URL("../tests/conformance/expected.json", import.meta.url));
const report = await runConformance(suite);
const expected = Object.fromEntries(
  report.cases
    .map((c) => [`${c.case}/${c.file}`, c.status] as const)
    .sort(([a], [b]) => (a < b ? -1 : 1)),
);
await writeFile(target, `${JSON.stringify(expected, null, 2)}\n`);
const { total, pass, fail, error, unsupported } = report.summary;
console.log(
  `wrote ${target}: ${pass}/${total} pass, ${fail} fail, ${error} error, ${unsupported} unsupported`,
);
