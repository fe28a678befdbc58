/**
 * Vensim's data functions as written: an entry whose whole right-hand side is
 * `GET XLS|DIRECT DATA|CONSTANTS|LOOKUPS('file', 'tab', …)`, with the data keyword of its
 * left-hand side (`x[a]:HOLD BACKWARD::= …`) ({@link parseDataCall}; the values are read later
 * by `read-data-calls.ts`), a range `name: GET XLS|DIRECT SUBSCRIPT(…)`
 * ({@link parseSubscriptCall}).
 */
import { type MdlLhs, parseMdlEntry } from "./parse-mdl-entry.js";
import type { DataMode } from "./vensim-ast.js";
import { VensimSyntaxError } from "./vensim-tokenize.js";

/** What a data function reads. */
export type DataFunction = "data" | "constants" | "lookups";

export type { DataMode } from "./vensim-ast.js";

/** One quoted argument with its offset in the entry text. */
export interface DataArg {
  readonly text: string;
  readonly offset: number;
}

/** A data function call that is the whole definition of a variable (or of some elements). */
export interface DataCall {
  readonly lhs: MdlLhs;
  readonly fn: DataFunction;
  /** `GET XLS DATA` and so on, for messages. */
  readonly title: string;
  readonly args: readonly DataArg[];
  readonly mode?: DataMode;
  /** Offset of `GET` in the entry text. */
  readonly start: number;
  /** The call as written, on one line. */
  readonly source: string;
}

const HEAD =
  /^([\s\S]*?)(?::\s*(INTERPOLATE|RAW|HOLD\s+BACKWARD|LOOK\s+FORWARD)\s*:)?\s*(:=|==|=|\()\s*(GET[\s_]+(XLS|DIRECT)[\s_]+(DATA|CONSTANTS|LOOKUPS))\s*\(/i;

/**
 * The data call of an entry's equation text, when its right-hand side is one; undefined when
 * the text has another form. Throws {@link VensimSyntaxError} when the call is malformed.
 */
export function parseDataCall(text: string): DataCall | undefined {
  const m = HEAD.exec(text);
  if (m === null) return undefined;
  const lhsText = m[1]!;
  // `x = IF THEN ELSE(c, GET …)`: the call is inside an expression, not the definition.
  if (/[=(]/.test(lhsText)) return undefined;
  const op = m[3]!;
  const title = m[4]!.replace(/[\s_]+/g, " ").toUpperCase();
  const getAt = m[0].lastIndexOf(m[4]!);
  const def = parseMdlEntry(`${lhsText} = 0`);
  if (def.kind !== "equation") return undefined;
  const { args, end } = quotedArgs(text, m[0].length, title);
  let i = skipBlanks(text, end);
  if (op === "(") {
    if (text[i] !== ")") throw new VensimSyntaxError('expected ")"', i, "vensim-syntax");
    i = skipBlanks(text, i + 1);
  }
  if (i < text.length) {
    throw new VensimSyntaxError(`unsupported: ${title} inside an expression`, getAt, "unsupported");
  }
  const fn = m[6]!.toLowerCase() as DataFunction;
  const mode = m[2]?.toLowerCase().replace(/\s+/g, " ") as DataMode | undefined;
  return {
    lhs: def.lhs,
    fn,
    title,
    args,
    ...(mode !== undefined ? { mode } : {}),
    start: getAt,
    source: `${title}(${args.map((a) => `'${a.text}'`).join(", ")})`,
  };
}

/** A subscript range read from a file: `name: GET XLS|DIRECT SUBSCRIPT(…) -> mappings`. */
export interface SubscriptCall {
  readonly name: string;
  readonly title: string;
  readonly args: readonly DataArg[];
  /** The text after `->`, when the range maps onto others. */
  readonly maps?: string;
  readonly start: number;
}

const SUBSCRIPT_HEAD =
  /^\s*("[^"]*"|[^:"=(]+?)\s*:\s*(GET[\s_]+(?:XLS|DIRECT)[\s_]+SUBSCRIPT)\s*\(/i;

/** The subscript call of an entry, when it is one. Throws {@link VensimSyntaxError} when malformed. */
export function parseSubscriptCall(text: string): SubscriptCall | undefined {
  const m = SUBSCRIPT_HEAD.exec(text);
  if (m === null) return undefined;
  const title = m[2]!.replace(/[\s_]+/g, " ").toUpperCase();
  const start = m[0].lastIndexOf(m[2]!);
  const { args, end } = quotedArgs(text, m[0].length, title);
  const rest = text.slice(skipBlanks(text, end));
  if (rest !== "" && !rest.startsWith("->")) {
    throw new VensimSyntaxError(`unexpected text after ${title}`, end, "vensim-syntax");
  }
  return {
    name: m[1]!.replace(/^"|"$/g, "").trim(),
    title,
    args,
    ...(rest !== "" ? { maps: rest.slice(2) } : {}),
    start,
  };
}

/** The quoted arguments from `i` (just after `(`) to the closing `)`; `end` is after it. */
function quotedArgs(text: string, from: number, title: string): { args: DataArg[]; end: number } {
  const args: DataArg[] = [];
  let i = skipBlanks(text, from);
  if (text[i] !== ")") {
    for (;;) {
      i = skipBlanks(text, i);
      if (text[i] !== "'") {
        throw new VensimSyntaxError(
          `${title} takes quoted arguments ('…'), found ${JSON.stringify(text.slice(i, i + 12))}`,
          i,
          "data-argument",
        );
      }
      const close = text.indexOf("'", i + 1);
      if (close < 0) {
        throw new VensimSyntaxError("unterminated quoted argument", i, "data-argument");
      }
      args.push({ text: text.slice(i + 1, close).replace(/\\[ \t]*\r?\n[ \t]*/g, ""), offset: i });
      i = skipBlanks(text, close + 1);
      if (text[i] !== ",") break;
      i += 1;
    }
  }
  if (text[i] !== ")") {
    throw new VensimSyntaxError(`expected ")" to close ${title}`, i, "vensim-syntax");
  }
  return { args, end: i + 1 };
}

/** The offset of the next text after blanks and line continuations. */
function skipBlanks(text: string, from: number): number {
  let i = from;
  for (;;) {
    if (i < text.length && /\s/.test(text[i]!)) i += 1;
    else if (/^\\[ \t]*\r?\n/.test(text.slice(i, i + 4))) i += 1;
    else return i;
  }
}
