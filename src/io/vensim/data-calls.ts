/**
 * Vensim's data functions as written: an entry whose whole right-hand side is
 * `GET XLS|DIRECT DATA|CONSTANTS|LOOKUPS('file', 'tab', …)`, with the data keyword of its
 * left-hand side (`x[a]:HOLD BACKWARD::= …`). {@link parseDataCall} reads one; the values are
 * read later by `read-data-calls.ts`.
 */
import { type MdlLhs, parseMdlEntry } from "./parse-mdl-entry.js";
import { VensimSyntaxError } from "./vensim-tokenize.js";

/** What a data function reads. */
export type DataFunction = "data" | "constants" | "lookups";

/** How a data variable reads between its points (the keyword before `:=`). */
export type DataMode = "interpolate" | "raw" | "hold backward" | "look forward";

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
  let i = m[0].length;
  const args: DataArg[] = [];
  const skip = () => {
    while (i < text.length && /[\s]/.test(text[i]!)) i += 1;
    if (text.startsWith("\\", i) && /^\\[ \t]*\r?\n/.test(text.slice(i))) {
      i += 1;
      skip();
    }
  };
  skip();
  if (text[i] !== ")") {
    for (;;) {
      skip();
      if (text[i] !== "'") {
        throw new VensimSyntaxError(
          `${title} takes quoted arguments ('…'), found ${JSON.stringify(text.slice(i, i + 12))}`,
          i,
          "data-argument",
        );
      }
      const close = text.indexOf("'", i + 1);
      if (close < 0)
        throw new VensimSyntaxError("unterminated quoted argument", i, "data-argument");
      args.push({ text: text.slice(i + 1, close).replace(/\\[ \t]*\r?\n[ \t]*/g, ""), offset: i });
      i = close + 1;
      skip();
      if (text[i] === ",") {
        i += 1;
        continue;
      }
      break;
    }
  }
  if (text[i] !== ")") {
    throw new VensimSyntaxError(`expected ")" to close ${title}`, i, "vensim-syntax");
  }
  i += 1;
  skip();
  if (op === "(") {
    if (text[i] !== ")") throw new VensimSyntaxError('expected ")"', i, "vensim-syntax");
    i += 1;
    skip();
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
