/**
 * Loading a model from a file, by its extension: `.json`, `.yaml`, `.yml` (stockflow format,
 * stock-and-flow model or causal map), `.xmile`, `.stmx`, `.xml` (XMILE), `.mdl` (Vensim) and
 * `.csv` (causal-map edge list). Readers of the heavier formats are imported on first use, so
 * the core stays light. The returned model's `source` is the path it was read from.
 */
import { argumentError, expectOptions } from "../diagnostics/check-argument.js";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { ModelError, UsageError } from "../diagnostics/errors.js";
import type { AnyModel } from "../model/types.js";
import { parseModelText } from "./read-model-text.js";
import type { ReadDataFile } from "./vensim/data-files.js";
import type { SeriesPoints } from "./vensim/external-data.js";

/** Options of {@link loadModel}. */
export interface LoadModelOptions {
  /** Largest file read, in bytes; a larger file is a diagnostic, not an out-of-memory crash. */
  readonly maxBytes?: number;
  /**
   * Called with the warnings of a model that has no errors (for example a `.mdl` without a
   * `TIME STEP`, or an element of the file that was ignored).
   */
  readonly onWarnings?: (warnings: readonly Diagnostic[]) => void;
  /**
   * Data files (`.dat`, `.tab`, `.csv`) whose series feed a Vensim model's data variables
   * that have no equation, as Vensim's run-time data files do; later files win.
   */
  readonly data?: readonly string[];
  /** Files for a Vensim model's `'?name'` data references (`?name` → file). */
  readonly dataTags?: ReadonlyMap<string, string>;
  /**
   * Folders whose files a model may read as data besides its own folder (`GET XLS DATA(…)` and
   * the other data functions). By default a model reads only files inside its own folder,
   * after following links; see `docs/security.md`.
   */
  readonly allowRead?: readonly string[];
  /**
   * Reads a data file the model names, in place of the confined reader: takes the name as
   * written in the model and returns the bytes, or throws an Error saying why it cannot.
   */
  readonly readDataFile?: ReadDataFile;
}

const DEFAULTS = { maxBytes: 50 * 1024 * 1024 };

/** The file extensions {@link loadModel} reads. */
export const MODEL_EXTENSIONS = [
  ".json",
  ".yaml",
  ".yml",
  ".xmile",
  ".stmx",
  ".xml",
  ".mdl",
  ".csv",
] as const;

/**
 * Read a model file: a stock-and-flow {@link Model} or a {@link CausalMap}.
 *
 * @throws UsageError when the file does not exist or its extension is unknown.
 * @throws ModelError with located diagnostics (file, line, column) when the model is invalid.
 */
export async function loadModel(path: string, options: LoadModelOptions = {}): Promise<AnyModel> {
  if (typeof path !== "string" || path === "") {
    throw argumentError("loadModel", "path", "a file name", path);
  }
  expectOptions("loadModel", options, { maxBytes: "finite" });
  const { maxBytes } = { ...DEFAULTS, ...options };
  const extension = (/\.[^./\\]+$/.exec(path)?.[0] ?? "").toLowerCase();
  if (!(MODEL_EXTENSIONS as readonly string[]).includes(extension)) {
    throw new UsageError(
      `unknown model file extension "${extension || path}": expected ${MODEL_EXTENSIONS.join(", ")}`,
    );
  }
  // Node's fs is imported here, not at the top, so that the core stays usable in a browser.
  const { readFile } = await import("node:fs/promises");
  await checkSize(path, "model", maxBytes);
  const text = await readFile(path, "utf8");
  const model = await readByExtension(text, path, extension, { ...options, maxBytes });
  return { ...model, source: path };
}

