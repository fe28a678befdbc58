/**
 * One diagnostic as one line of text, unchecked: what the error classes put in their messages.
 * The checked public form is `formatDiagnostic` (`diagnostic.ts`); this one stays free of the
 * argument checks, whose errors are built from it.
 */
import type { Diagnostic } from "./diagnostic.js";

/** `file:line:column: variable: message (hint)`. */
export function diagnosticLine(d: Diagnostic): string {
  const where = [d.file, d.line, d.column].filter((part) => part !== undefined).join(":");
  const prefix = [where, d.path, d.variable].filter((part) => part !== undefined && part !== "");
  const head = prefix.length > 0 ? `${prefix.join(": ")}: ` : "";
  const level = d.severity === "warning" ? "warning: " : "";
  return `${head}${level}${d.message}${d.hint ? ` (${d.hint})` : ""}`;
}
