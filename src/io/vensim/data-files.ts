/**
 * The data files of one model: each file (and tab, for text files the separator) opened once.
 * A name starting with `?` is an external reference, resolved through the model's settings
 * (`30:?name=file` lines after the sketch) or else read as the file name after the `?`.
 */
import { DataProblem } from "./data-places.js";
import { type DataWorkbook, openWorkbook } from "./data-workbook.js";

/**
 * Reads a data file a model names (a path relative to the model file) and returns its bytes;
 * throws an Error whose message says why it cannot (no such file, too large).
 */
export type ReadDataFile = (name: string) => Uint8Array;

/** The external references (`?name` → file) of a model's settings section. */
export function externalReferences(settings: string | undefined): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of (settings ?? "").matchAll(/^30:(\?[^=\r\n]+)=([^\r\n]*)$/gm)) {
    out.set(m[1]!.trim().toLowerCase(), m[2]!.trim());
  }
  return out;
}

/** Opens the data files of a model, once each. */
export class DataFiles {
  private readonly books = new Map<string, DataWorkbook | DataProblem>();

  constructor(
    private readonly readFile: ReadDataFile | undefined,
    private readonly references: ReadonlyMap<string, string> = new Map(),
  ) {}

  /** The file a name stands for (`?name` resolved). */
  resolve(name: string): string {
    if (!name.startsWith("?")) return name;
    return this.references.get(name.trim().toLowerCase()) ?? name.slice(1);
  }

  /**
   * The workbook of `name` read with `tab`; throws a {@link DataProblem} at `at` when it
   * cannot be read.
   */
  open(name: string, tab: string, at: number): DataWorkbook {
    const file = this.resolve(name);
    const key = `${file}\u0000${tab}`;
    let book = this.books.get(key);
    if (book === undefined) {
      book = this.read(file, tab);
      this.books.set(key, book);
    }
    if (book instanceof DataProblem) throw new DataProblem(book.message, at, book.code, name);
    return book;
  }

  private read(file: string, tab: string): DataWorkbook | DataProblem {
    if (this.readFile === undefined) {
      return new DataProblem(
        `cannot read data file '${file}': no file access was given (read the model with loadModel, or pass readDataFile)`,
        0,
        "data-file",
      );
    }
    let bytes: Uint8Array;
    try {
      bytes = this.readFile(file);
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      return new DataProblem(`cannot read data file '${file}': ${why}`, 0, "data-file");
    }
    try {
      return openWorkbook(file, bytes, tab);
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      return new DataProblem(
        `cannot read data file '${file}' as a workbook: ${why}`,
        0,
        "data-file",
      );
    }
  }
}
