/**
 * Located text: a JSON or YAML document parsed once with the `yaml` package so that every value
 * keeps its place in the text. JSON is read by `JSON.parse` (the exact JSON rules) and by `yaml`
 * with its JSON schema (for positions); YAML by `yaml` alone (YAML 1.2, core schema). Syntax
 * errors come back as located diagnostics instead of exceptions.
 */
import {
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  type Node,
  parseDocument,
  visit,
  type YAMLError,
} from "yaml";
import {
  expectArray,
  expectObject,
  expectOptions,
  expectString,
} from "../diagnostics/check-argument.js";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { type PathSegment, parsePath } from "../model/object-path.js";

/** The two text formats of stockflow files. */
export type TextFormat = "json" | "yaml";

/** Options of {@link parseLocatedText}. */
export interface LocatedTextOptions {
  /** File name for diagnostics. */
  readonly file?: string;
  /** Defaults to the file extension, else `json` when the text starts with `{`, else `yaml`. */
  readonly format?: TextFormat;
}

/** A 1-based line and column. */
export interface TextPosition {
  readonly line: number;
  readonly column: number;
}

/** A parsed document: its plain value, its syntax diagnostics, and where each path sits in the text. */
export interface LocatedText {
  /** The plain value; undefined when the text has syntax errors. */
  readonly value: unknown;
  readonly format: TextFormat;
  readonly file?: string;
  /** Syntax errors and warnings, located. */
  readonly diagnostics: readonly Diagnostic[];
  /**
   * Position of the value at `path` (or of its key, with `at: "key"`); when the path leads
   * nowhere (a missing field), the position of the deepest value that exists on the way.
   */
  locate(path: readonly PathSegment[], at?: "value" | "key"): TextPosition | undefined;
}

/** The text format a file name implies, if any. */
export function formatOfFile(file: string | undefined): TextFormat | undefined {
  if (file !== undefined) expectString("formatOfFile", "file", file);
  if (file === undefined) return undefined;
  if (/\.json$/i.test(file)) return "json";
  if (/\.ya?ml$/i.test(file)) return "yaml";
  return undefined;
}

/** Parse JSON or YAML text, keeping positions. Never throws on bad input. */
export function parseLocatedText(text: string, options: LocatedTextOptions = {}): LocatedText {
  expectString("parseLocatedText", "text", text);
  expectOptions("parseLocatedText", options, { file: "string", format: ["json", "yaml"] });
  const { file } = options;
  const format = options.format ?? formatOfFile(file) ?? (/^\s*[{[]/.test(text) ? "json" : "yaml");
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, {
    lineCounter,
    prettyErrors: false,
    uniqueKeys: true,
    schema: format === "json" ? "json" : "core",
  });
  const at = (offset: number): TextPosition => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  const fromYaml = (error: YAMLError, severity: Diagnostic["severity"]): Diagnostic => ({
    severity,
    code: error.code === "DUPLICATE_KEY" ? "duplicate-key" : "syntax-error",
    message: firstLine(error.message).toLowerCase(),
    ...(file !== undefined ? { file } : {}),
    ...at(error.pos[0]),
    value: JSON.stringify(text.slice(error.pos[0], Math.max(error.pos[1], error.pos[0] + 1))),
  });
  const diagnostics: Diagnostic[] = doc.errors.map((e) => fromYaml(e, "error"));
  diagnostics.push(...doc.warnings.map((e) => fromYaml(e, "warning")));
  // `__proto__` as a key would set an object's prototype rather than hold a value.
  visit(doc, {
    Pair(_, pair) {
      if (!isScalar(pair.key) || pair.key.value !== "__proto__") return;
      diagnostics.push({
        severity: "error",
        code: "reserved-key",
        message: 'the key "__proto__" is not allowed',
        ...(file !== undefined ? { file } : {}),
        ...at(pair.key.range?.[0] ?? 0),
        value: '"__proto__"',
      });
    },
  });
  let value: unknown;
  if (format === "json") {
    try {
      value = JSON.parse(text.replace(/^\uFEFF/, ""));
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const position = /at position (\d+)/.exec(message)?.[1];
      const located =
        position !== undefined ? at(Number(position)) : (diagnostics[0] ?? at(text.length));
      diagnostics.unshift({
        severity: "error",
        code: "syntax-error",
        message: `invalid json: ${firstLine(message)
          .replace(/ in JSON at position \d+.*$/, "")
          .toLowerCase()}`,
        ...(file !== undefined ? { file } : {}),
        line: located.line ?? 1,
        column: located.column ?? 1,
      });
      // The yaml reading of broken JSON may say more, but the first word belongs to JSON.parse.
      diagnostics.splice(1);
    }
  } else if (doc.errors.length === 0) {
    try {
      value = doc.toJS({ maxAliasCount: 100 });
    } catch (error) {
      // An alias to an anchor defined later, or too many aliases (a "billion laughs" document).
      const message = error instanceof Error ? error.message : String(error);
      diagnostics.push({
        severity: "error",
        code: "syntax-error",
        message: `invalid yaml: ${firstLine(message).toLowerCase()}`,
        ...(file !== undefined ? { file } : {}),
        line: 1,
        column: 1,
      });
    }
  }
  if (diagnostics.some((d) => d.severity === "error")) value = undefined;

  const locate: LocatedText["locate"] = (path, where = "value") => {
    let node: unknown = doc.contents;
    let keyNode: unknown;
    for (const segment of path) {
      let next: unknown;
      keyNode = undefined;
      if (isMap(node)) {
        const pair = node.items.find(
          (item) =>
            isPair(item) && isScalar(item.key) && String(item.key.value) === String(segment),
        );
        next = pair?.value;
        keyNode = pair?.key;
      } else if (isSeq(node) && typeof segment === "number") {
        next = node.items[segment];
      }
      if (next === undefined || next === null) {
        if (keyNode !== undefined) node = keyNode;
        break;
      }
      node = next;
    }
    const target = (where === "key" && keyNode !== undefined ? keyNode : node) as Node | undefined;
    const offset = target?.range?.[0];
    return offset === undefined ? undefined : at(offset);
  };
  return { value, format, ...(file !== undefined ? { file } : {}), diagnostics, locate };
}

/**
 * Add `file`, `line` and `column` to diagnostics that carry an object `path` but no position.
 * Diagnostics about a key that should not be there (`unknown-key`) point at the key.
 */
export function locateDiagnostics(
  diagnostics: readonly Diagnostic[],
  located: LocatedText,
): Diagnostic[] {
  expectArray("locateDiagnostics", "diagnostics", diagnostics);
  expectObject("locateDiagnostics", "located", located);
  return diagnostics.map((d) => {
    if (d.line !== undefined || d.path === undefined) {
      return located.file !== undefined && d.file === undefined ? { ...d, file: located.file } : d;
    }
    const position = located.locate(parsePath(d.path), d.code === "unknown-key" ? "key" : "value");
    return {
      ...d,
      ...(located.file !== undefined ? { file: located.file } : {}),
      ...(position ?? { line: 1, column: 1 }),
    };
  });
}

function firstLine(message: string): string {
  return (message.split("\n")[0] ?? message).replace(/ at line \d+, column \d+:?$/, "");
}
