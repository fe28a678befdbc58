/**
 * The protocol between the translator (`to-expr.ts`) and the walkers of particular constructs
 * (`walk-subscripts.ts`, `walk-unsupported.ts`): walk a node, read tokens, report problems, and
 * walk quietly inside a construct that is already reported.
 */
import type { EquationScope } from "./equation-scope.js";
import type { Problem } from "./equation-text.js";
import type { MathNode } from "./mathjs-instance.js";
import type { TextCursor } from "./text-cursor.js";
import type { Expr, Span } from "./types.js";

/** A translated node and the text it covers, parentheses included. */
export interface Piece {
  readonly expr: Expr | undefined;
  readonly start: number;
  readonly end: number;
}

/** What a construct walker can ask of the translator. */
export interface Walker {
  readonly cursor: TextCursor;
  /** The cleaned equation text. */
  readonly text: string;
  readonly scope: EquationScope | undefined;
  /** True while walking inside a construct that is already reported. */
  readonly isQuiet: boolean;
  walk(node: MathNode): Piece;
  /** Reports a problem, unless walking quietly. */
  report(problem: Problem): void;
  /** Reports `unsupported: construct` at `span` and returns a piece without an expression. */
  unsupported(span: Span, construct: string, hint?: string): Piece;
  /** Runs `f` with problems silenced. */
  quietly<T>(f: () => T): T;
}
