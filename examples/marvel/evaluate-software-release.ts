/**
 * The software-release example of the MARVEL paper, evaluated from a script: every combination
 * of the four controls, ranked by score, with the robustness of the best one.
 *
 *   npx tsx examples/marvel/evaluate-software-release.ts
 */
import { fileURLToPath } from "node:url";
import { loadModel } from "../../src/io/load-model.js";
import { evaluateMarvel, marvelTable } from "../../src/marvel/index.js";
import type { CausalMap } from "../../src/model/types.js";

const path = fileURLToPath(new URL("./software-release.json", import.meta.url));
const map = (await loadModel(path)) as CausalMap;
const controls = ["c1", "c2", "c3", "c4"];
const combinations = Array.from({ length: 15 }, (_, i) => {
  const on = controls.filter((_, bit) => (i + 1) & (1 << bit));
  return { id: on.join("_"), interventions: on };
});
const quarters = Array.from({ length: 40 }, (_, i) => (i + 1) / 4);

const all = evaluateMarvel(map, { packages: combinations, moments: quarters });
const scores = new Map(all.scenarios.map((s) => [s.id, s.score]));
console.log(
  "combinations of controls, best first (score: mean change of the indicators, quarter-yearly to 10 years)",
);
for (const id of all.ranking) console.log(`  ${id.padEnd(12)} ${scores.get(id)!.toFixed(4)}`);

const best = evaluateMarvel(map, {
  packages: ["c3_c4"],
  moments: [1, 2, 5, 10],
  robustness: { samples: 200, seed: 1 },
});
console.log(`\nc3 + c4 over 200 samples of the class values:\n${marvelTable(best)}`);
