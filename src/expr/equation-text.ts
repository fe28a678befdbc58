/**
 * The text of one equation as the parser sees it, and where an offset is in it.
 *
 * mathjs ends a statement at a newline outside brackets and knows no carriage return, while
 * stockflow equations (like Vensim's) may wrap anywhere. So before parsing, every whitespace
 * character becomes a space and every `#` comment is blanked to the end of its line. Each
 * replacement is one UTF-16 unit for one, so offsets in the cleaned text are offsets in the
 * original.
 */
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import type { Span } from "./types.js";

/** The text with comments blanked and all whitespace turned into spaces; same length. */
export function cleanEquationText(text: string): string {
  return text.replace(/#[^\n]*/g, (comment) => " ".repeat(comment.length)).replace(/\s/g, " ");
}

/** The 1-based line and column (in UTF-16 units) of a 0-based offset in `text`. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, offset));
  const lines = before.split("\n");
  return { line: lines.length, column: lines[lines.length - 1]!.length + 1 };
}

/** What an equation diagnostic says, before it is located. */
export interface Problem {
  readonly code: string;
  readonly message: string;
  readonly span: Span;
  readonly hint?: string | undefined;
  /** The offending text; defaults to the text under the span. */
  readonly value?: string | undefined;
}

/** An error diagnostic located at `problem.span` in the original equation text. */
export function locate(text: string, problem: Problem): Diagnostic {
  const { line, column } = lineColumn(text, problem.span.start);
  const value = problem.value ?? text.slice(problem.span.start, problem.span.end);
  return {
    severity: "error",
    code: problem.code,
    message: problem.message,
    line,
    column,
    value,
    ...(problem.hint === undefined ? {} : { hint: problem.hint }),
  };
}
