/**
 * Translate one XMILE equation into stockflow equation text, for callers outside the reader
 * (tests, tools, the docs' examples): names map to ids as in the reader, and a problem comes
 * back as a diagnostic instead of an exception.
 */

import { expectOptions, expectString } from "../../diagnostics/check-argument.js";
import type { Diagnostic } from "../../diagnostics/diagnostic.js";
import { printExpr } from "../../expr/print-expr.js";
import type { Dimension } from "../../model/types.js";
import { parseXmileExpr, XmileExprError, type XmileExprScope } from "./parse-xmile-expr.js";
import { xmileNameToId } from "./xmile-names.js";
import { XmileSyntaxError } from "./xmile-tokenize.js";

/** Names of stand-alone graphical functions, and of all other variables, by id. */
export interface TranslateScope {
  readonly lookups?: readonly string[];
  readonly variables?: readonly string[];
  /** The model's dimensions, for subscripts. */
  readonly dimensions?: readonly Dimension[];
  /** Dimension ids of each arrayed variable, by id. */
  readonly arrays?: Readonly<Record<string, readonly string[]>>;
}

/** The stockflow text of an XMILE equation, or the diagnostic that stopped it. */
export function translateXmileEquation(
  text: string,
  names: TranslateScope = {},
): { text: string } | { diagnostic: Diagnostic } {
  expectString("translateXmileEquation", "text", text);
  expectOptions(
    "translateXmileEquation",
    names,
    { lookups: "array", variables: "array", dimensions: "array", arrays: "object" },
    "names",
  );
  const lookups = new Set(names.lookups ?? []);
  const values = new Set(names.variables ?? []);
  const scope: XmileExprScope = {
    resolve: xmileNameToId,
    kindOf: (id) => (lookups.has(id) ? "lookup" : values.has(id) ? "value" : undefined),
    dimsOf: (id) => names.arrays?.[id],
    dimensions: new Map((names.dimensions ?? []).map((d) => [d.id, d])),
  };
  try {
    return { text: printExpr(parseXmileExpr(text, scope)) };
  } catch (error) {
    if (!(error instanceof XmileSyntaxError)) throw error;
    return {
      diagnostic: {
        severity: "error",
        code: error instanceof XmileExprError ? error.code : "xmile-syntax",
        message: error.message,
        line: 1 + (text.slice(0, error.offset).match(/\n/g)?.length ?? 0),
        column: error.offset - text.lastIndexOf("\n", error.offset - 1),
        value: text,
      },
    };
  }
}
