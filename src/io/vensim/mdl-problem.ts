/**
 * A problem found while reading a `.mdl` file, located by an offset in the file; the reader
 * turns each into a {@link Diagnostic} with line and column.
 */
import type { Diagnostic } from "../../diagnostics/diagnostic.js";

/** A problem at an offset of the file text. */
export interface MdlProblem {
  readonly code: string;
  readonly message: string;
  readonly offset: number;
  readonly severity?: Diagnostic["severity"];
  readonly variable?: string;
  readonly value?: string;
  readonly hint?: string;
}

/** Offsets to 1-based lines and columns. */
export function lineLocator(text: string): (offset: number) => { line: number; column: number } {
  const starts = [0];
  for (let i = 0; i < text.length; i += 1) if (text[i] === "\n") starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo]! + 1 };
  };
}

/** The diagnostic of a problem. */
export function toDiagnostic(
  p: MdlProblem,
  locate: (offset: number) => { line: number; column: number },
  file: string | undefined,
): Diagnostic {
  return {
    severity: p.severity ?? "error",
    code: p.code,
    message: p.message,
    ...(p.variable !== undefined ? { variable: p.variable } : {}),
    ...(file !== undefined ? { file } : {}),
    ...locate(p.offset),
    ...(p.value !== undefined ? { value: p.value } : {}),
    ...(p.hint !== undefined ? { hint: p.hint } : {}),
  };
}
