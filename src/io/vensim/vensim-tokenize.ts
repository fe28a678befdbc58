/**
 * Tokens of Vensim `.mdl` equations: numbers (`12`, `.5`, `1e-3`), names (words joined by
 * single blanks or `_`: `Room Temperature`, `IF THEN ELSE`), quoted names (`"a \"b\""`), the
 * colon keywords (`:AND:`, `:OR:`, `:NOT:`, `:NA:`, `:EXCEPT:`, …) and operators. Blanks,
 * line continuations (`\` at the end of a line) and `{…}` comments are skipped. Offsets are
 * 0-based in the text given, so a caller can map them back to the file.
 */

/** Kinds of token. */
export type VensimTokenKind = "number" | "name" | "quoted" | "keyword" | "op" | "end";

/** One token with its offset. */
export interface VensimToken {
  readonly kind: VensimTokenKind;
  /** The text; keywords in lower case without colons (`and`), quoted names unquoted. */
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/** A failure to tokenize, at an offset. */
export class VensimSyntaxError extends Error {
  override name = "VensimSyntaxError";
  constructor(
    message: string,
    readonly offset: number,
    readonly code = "vensim-syntax",
  ) {
    super(message);
  }
}

const KEYWORDS = new Set([
  "and",
  "or",
  "not",
  "na",
  "except",
  "interpolate",
  "raw",
  "hold backward",
  "look forward",
  "test input",
  "the condition",
  "implies",
]);
const OPS = ["<->", ":=", "==", "<=", ">=", "<>", "->"];
const ONE = new Set([..."+-*/^()[],=<>!;:"]);

/**
 * The offset of the `}` that closes the `{` comment at `open`, counting nested `{ { } }`
 * pairs (Vensim lets a comment hold braces); -1 when it is not closed.
 */
export function commentEnd(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === "{") depth += 1;
    else if (text[i] === "}" && --depth === 0) return i;
  }
  return -1;
}

/** Split a Vensim equation into tokens, ending with an `end` token. */
export function tokenizeVensim(text: string): VensimToken[] {
  const tokens: VensimToken[] = [];
  const push = (kind: VensimTokenKind, t: string, start: number, end: number) =>
    tokens.push({ kind, text: t, start, end });
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (/\s/.test(c) || (c === "\\" && at(CONTINUATION, text, i) > 0)) {
      i += 1;
    } else if (c === "{") {
      const close = commentEnd(text, i);
      if (close < 0) throw new VensimSyntaxError("unterminated {comment}", i);
      i = close + 1;
    } else if (/[0-9]/.test(c) || (c === "." && /[0-9]/.test(text[i + 1] ?? ""))) {
      const length = at(NUMBER, text, i);
      push("number", text.slice(i, i + length), i, i + length);
      i += length;
    } else if (c === '"') {
      const start = i;
      let name = "";
      i += 1;
      while (i < text.length && text[i] !== '"') {
        if (text[i] === "\\" && i + 1 < text.length) i += 1;
        name += text[i];
        i += 1;
      }
      if (i >= text.length) throw new VensimSyntaxError("unterminated quoted name", start);
      i += 1;
      push("quoted", name, start, i);
    } else if (c === ":" && keywordAt(text, i) !== undefined) {
      const word = keywordAt(text, i)!;
      const end = text.indexOf(":", i + 1) + 1;
      push("keyword", word, i, end);
      i = end;
    } else if (isNameChar(c) && !/[0-9]/.test(c)) {
      const start = i;
      let end = i;
      while (i < text.length) {
        if (isNameChar(text[i]!)) {
          i += 1;
          end = i;
        } else {
          // Blanks (and line continuations) inside a name: go on only when a word follows.
          const j = i + at(BLANKS, text, i);
          if (j > i && j < text.length && isNameChar(text[j]!)) i = j;
          else break;
        }
      }
      const words = text.slice(start, end).replace(/\\[ \t]*\r?\n/g, " ");
      push("name", words.replace(/[\s_]+/g, " ").trim(), start, end);
      i = end;
    } else {
      const op = OPS.find((o) => text.startsWith(o, i));
      if (op !== undefined) {
        push("op", op, i, i + op.length);
        i += op.length;
      } else if (ONE.has(c)) {
        push("op", c, i, i + 1);
        i += 1;
      } else {
        throw new VensimSyntaxError(`unexpected character ${JSON.stringify(c)}`, i);
      }
    }
  }
  // The end sits right after the last token, so "expected )" points at the end of the equation.
  const last = tokens[tokens.length - 1]?.end ?? 0;
  push("end", "", last, last);
  return tokens;
}

const NUMBER = /(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?/y;
const CONTINUATION = /\\[ \t]*\r?\n/y;
const BLANKS = /(?:[ \t_]|\\[ \t]*\r?\n[ \t]*)+/y;

/** The length of the match of a sticky pattern at `i` (0 when none), without copying the text. */
function at(pattern: RegExp, text: string, i: number): number {
  pattern.lastIndex = i;
  return pattern.exec(text)?.[0].length ?? 0;
}

function isNameChar(c: string): boolean {
  return /[A-Za-z0-9_$'&%#.?@]/.test(c) || c.charCodeAt(0) > 0x7f;
}

/** The lower-case keyword of a `:WORD:` at `i`, when it is one. */
function keywordAt(text: string, i: number): string | undefined {
  const m = /^:([A-Za-z][A-Za-z ]*):/.exec(text.slice(i, i + 20));
  if (m === null) return undefined;
  const word = m[1]!.toLowerCase().replace(/\s+/g, " ").trim();
  return KEYWORDS.has(word) ? word : undefined;
}
