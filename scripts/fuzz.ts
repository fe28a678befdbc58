/**
 * `npm run fuzz [COUNT] [SEED]`: mutate the suite's model files (../shared/test-models) COUNT
 * times (3000 by default) and try each mutant; prints the counts and every crash or hang, and
 * exits 1 when there is one.
 */
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { fuzzModels } from "../tests/helpers/fuzz-models.js";

const suite = fileURLToPath(new URL("../../shared/test-models", import.meta.url));
if (!existsSync(suite)) {
  console.error(`fuzz: the suite is not at ${suite}`);
  process.exit(2);
}
const count = Number(process.argv[2] ?? 3000);
const seed = Number(process.argv[3] ?? 1);
const started = performance.now();
const report = await fuzzModels(suite, count, seed);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(
  `fuzz: ${report.mutants} mutants (seed ${seed}) in ${seconds} s: ${report.ran} ran, ${report.refused} refused with a diagnostic, ${report.crashes.length} crashes, ${report.slow.length} slow`,
);
for (const line of [...report.crashes, ...report.slow]) console.log(`  ${line}`);
process.exit(report.crashes.length + report.slow.length > 0 ? 1 : 0);
