/**
 * Find the conformance cases under a folder: every folder (at any depth) that holds a model
 * file (`*.xmile`, `*.stmx`, `*.mdl`) and a reference output (`output.csv`, else
 * `output.tab`). Folders are walked in sorted order, so reports are stable.
 */
import { readdir } from "node:fs/promises";
import { join, relative } from "node:path";

/** Formats of model files in the suite. */
export type CaseFormat = "xmile" | "mdl";

/** One model file of a case. */
export interface CaseFile {
  readonly file: string;
  readonly format: CaseFormat;
}

/** One case folder. */
export interface ConformanceCase {
  /** Folder relative to the suite root, with `/` separators (`tests/abs`). */
  readonly name: string;
  readonly dir: string;
  readonly files: readonly CaseFile[];
  /** File name of the reference output, or undefined when the case has none. */
  readonly output?: string;
  /** `output_stella.csv`, Stella's own output, when the case has it. */
  readonly stellaOutput?: string;
}

const FORMAT_OF: Readonly<Record<string, CaseFormat>> = {
  ".xmile": "xmile",
  ".stmx": "xmile",
  ".mdl": "mdl",
};

/** Every case under `root`, sorted by name. */
export async function findCases(root: string): Promise<ConformanceCase[]> {
  const cases: ConformanceCase[] = [];
  const walk = async (dir: string, depth: number): Promise<void> => {
    if (depth > 12) return;
    const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) =>
      a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
    );
    const files: CaseFile[] = [];
    for (const entry of entries) {
      const extension = /\.[^.]+$/.exec(entry.name)?.[0]?.toLowerCase() ?? "";
      const format = FORMAT_OF[extension];
      if (entry.isFile() && format !== undefined) files.push({ file: entry.name, format });
    }
    if (files.length > 0) {
      const names = new Set(entries.filter((e) => e.isFile()).map((e) => e.name));
      const output = ["output.csv", "output.tab"].find((name) => names.has(name));
      const name = relative(root, dir).split(/[\\/]/).join("/") || ".";
      const stella = names.has("output_stella.csv") ? { stellaOutput: "output_stella.csv" } : {};
      cases.push({ name, dir, files, ...(output !== undefined ? { output } : {}), ...stella });
    }
    for (const entry of entries) {
      if (entry.isDirectory() && !entry.name.startsWith(".")) {
        await walk(join(dir, entry.name), depth + 1);
      }
    }
  };
  await walk(root, 0);
  return cases.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
