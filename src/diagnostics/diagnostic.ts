/**
 * Diagnostics: problems in a user's model come back as a list, each located and showing the
 * offending value, never as the first exception or a stack trace.
 */
import { expectObject } from "./check-argument.js";
import { diagnosticLine } from "./diagnostic-line.js";

/** One problem found in a model, scenario or data file. */
export interface Diagnostic {
  readonly severity: "error" | "warning";
  /** A stable, kebab-case code such as `unknown-name`, `algebraic-loop`, `wrong-arity`. */
  readonly code: string;
  /** Short, lower-case message that names the problem and shows the offending value. */
  readonly message: string;
  /** Canonical id of the variable concerned. */
  readonly variable?: string;
  readonly file?: string;
  /** 1-based line in the file (or in the equation text when there is no file). */
  readonly line?: number;
  /** 1-based column. */
  readonly column?: number;
  /** Element or object path, for structured formats (`variables[3].equation`). */
  readonly path?: string;
  /** The offending value as text. */
  readonly value?: string;
  /** A hint, for example a did-you-mean suggestion. */
  readonly hint?: string;
}

/** `file:line:column: variable: message (hint)` — one line, for terminals and logs. */
export function formatDiagnostic(d: Diagnostic): string {
  expectObject("formatDiagnostic", "d", d);
  return diagnosticLine(d);
}
