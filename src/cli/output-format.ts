/**
 * The format of a command's output: `--format` when given, else the extension of `-o FILE`
 * (`.csv`, `.tsv`, `.json`, `.svg`, `.html`, `.xlsx`; `.txt` is the text table), else the
 * command's default. An extension naming a format the command cannot write is a usage error
 * before any work is done, so `-o out.xlsx` never silently writes a text table.
 */
import { extname } from "node:path";
import { UsageError } from "../diagnostics/errors.js";

/** The formats an output file's extension can name. */
export const EXTENSION_FORMATS: Readonly<Record<string, string>> = {
  ".csv": "csv",
  ".tsv": "tsv",
  ".json": "json",
  ".svg": "svg",
  ".html": "html",
  ".htm": "html",
  ".xlsx": "xlsx",
  ".txt": "table",
};

/** The format to write, from `--format`, the output file's extension, or `fallback`. */
export function outputFormat<T extends string>(
  formats: readonly T[],
  fallback: T,
  format: string | undefined,
  output: string | undefined,
): T {
  if (format !== undefined) {
    if ((formats as readonly string[]).includes(format)) return format as T;
    throw new UsageError(
      `--format takes one of ${formats.join(", ")}, got ${JSON.stringify(format)}`,
    );
  }
  if (output === undefined) return fallback;
  const named = EXTENSION_FORMATS[extname(output).toLowerCase()];
  if (named === undefined) return fallback;
  if ((formats as readonly string[]).includes(named)) return named as T;
  throw new UsageError(
    `-o ${JSON.stringify(output)}: this command writes ${formats.join(", ")}, not ${named} (name another file or give --format)`,
  );
}
