/**
 * A cursor over cleaned equation text that re-reads the tokens of a mathjs tree in source order,
 * to recover the positions mathjs does not keep. mathjs has already accepted the text, so each
 * read only has to find how long the next token is; a mismatch means the translator and mathjs
 * disagree, which is reported as an internal error rather than a wrong position.
 */
import type { Span } from "./types.js";

/** Thrown when the text does not hold the token the tree says comes next. */
export class CursorMismatch extends Error {
  override name = "CursorMismatch";
}

// mathjs letters: Latin, Greek and letter-like characters, `_`, `$`, and math alphanumerics.
const LETTER = "[a-zA-Z_$\\u00C0-\\u02AF\\u0370-\\u03FF\\u2100-\\u214F]|\\uD835[\\uDC00-\\uDFFF]";
const IDENTIFIER = new RegExp(`(?:${LETTER})(?:${LETTER}|[0-9])*`, "y");
// mathjs number tokens: radix literals (`0x1F`, digits and letters alike) and decimals.
const NUMBER = new RegExp(
  `0[box](?:${LETTER}|[0-9])*(?:\\.(?:${LETTER}|[0-9])*)?|(?:\\d+(?:\\.(?![*/^]))?\\d*|\\.\\d+)(?:[eE][+-]?\\d+)?`,
  "y",
);
const CLOSING: Readonly<Record<string, string>> = { "(": ")", "[": "]", "{": "}" };

/** Reads tokens from `text` (already cleaned: only spaces as whitespace). */
export class TextCursor {
  pos = 0;
  constructor(readonly text: string) {}

  /** Skips spaces and returns the offset of the next token. */
  skip(): number {
    while (this.text[this.pos] === " ") this.pos++;
    return this.pos;
  }

  /** True when `token` comes next (after spaces). */
  at(token: string): boolean {
    return this.text.startsWith(token, this.skip());
  }

  /** Reads `token`, which must come next, and returns its span. */
  expect(token: string): Span {
    const start = this.skip();
    if (!this.text.startsWith(token, start)) {
      throw new CursorMismatch(`expected ${JSON.stringify(token)} at ${start}`);
    }
    this.pos = start + token.length;
    return { start, end: this.pos };
  }

  /** Reads a number, an identifier or a quoted string, whichever comes next. */
  literal(): Span {
    const start = this.skip();
    const quote = this.text[start];
    if (quote === '"' || quote === "'") return this.quoted(start, quote);
    for (const pattern of [NUMBER, IDENTIFIER]) {
      pattern.lastIndex = start;
      const match = pattern.exec(this.text);
      if (match !== null && match[0].length > 0) {
        this.pos = start + match[0].length;
        return { start, end: this.pos };
      }
    }
    throw new CursorMismatch(`expected a literal at ${start}`);
  }

  /** Reads a bracketed group `(…)`, `[…]` or `{…}` with everything nested in it. */
  group(): Span {
    const start = this.skip();
    if (!Object.hasOwn(CLOSING, this.text[start] ?? "")) {
      throw new CursorMismatch(`expected a group at ${start}`);
    }
    const stack: string[] = [];
    let i = start;
    while (i < this.text.length) {
      const c = this.text[i]!;
      if (c === '"' || c === "'") {
        i = this.quoted(i, c).end;
        continue;
      }
      const closing = CLOSING[c];
      if (Object.hasOwn(CLOSING, c) && closing !== undefined) stack.push(closing);
      else if (c === stack[stack.length - 1]) stack.pop();
      i++;
      if (stack.length === 0) break;
    }
    if (stack.length > 0) throw new CursorMismatch(`expected a group at ${start}`);
    this.pos = i;
    return { start, end: i };
  }

  private quoted(start: number, quote: string): Span {
    let i = start + 1;
    while (i < this.text.length && this.text[i] !== quote) i += this.text[i] === "\\" ? 2 : 1;
    if (i >= this.text.length) throw new CursorMismatch(`unterminated string at ${start}`);
    this.pos = i + 1;
    return { start, end: this.pos };
  }
}
