/**
 * Read the equation part of one `.mdl` entry (the text before its first `~`) into a
 * {@link MdlDefinition}: an equation `lhs = rhs` (also `==` and the data form `:=`), a lookup
 * definition `name( … )`, a data variable (a bare name), a subscript range `dim: a, b -> map`
 * or an equivalence `dim <-> other`. Throws {@link VensimSyntaxError} with an offset.
 */

import { limitProblem } from "../../diagnostics/limits.js";
import {
  describe,
  parseSubscripts,
  parseTableBody,
  parseVensimExpr,
  signed,
  TokenCursor,
} from "./parse-vensim-expr.js";
import type { DataMode, VensimExpr, VensimSubscript, VensimTable } from "./vensim-ast.js";
import { vensimKey } from "./vensim-functions.js";
import { tokenizeVensim, type VensimToken } from "./vensim-tokenize.js";

/** The left-hand side of an equation. */
export interface MdlLhs {
  readonly name: string;
  readonly subscripts: readonly VensimSubscript[];
  /** `:EXCEPT:` lists, each a list of subscripts in the order of `subscripts`. */
  readonly except: readonly (readonly VensimSubscript[])[];
  readonly start: number;
}

/** One element of a subscript range as written: a name, or a numbered sequence `(a1-a9)`. */
export interface MdlRangeMapping {
  readonly to: string;
  readonly elements?: readonly string[];
}

/** What one entry defines. */
export type MdlDefinition =
  | {
      readonly kind: "equation";
      readonly lhs: MdlLhs;
      readonly op: "=" | "==" | ":=";
      readonly rhs: VensimExpr;
    }
  | { readonly kind: "lookup"; readonly lhs: MdlLhs; readonly table: VensimTable }
  | {
      readonly kind: "data";
      readonly lhs: MdlLhs;
      /** How values between the data points are read (`:RAW:`, …); absent: interpolate. */
      readonly mode?: DataMode;
    }
  | {
      readonly kind: "range";
      readonly name: string;
      readonly start: number;
      readonly elements: readonly string[];
      readonly maps: readonly MdlRangeMapping[];
    }
  | {
      readonly kind: "equivalence";
      readonly name: string;
      readonly other: string;
      readonly start: number;
    };

/** The keywords after a data variable's name (`x :RAW:`), by the tokenizer's lower-case text. */
const DATA_MODES: ReadonlyMap<string, DataMode> = new Map([
  ["interpolate", "interpolate"],
  ["raw", "raw"],
  ["hold backward", "hold backward"],
  ["look forward", "look forward"],
]);

/** Parse the equation text of one entry. */
export function parseMdlEntry(text: string): MdlDefinition {
  const c = new TokenCursor(tokenizeVensim(text));
  const head = c.next();
  if (head.kind !== "name" && head.kind !== "quoted")
    c.fail(`expected a variable name, found ${describe(head)}`, head);
  if (c.is(":") || c.is("<->")) return range(c, head);
  const lhs = parseLhs(c, head);
  const t = c.next();
  let def: MdlDefinition;
  if (t.kind === "end") return { kind: "data", lhs };
  const mode = t.kind === "keyword" ? DATA_MODES.get(t.text) : undefined;
  if (mode !== undefined && c.peek().kind === "end") return { kind: "data", lhs, mode };
  if (t.kind === "op" && t.text === "(") {
    const table = parseTableBody(c);
    c.expect(")");
    def = { kind: "lookup", lhs, table };
  } else if (t.kind === "op" && (t.text === "=" || t.text === "==" || t.text === ":=")) {
    const rhs = tabbedArray(c, text) ?? numbers(c) ?? parseVensimExpr(c);
    def = { kind: "equation", lhs, op: t.text, rhs };
  } else {
    return c.fail(`expected "=" after ${head.text}, found ${describe(t)}`, t);
  }
  if (c.peek().kind !== "end") c.fail(`unexpected ${describe(c.peek())}`);
  return def;
}

function parseLhs(c: TokenCursor, head: VensimToken): MdlLhs {
  const subscripts = c.is("[") ? parseSubscripts(c) : [];
  const except: VensimSubscript[][] = [];
  if (c.is("except")) {
    c.next();
    do except.push(parseSubscripts(c));
    while (c.is(",") && c.next());
  }
  return { name: head.text, subscripts, except, start: head.start };
}

/**
 * `TABBED ARRAY( … )`: numbers as pasted from a spreadsheet, separated by blanks or tabs, each
 * line of the text a row (Vensim's reference, "TABBED ARRAY"). `text` is the entry's text, for
 * the line breaks.
 */
