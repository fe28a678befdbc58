/**
 * `npm start`: the main job. Until the trafficking analysis lands, it runs the shipped teacup
 * model and prints its table at whole minutes.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { readModelText } from "../src/io/read-model-text.js";
import type { Model } from "../src/model/types.js";
import { runModel } from "../src/simulate/simulate.js";
import { runToTable } from "../src/simulate/write-run.js";

const file = fileURLToPath(new URL("../examples/models/teacup.json", import.meta.url));
const model = readModelText(readFileSync(file, "utf8"), { file }) as Model;
const run = runModel(model, { saveper: 5 });
process.stdout.write(`${model.name}: ${model.doc ?? ""}\n\n${runToTable(run)}`);
