/**
 * `parseEquation`: equation text in, our {@link Expr} and located diagnostics out. This is the
 * parse stage of the pipeline: mathjs reads the text (see `mathjs-instance.ts`), `to-expr.ts`
 * translates the tree and resolves names, and every problem comes back as a diagnostic with a
 * 1-based line and column in the equation text and the offending text as `value`. Nothing in
 * the text is ever executed, and no exception escapes: whatever the text, the result is a tree
 * or a list of diagnostics.
 */

import { expectOptions, expectString } from "../diagnostics/check-argument.js";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import type { EquationScope } from "./equation-scope.js";
import { cleanEquationText, locate, type Problem } from "./equation-text.js";
import { mathParse } from "./mathjs-instance.js";
import { CursorMismatch } from "./text-cursor.js";
import { toExpr } from "./to-expr.js";
import type { Expr } from "./types.js";

export type { EquationScope } from "./equation-scope.js";

/** The result of {@link parseEquation}: `expr` is undefined exactly when there is an error. */
export interface ParsedEquation {
  readonly expr: Expr | undefined;
  readonly diagnostics: Diagnostic[];
}

// Hints for habits from other tools that mathjs rejects with a bare syntax error.
const SYNTAX_HINTS: readonly (readonly [RegExp, string])[] = [
  [/<>/, "for not equal write !="],
  [/&&/, "for and write `and`"],
  [/\|\|/, "for or write `or`"],
  [/(^|[^=!<>])=($|[^=])/, "for equal write =="],
  [/:=/, "an equation holds only the right-hand side"],
  [/[`\\]/, "equations hold no strings or escapes"],
];

/**
 * Parse one equation. Names resolve in `scope` (see `docs/equations.md`): without a scope every
 * name that is not a builtin without arguments becomes a `ref`, and every call that is not a
 * builtin a `lookup`.
 *
 * @example
 * parseEquation("Births - deaths", { kindOf: () => "value" }).expr
 * // { kind: "binary", op: "-", left: { kind: "ref", id: "births", … }, … }
 */
export function parseEquation(text: string, scope?: EquationScope): ParsedEquation {
  expectString("parseEquation", "text", text);
  expectOptions(
    "parseEquation",
    scope,
    { kindOf: "function", names: "array", subscriptKind: "function" },
    "scope",
  );
  const problems = parseProblems(text, scope);
  if ("expr" in problems) return { expr: problems.expr, diagnostics: [] };
  return { expr: undefined, diagnostics: problems.list.map((p) => locate(text, p)) };
}

function parseProblems(
  text: string,
  scope: EquationScope | undefined,
): { expr: Expr } | { list: Problem[] } {
  if (typeof text !== "string") {
    const value = String(text);
    return { list: [{ code: "syntax", message: "equation is not text", span: at(0), value }] };
  }
  const clean = cleanEquationText(text);
  if (/^[\s;]*$/.test(clean)) {
    return { list: [{ code: "empty-equation", message: "empty equation", span: at(0) }] };
  }
  let parsed: ReturnType<typeof mathParse>;
  try {
    parsed = mathParse(clean);
  } catch (error) {
    return { list: [syntaxProblem(error, clean)] };
  }
  if (parsed.percentage) {
    const span = at(Math.max(0, clean.indexOf("%")), 1);
    const hint = "write x / 100; `%` is the remainder only between two operands";
    return {
      list: [{ code: "unsupported-syntax", message: "unsupported: percentage", span, hint }],
    };
  }
  try {
    const { expr, problems } = toExpr(parsed.node, clean, scope);
    return expr === undefined ? { list: problems } : { expr };
  } catch (error) {
    return { list: [translationProblem(error)] };
  }
}

const at = (offset: number, length = 0) => ({ start: offset, end: offset + length });
const TOO_DEEP: Problem = { code: "syntax", message: "equation nested too deeply", span: at(0) };

/** The problem a mathjs parse error stands for, located at its `char` when it has one. */
function syntaxProblem(error: unknown, clean: string): Problem {
  if (error instanceof RangeError) return TOO_DEEP;
  const char = (error as { char?: unknown } | null)?.char;
  const offset = typeof char === "number" && char >= 1 ? Math.min(char - 1, clean.length) : 0;
  const token = /^(?:[A-Za-z_$][\w$]*|\d[\w.]*|\S)/.exec(clean.slice(offset))?.[0] ?? "";
  const reason = (error instanceof Error ? error.message : String(error)).replace(
    /\s*\(char \d+\)$/,
    "",
  );
  const message = `syntax error: ${reason.charAt(0).toLowerCase()}${reason.slice(1)}`;
  const hint = SYNTAX_HINTS.find(([pattern]) => pattern.test(clean))?.[1];
  return { code: "syntax", message, span: at(offset, token.length), hint };
}

/** The problem an error while translating a parsed tree stands for: a bug, unless too deep. */
function translationProblem(error: unknown): Problem {
  if (error instanceof RangeError) return TOO_DEEP;
  const detail = error instanceof CursorMismatch ? `: ${error.message}` : "";
  const message = `the parser could not read this equation${detail}`;
  return { code: "internal", message, span: at(0) };
}