function tabbedArray(c: TokenCursor, text: string): VensimExpr | undefined {
  const head = c.peek();
  if (head.kind !== "name" || vensimKey(head.text) !== "tabbed array" || !c.is("(", 1)) {
    return undefined;
  }
  c.next();
  c.next();
  const start = c.peek().start;
  const rows: number[][] = [[]];
  let previous: number | undefined;
  while (!c.is(")")) {
    if (c.peek().kind === "end") c.fail("TABBED ARRAY without its closing parenthesis");
    const at = c.peek().start;
    if (previous !== undefined && text.slice(previous, at).includes("\n")) rows.push([]);
    rows[rows.length - 1]!.push(signed(c));
    if (c.is(",")) c.next();
    previous = at;
  }
  c.next();
  if (rows[0]!.length === 0) c.fail("TABBED ARRAY without numbers", head);
  return { kind: "numbers", rows, start };
}

/** A tabbed array: numbers separated by `,` with rows ended by `;`, when that is all there is. */
function numbers(c: TokenCursor): VensimExpr | undefined {
  const save = c.pos;
  const start = c.peek().start;
  const rows: number[][] = [[]];
  let count = 0;
  try {
    for (;;) {
      rows[rows.length - 1]!.push(signed(c));
      count += 1;
      if (c.is(",")) c.next();
      else if (c.is(";")) {
        c.next();
        if (c.peek().kind === "end") break;
        rows.push([]);
      } else break;
    }
  } catch {
    c.pos = save;
    return undefined;
  }
  if (c.peek().kind !== "end" || count < 2) {
    c.pos = save;
    return undefined;
  }
  return { kind: "numbers", rows, start };
}

/** `dim: a, b, (c1-c3) -> other` or `dim <-> other`. */
function range(c: TokenCursor, head: VensimToken): MdlDefinition {
  if (c.next().text === "<->") {
    const other = c.next();
    if (other.kind !== "name" && other.kind !== "quoted")
      c.fail("expected a subscript range name", other);
    return { kind: "equivalence", name: head.text, other: other.text, start: head.start };
  }
  const elements: string[] = [];
  if (c.peek().kind === "name" && c.is("(", 1)) {
    c.fail(`unsupported: ${c.peek().text.toUpperCase()}`);
  }
  do for (const e of rangeElement(c, elements.length)) elements.push(e);
  while (c.is(",") && c.next());
  const maps: MdlRangeMapping[] = [];
  if (c.is("->")) {
    c.next();
    do maps.push(mapping(c));
    while (c.is(",") && c.next());
  }
  if (c.peek().kind !== "end") c.fail(`unexpected ${describe(c.peek())}`);
  return { kind: "range", name: head.text, start: head.start, elements, maps };
}

/** One element, or the elements of a sequence `(a1-a9)`; `before` elements precede it. */
function rangeElement(c: TokenCursor, before: number): string[] {
  if (!c.is("(")) return [elementName(c)];
  const open = c.next();
  const first = elementName(c);
  c.expect("-");
  const last = elementName(c);
  c.expect(")");
  const a = /^(.*?)(\d+)$/.exec(first);
  const b = /^(.*?)(\d+)$/.exec(last);
  if (a === null || b === null || a[1] !== b[1] || Number(a[2]) > Number(b[2])) {
    c.fail(`cannot read the sequence (${first}-${last})`, open);
  }
  const tooMany = limitProblem("arrayElements", before + Number(b![2]) - Number(a![2]) + 1);
  if (tooMany !== undefined) c.fail(`the sequence (${first}-${last}): ${tooMany}`, open);
  const out: string[] = [];
  for (let i = Number(a![2]); i <= Number(b![2]); i += 1) out.push(`${a![1]}${i}`);
  return out;
}

function elementName(c: TokenCursor): string {
  const t = c.next();
  if (t.kind !== "name" && t.kind !== "quoted" && t.kind !== "number") {
    c.fail(`expected a subscript element, found ${describe(t)}`, t);
  }
  return t.text;
}

function mapping(c: TokenCursor): MdlRangeMapping {
  if (!c.is("(")) return { to: elementName(c) };
  c.next();
  const to = elementName(c);
  c.expect(":");
  const elements: string[] = [];
  do for (const e of rangeElement(c, elements.length)) elements.push(e);
  while (c.is(",") && c.next());
  c.expect(")");
  return { to, elements };
}
