/**
 * Find the conformance cases under a folder: every folder (at any depth) that holds a model
 * file (`*.xmile`, `*.stmx`, `*.mdl`). Each model file is paired with the first reference
 * output that exists, by the rule the SDXorg, SDEverywhere and Simlin suites share:
 * `output.csv`, then `output.tab` in its folder, then `<model name>.dat` (Vensim DAT), then
 * `<model name>.csv`. A file with none of them has no reference: it is still run. Folders
 * are walked in sorted order, so reports are stable.
 */
import { readdir } from "node:fs/promises";
import { join, relative } from "node:path";

/** Formats of model files in the suite. */
export type CaseFormat = "xmile" | "mdl";

/** How a reference output file is laid out. */
export type ReferenceKind = "csv" | "tab" | "dat";

/**
 * Which pairing rule found a file's reference: `sdxorg` (`output.csv`/`output.tab`, the
 * SDXorg test-models layout), `dat` (`<name>.dat`, SDEverywhere's Vensim output), `named-csv`
 * (`<name>.csv`, SDEverywhere's XMILE output), or `none`.
 */
export type CaseLayout = "sdxorg" | "dat" | "named-csv" | "none";

/** A reference output file. */
export interface ReferenceFile {
  readonly file: string;
  readonly kind: ReferenceKind;
}

/** One model file of a case, with the reference output it is judged by. */
export interface CaseFile {
  readonly file: string;
  readonly format: CaseFormat;
  readonly layout: CaseLayout;
  readonly reference?: ReferenceFile;
  /**
   * Stella's own output of this XMILE file, when it is judged by another tool's output first:
   * SDEverywhere's `<name>.csv` beside a `<name>.dat` (its XMILE cases' output, which the
   * `.stmx` itself names as its export), else the suite's `output_stella.csv`.
   */
  readonly stellaOutput?: string;
}

/** One case folder. */
export interface ConformanceCase {
  /** Folder relative to the suite root, with `/` separators (`tests/abs`). */
  readonly name: string;
  readonly dir: string;
  readonly files: readonly CaseFile[];
}

const FORMAT_OF: Readonly<Record<string, CaseFormat>> = {
  ".xmile": "xmile",
  ".stmx": "xmile",
  ".mdl": "mdl",
};

/**
 * The reference of the model file `file` among the file names of its folder, and for an XMILE
 * file judged by another tool's output, Stella's own output of it (`<name>.csv`, else
 * `output_stella.csv`) when present.
 */
export function pairReference(
  file: string,
  names: ReadonlySet<string>,
): Pick<CaseFile, "layout" | "reference" | "stellaOutput"> {
  const stem = file.replace(/\.[^.]+$/, "");
  const candidates: readonly [string, ReferenceKind, CaseLayout][] = [
    ["output.csv", "csv", "sdxorg"],
    ["output.tab", "tab", "sdxorg"],
    [`${stem}.dat`, "dat", "dat"],
    [`${stem}.csv`, "csv", "named-csv"],
  ];
  const found = candidates.find(([name]) => names.has(name));
  if (found === undefined) return { layout: "none" };
  const xmile = FORMAT_OF[/\.[^.]+$/.exec(file)?.[0]?.toLowerCase() ?? ""] === "xmile";
  const stella = [`${stem}.csv`, "output_stella.csv"].find((n) => names.has(n) && n !== found[0]);
  const own = xmile && stella !== undefined ? { stellaOutput: stella } : {};
  return { layout: found[2], reference: { file: found[0], kind: found[1] }, ...own };
}

/** Every case under `root`, sorted by name. */
export async function findCases(root: string): Promise<ConformanceCase[]> {
  const cases: ConformanceCase[] = [];
  const walk = async (dir: string, depth: number): Promise<void> => {
    if (depth > 12) return;
    const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) =>
      a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
    );
    const names = new Set(entries.filter((e) => e.isFile()).map((e) => e.name));
    const files: CaseFile[] = [];
    for (const entry of entries) {
      const extension = /\.[^.]+$/.exec(entry.name)?.[0]?.toLowerCase() ?? "";
      const format = FORMAT_OF[extension];
      if (entry.isFile() && format !== undefined) {
        files.push({ file: entry.name, format, ...pairReference(entry.name, names) });
      }
    }
    if (files.length > 0) {
      const name = relative(root, dir).split(/[\\/]/).join("/") || ".";
      cases.push({ name, dir, files });
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
