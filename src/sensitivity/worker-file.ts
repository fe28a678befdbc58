/**
 * Where the worker's code is. From source (vitest, tsx) it is `worker.ts` beside this file and
 * the worker thread loads tsx; from the build it is the `sensitivity-worker.js` entry at the
 * root of `dist/`, found from the shared chunks (`dist/`) or from the CLI bundle (`dist/cli/`).
 */
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

declare const __filename: string | undefined;

/** The worker file and the Node options its thread needs. */
export function workerFile(): { readonly filename: string; readonly execArgv: string[] } {
  const here = typeof __filename === "string" ? __filename : fileURLToPath(import.meta.url);
  const dir = dirname(here);
  if (here.endsWith(".ts")) {
    return { filename: join(dir, "worker.ts"), execArgv: ["--import", "tsx"] };
  }
  for (const candidate of [
    join(dir, "sensitivity-worker.js"),
    join(dir, "..", "sensitivity-worker.js"),
  ]) {
    if (existsSync(candidate)) return { filename: candidate, execArgv: [] };
  }
  throw new Error(`internal: sensitivity worker not found next to ${here}`);
}
