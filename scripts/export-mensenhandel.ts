/**
 * Writes the systeemkaart as a causal-map file, `models/mensenhandel/systeemkaart.json`, so that
 * the CLI and other tools can load it: `npx tsx scripts/export-mensenhandel.ts [out.json]`.
 * The whole text is built in memory and written at once.
 */
import { writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { systeemkaart } from "../models/mensenhandel/systeemkaart.js";
import { writeCausalMap } from "../src/analysis/causal-map/write-causal-map.js";

const target =
  process.argv[2] ??
  fileURLToPath(new URL("../models/mensenhandel/systeemkaart.json", import.meta.url));
await writeFile(target, writeCausalMap(systeemkaart, "json"));
console.log(`wrote ${target}`);
