/**
 * Writes the scenario file of every measure into `models/mensenhandel/scenarios/` (shipped in
 * the npm package); rerun it after changing the measure catalogue.
 *
 *   npx tsx models/mensenhandel/package/write-scenario-files.ts
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { packageRoot, SCENARIO_DIR } from "./package-files.js";
import { scenarioFileTexts } from "./scenario-files.js";

const dir = join(packageRoot(), SCENARIO_DIR);
const texts = scenarioFileTexts();
mkdirSync(dir, { recursive: true });
for (const [name, text] of texts) writeFileSync(join(dir, name), text);
process.stdout.write(`${texts.size} scenario files in ${dir}\n`);