async function readByExtension(
  text: string,
  file: string,
  extension: string,
  options: LoadModelOptions & { readonly maxBytes: number },
): Promise<AnyModel> {
  const { onWarnings, data, dataTags, maxBytes } = options;
  if (data !== undefined && data.length > 0 && extension !== ".mdl") {
    throw new UsageError("--data files feed the data variables of Vensim (.mdl) models only");
  }
  switch (extension) {
    case ".json":
    case ".yaml":
    case ".yml": {
      const format = extension === ".json" ? "json" : "yaml";
      const { model, diagnostics } = parseModelText(text, { file, format, locations: true });
      if (model === undefined) throw new ModelError(diagnostics, `cannot read ${file}`);
      const warnings = diagnostics.filter((d) => d.severity === "warning");
      if (warnings.length > 0) onWarnings?.(warnings);
      return model;
    }
    case ".xmile":
    case ".stmx":
    case ".xml": {
      const xmile = await optional(file, "xmile import", () => import("./xmile/index.js"));
      const reading = xmile.readXmileWithDiagnostics(text, { file });
      if (reading.model === undefined) {
        throw new ModelError(reading.diagnostics, `cannot read ${file}`);
      }
      const warnings = reading.diagnostics.filter((d) => d.severity === "warning");
      if (warnings.length > 0) onWarnings?.(warnings);
      return reading.model;
    }
    case ".csv": {
      const maps = await optional(
        file,
        "causal-map csv import",
        () => import("../analysis/causal-map/index.js"),
      );
      return maps.readCausalMapCsv(text, { file });
    }
    case ".mdl": {
      const vensim = await optional(file, "vensim import", () => import("./vensim/index.js"));
      const readDataFile =
        options.readDataFile ??
        (await import("./confined-file-reader.js")).confinedFileReader(file, options);
      const externalData = await readRunData(data ?? [], maxBytes, vensim.readDataSeries);
      const reading = vensim.readVensimWithDiagnostics(text, {
        file,
        readDataFile,
        ...(externalData !== undefined ? { externalData } : {}),
        ...(dataTags !== undefined ? { dataTags } : {}),
      });
      if (reading.model === undefined) {
        throw new ModelError(reading.diagnostics, `cannot read ${file}`);
      }
      const warnings = reading.diagnostics.filter((d) => d.severity === "warning");
      if (warnings.length > 0) onWarnings?.(warnings);
      return reading.model;
    }
    default:
      throw new UsageError(`unknown model file extension "${extension}"`);
  }
}

/**
 * A usage error when `path` is no file, a located diagnostic when it is larger than
 * `maxBytes` (so a huge file is refused, not read into memory).
 */
async function checkSize(path: string, what: "model" | "data", maxBytes: number): Promise<void> {
  // Node's fs is imported here, not at the top, so that the core stays usable in a browser.
  const { stat } = await import("node:fs/promises");
  const size = await stat(path).then(
    (s) => (s.isFile() ? s.size : undefined),
    () => undefined,
  );
  if (size === undefined) throw new UsageError(`no such ${what} file: ${path}`);
  if (size > maxBytes) {
    throw new ModelError([
      at(path, "file-too-large", `file is ${size} bytes, more than the limit of ${maxBytes}`, {
        value: `${size}`,
      }),
    ]);
  }
}

/**
 * The series of the run-time data files, merged (a later file wins); a file that cannot be
 * read or parsed is a located diagnostic.
 */
async function readRunData(
  files: readonly string[],
  maxBytes: number,
  parseSeries: (text: string, file: string) => ReadonlyMap<string, SeriesPoints>,
): Promise<Map<string, SeriesPoints> | undefined> {
  if (files.length === 0) return undefined;
  const { readFile } = await import("node:fs/promises");
  const merged = new Map<string, SeriesPoints>();
  for (const file of files) {
    await checkSize(file, "data", maxBytes);
    try {
      for (const [key, points] of parseSeries(await readFile(file, "utf8"), file)) {
        merged.set(key, points);
      }
    } catch (error) {
      const line = (error as { line?: number }).line ?? 1;
      const message = error instanceof Error ? error.message : String(error);
      throw new ModelError([{ ...at(file, "data-file", message), line, column: 1 }]);
    }
  }
  return merged;
}

/** Import a reader that may not be part of this build; a missing one is a located diagnostic. */
async function optional<T>(file: string, what: string, load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const code = (error as { code?: unknown }).code;
    if (code === "ERR_MODULE_NOT_FOUND" || /cannot find|failed to load|not found/i.test(message)) {
      throw new ModelError([at(file, "unsupported", `unsupported: ${what}`)]);
    }
    throw error;
  }
}

function at(
  file: string,
  code: string,
  message: string,
  extra: Partial<Diagnostic> = {},
): Diagnostic {
  return { severity: "error", code, message, file, line: 1, column: 1, ...extra };
}
