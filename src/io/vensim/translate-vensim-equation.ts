/**
 * Translate one Vensim expression into stockflow equation text, for callers outside the reader
 * (tests, tools, the docs): every name is a variable with its canonical id, except the names
 * given as lookups and Vensim's clock names (`Time`, `TIME STEP`, …). No subscripts.
 */

import { expectString, expectStrings } from "../../diagnostics/check-argument.js";
import type { Diagnostic } from "../../diagnostics/diagnostic.js";
import { canonicalId } from "../../model/canonical.js";
import { lineLocator } from "./mdl-problem.js";
import { describe, parseVensimExpr, TokenCursor } from "./parse-vensim-expr.js";
import { printVensimExpr } from "./print-vensim-expr.js";
import { CLOCK_NAMES, vensimKey } from "./vensim-functions.js";
import { tokenizeVensim, VensimSyntaxError } from "./vensim-tokenize.js";

/** The stockflow text of a Vensim expression, or the diagnostic that stopped it. */
export function translateVensimEquation(
  text: string,
  lookups: readonly string[] = [],
): { text: string } | { diagnostic: Diagnostic } {
  expectString("translateVensimEquation", "text", text);
  expectStrings("translateVensimEquation", "lookups", lookups);
  const tables = new Set(lookups.map((l) => vensimKey(l)));
  try {
    const c = new TokenCursor(tokenizeVensim(text));
    const expr = parseVensimExpr(c);
    if (c.peek().kind !== "end") c.fail(`unexpected ${describe(c.peek())}`);
    const printed = printVensimExpr(expr, {
      variable: (name, called) => {
        const key = vensimKey(name);
        if (tables.has(key)) return { id: canonicalId(name), kind: "lookup" };
        return CLOCK_NAMES.has(key) || called
          ? undefined
          : { id: canonicalId(name), kind: "value" };
      },
      subscripts: (_id, subs) => {
        if (subs.length > 0)
          throw new VensimSyntaxError(
            "subscripts need the model's ranges",
            subs[0]!.start,
            "unsupported",
          );
        return "";
      },
      dimensionSize: () => undefined,
      lookupElement: (_id, subs) => {
        throw new VensimSyntaxError(
          "subscripts need the model's ranges",
          subs[0]?.start ?? 0,
          "unsupported",
        );
      },
      position: () => undefined,
      table: () => {
        throw new VensimSyntaxError("an inline table needs the model", 0, "unsupported");
      },
    });
    return { text: printed };
  } catch (error) {
    if (!(error instanceof VensimSyntaxError)) throw error;
    return {
      diagnostic: {
        severity: "error",
        code: error.code,
        message: error.message,
        ...lineLocator(text)(error.offset),
        value: text,
      },
    };
  }
}
