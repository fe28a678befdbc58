/**
 * The model files that ship in the npm package, as absolute paths: the systeemkaart and the
 * stock-and-flow model as JSON (readable by `stockflow` and `loadModel`), the calibration data
 * with their `source` columns, and one YAML scenario file per measure. The paths are found from
 * the package root, so they hold from the sources (tsx, vitest) and from `dist/` alike.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { expectString } from "../../../src/diagnostics/check-argument.js";
import { DATA_FILES } from "../data/read-data.js";
import type { MeasureId } from "../measures.js";
import { checkMeasureId, measureIds } from "./measure-by-id.js";

/** Where the scenario files are, relative to the package root. */
export const SCENARIO_DIR = "models/mensenhandel/scenarios";

/** The root of the installed package: the nearest folder up whose package.json is `stockflow`. */
export function packageRoot(from: string = fileURLToPath(import.meta.url)): string {
  expectString("packageRoot", "from", from);
  for (let dir = dirname(from); ; dir = dirname(dir)) {
    const file = join(dir, "package.json");
    if (existsSync(file) && JSON.parse(readFileSync(file, "utf8")).name === "stockflow") return dir;
    if (dirname(dir) === dir) throw new Error(`internal: no stockflow package.json above ${from}`);
  }
}

/** The shipped files of the trafficking models. */
export interface MensenhandelFiles {
  /** The systeemkaart as a causal-map JSON file. */
  readonly systeemkaart: string;
  /** The calibrated stock-and-flow model as a model JSON file. */
  readonly model: string;
  /** Its reality checks, for `stockflow check`. */
  readonly checks: string;
  /** The calibration data (CSV with a `source` column), by {@link DATA_FILES} key. */
  readonly data: Readonly<Record<keyof typeof DATA_FILES, string>>;
  /** The scenario file of each measure. */
  readonly scenarios: Readonly<Record<MeasureId, string>>;
}

/** The absolute paths of the shipped model files. */
export function mensenhandelFiles(): MensenhandelFiles {
  const root = packageRoot();
  const at = (...parts: string[]) => join(root, "models", "mensenhandel", ...parts);
  return {
    systeemkaart: at("systeemkaart.json"),
    model: at("sfd", "mensenhandel-sfd.json"),
    checks: at("sfd", "mensenhandel-sfd.checks.json"),
    data: Object.fromEntries(
      Object.entries(DATA_FILES).map(([key, file]) => [key, at("data", file)]),
    ) as Record<keyof typeof DATA_FILES, string>,
    scenarios: Object.fromEntries(
      measureIds.map((id) => [id, join(root, SCENARIO_DIR, `${id}.yaml`)]),
    ) as Record<MeasureId, string>,
  };
}

/** The scenario file of one measure (a misspelt id gets a did-you-mean error). */
export function scenarioFile(id: MeasureId): string {
  expectString("scenarioFile", "id", id);
  return mensenhandelFiles().scenarios[checkMeasureId(id)];
}
