/**
 * Line and column of an object path (`links[3].polarity`) in JSON or YAML text. JSON is YAML, so
 * one parse with the `yaml` package and its `LineCounter` serves both formats.
 */
import { isMap, isNode, isPair, isScalar, isSeq, LineCounter, parseDocument } from "yaml";
import type { Diagnostic } from "../../diagnostics/diagnostic.js";

/** A 1-based position. */
export interface TextPosition {
  readonly line: number;
  readonly column: number;
}

/** Finds positions of object paths in one text. */
export interface YamlLocator {
  /** The position of the deepest node along `path`; for a missing key, the object that lacks it. */
  locate(path: readonly PropertyKey[]): TextPosition | undefined;
}

/** A locator over `text`, or one that finds nothing when the text does not parse. */
export function yamlLocator(text: string): YamlLocator {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, keepSourceTokens: false });
  const at = (offset: number): TextPosition => {
    const { line, col } = counter.linePos(offset);
    return { line, column: col };
  };
  return {
    locate(path) {
      let node: unknown = doc.contents;
      let found: TextPosition | undefined =
        isNode(node) && node.range ? at(node.range[0]) : undefined;
      for (const step of path) {
        let next: unknown;
        let keyNode: unknown;
        if (isMap(node)) {
          const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === step);
          keyNode = pair?.key;
          next = pair?.value;
        } else if (isSeq(node) && typeof step === "number") {
          next = node.items[step];
        }
        const target = next ?? keyNode;
        if (!isNode(target) || !target.range) break;
        found = at(target.range[0]);
        if (next === undefined) break;
        node = next;
      }
      return found;
    },
  };
}

/** Print an object path the way diagnostics show it: `links[3].polarity`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const step of path) {
    if (typeof step === "number") out += `[${step}]`;
    else out += out === "" ? String(step) : `.${String(step)}`;
  }
  return out;
}

/** A diagnostic that still carries its object path as steps, before it is located. */
export type PathDiagnostic = Diagnostic & { readonly steps?: readonly PropertyKey[] };

/** The diagnostics with line and column filled in from `text` where they have a path. */
export function locateDiagnostics(
  diagnostics: readonly PathDiagnostic[],
  text: string | undefined,
): Diagnostic[] {
  const locator = text === undefined ? undefined : yamlLocator(text);
  return diagnostics.map(({ steps, ...d }) => {
    const position = steps && locator && d.line === undefined ? locator.locate(steps) : undefined;
    return position ? { ...d, line: position.line, column: position.column } : d;
  });
}
