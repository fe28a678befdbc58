/**
 * Tokens of XMILE expressions (XMILE 1.0 §3.3): numbers (`12`, `.72`, `1.5E-3`), names (plain,
 * with `.` module qualifiers, or quoted `"…"`), the keywords IF THEN ELSE AND OR NOT MOD in any
 * case, operators, and `{…}` comments, which are skipped.
 */

/** Kinds of token. */
export type XmileTokenKind = "number" | "name" | "quoted" | "keyword" | "op" | "end";

/** One token with its 0-based offset in the equation. */
export interface XmileToken {
  readonly kind: XmileTokenKind;
  /** The text: a keyword or operator in lower case, a quoted name without its quotes. */
  readonly text: string;
  readonly start: number;
}

/** A tokenizing failure at an offset. */
export class XmileSyntaxError extends Error {
  override name = "XmileSyntaxError";
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

const KEYWORDS = new Set(["if", "then", "else", "and", "or", "not", "mod"]);
const TWO_CHAR_OPS = new Set(["<=", ">=", "<>", "==", "!=", "&&", "||"]);
const ONE_CHAR_OPS = new Set([
  "+",
  "-",
  "*",
  "/",
  "^",
  "(",
  ")",
  ",",
  "<",
  ">",
  "=",
  "[",
  "]",
  ":",
  "@",
  "'",
]);

/** Split an XMILE expression into tokens, ending with an `end` token. */
export function tokenizeXmile(text: string): XmileToken[] {
  const tokens: XmileToken[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (/\s/.test(c)) {
      i += 1;
    } else if (c === "{") {
      const close = text.indexOf("}", i + 1);
      if (close < 0) throw new XmileSyntaxError("unterminated comment", i);
      i = close + 1;
    } else if (/[0-9.]/.test(c) && /^\.?[0-9]/.test(text.slice(i, i + 2))) {
      const m = /^(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?/.exec(text.slice(i))!;
      tokens.push({ kind: "number", text: m[0], start: i });
      i += m[0].length;
    } else if (c === '"') {
      let j = i + 1;
      let name = "";
      while (j < text.length && text[j] !== '"') {
        if (text[j] === "\\" && j + 1 < text.length) {
          name += text[j + 1] === "n" ? "\n" : text[j + 1];
          j += 2;
        } else {
          name += text[j];
          j += 1;
        }
      }
      if (j >= text.length) throw new XmileSyntaxError("unterminated quoted name", i);
      tokens.push({ kind: "quoted", text: name, start: i });
      i = j + 1;
    } else if (isNameStart(c) || (c === "." && isNameStart(text[i + 1] ?? ""))) {
      // A leading `.` names a variable of the root model (`.area`).
      let j = i + 1;
      while (j < text.length && (isNamePart(text[j]!) || isQualifier(text, j))) j += 1;
      const word = text.slice(i, j);
      const lower = word.toLowerCase();
      tokens.push(
        KEYWORDS.has(lower)
          ? { kind: "keyword", text: lower, start: i }
          : { kind: "name", text: word, start: i },
      );
      i = j;
    } else if (TWO_CHAR_OPS.has(text.slice(i, i + 2))) {
      tokens.push({ kind: "op", text: text.slice(i, i + 2), start: i });
      i += 2;
    } else if (ONE_CHAR_OPS.has(c)) {
      tokens.push({ kind: "op", text: c, start: i });
      i += 1;
    } else {
      throw new XmileSyntaxError(`unexpected character ${JSON.stringify(c)}`, i);
    }
  }
  tokens.push({ kind: "end", text: "", start: text.length });
  return tokens;
}

function isNameStart(c: string): boolean {
  return /[A-Za-z_$]/.test(c) || c.charCodeAt(0) > 0x7f;
}

function isNamePart(c: string): boolean {
  return /[A-Za-z0-9_$]/.test(c) || c.charCodeAt(0) > 0x7f;
}

/** A `.` inside a name qualifies it by a module (`sector.rate`) when a name follows. */
function isQualifier(text: string, j: number): boolean {
  return text[j] === "." && j + 1 < text.length && isNameStart(text[j + 1]!);
}
