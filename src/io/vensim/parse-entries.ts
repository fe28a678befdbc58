/**
 * Parse the entries of a `.mdl` file (and of its macros) into variable definitions, subscript
 * ranges and equivalences. An entry defined by `GET XLS|DIRECT DATA|CONSTANTS|LOOKUPS(…)` is
 * set apart as a data call (read by `read-data-calls.ts`), a range `GET … SUBSCRIPT(…)` as a
 * subscript call (`read-subscript-calls.ts`); other data functions (`GET 123 …`, `GET DATA AT TIME`, a `GET …` inside an expression or a macro)
 * report `unsupported` with the function's name; reality checks are skipped with a warning;
 * syntax errors are located problems. The names of entries that could not be
 * read are kept, so that their uses add no further errors.
 */
import { canonicalId } from "../../model/canonical.js";
import { parseDataCall, parseSubscriptCall } from "./data-calls.js";
import type { VariableDefinition } from "./expand-macros.js";
import type { MdlProblem } from "./mdl-problem.js";
import { parseMdlEntry } from "./parse-mdl-entry.js";
import type { DataCallEntry } from "./read-data-calls.js";
import type { SubscriptCallEntry } from "./read-subscript-calls.js";
import type { MdlEntry } from "./split-mdl.js";
import type { RangeDefinition } from "./vensim-dimensions.js";
import { VensimSyntaxError } from "./vensim-tokenize.js";

// GET DATA BETWEEN TIMES is an ordinary call, read with the data given at run time.
const UNSUPPORTED_DATA =
  /\b(GET[\s_]+(?!DATA[\s_]+BETWEEN[\s_]+TIMES)(?:XLS|DIRECT|DATA|123|VDF)[A-Z _]*?)\s*\(/i;
const REALITY_CHECK = /:(?:THE CONDITION|TEST INPUT|IMPLIES):/i;

/** What the entries of a file define besides variables. */
export class MdlEntries {
  readonly ranges: RangeDefinition[] = [];
  readonly equivalences: { name: string; other: string }[] = [];
  /** Names whose entries could not be read, with the kind they seem to have. */
  readonly skipped = new Map<string, "value" | "lookup">();
  /** The entries defined by a data function, to be read with the data files. */
  readonly dataCalls: DataCallEntry[] = [];
  /** The subscript ranges read from files (`GET XLS SUBSCRIPT`), with their place among ranges. */
  readonly subscriptCalls: SubscriptCallEntry[] = [];

  constructor(private readonly problems: MdlProblem[]) {}

  /**
   * The variable definitions of `entries`; ranges, data calls (unless `dataCalls` is false, as
   * in macros) and problems are collected on the side.
   */
  parse(entries: readonly MdlEntry[], dataCalls = true): VariableDefinition[] {
    const out: VariableDefinition[] = [];
    for (const entry of entries) {
      const name = nameOf(entry.text);
      const at = { variable: canonicalId(name), value: firstLine(entry.text) };
      const data = UNSUPPORTED_DATA.exec(entry.text);
      if (data !== null && dataCalls && this.dataCall(name, entry)) {
        // Set apart: read with the data files.
      } else if (data !== null) {
        const fn = data[1]!.replace(/\s+/g, " ").toUpperCase();
        this.problems.push({
          code: "unsupported",
          message: `unsupported: ${fn}`,
          offset: entry.offset + data.index,
          ...at,
        });
        this.skip(name, entry.text);
      } else if (REALITY_CHECK.test(entry.text)) {
        this.problems.push({
          code: "reality-check",
          message: "reality checks are ignored",
          offset: entry.offset,
          severity: "warning",
          ...at,
        });
      } else {
        try {
          const def = parseMdlEntry(entry.text);
          if (def.kind === "range") this.ranges.push(def);
          else if (def.kind === "equivalence") this.equivalences.push(def);
          else out.push({ name: def.lhs.name, def, entry });
        } catch (error) {
          if (!(error instanceof VensimSyntaxError)) throw error;
          this.problems.push({
            code: error.code,
            message: error.message,
            offset: entry.offset + error.offset,
            ...at,
          });
          this.skip(name, entry.text);
        }
      }
    }
    return out;
  }

  /** Set a data call apart; false when the entry is no data call (or reported a problem). */
  private dataCall(name: string, entry: MdlEntry): boolean {
    try {
      const range = parseSubscriptCall(entry.text);
      if (range !== undefined) {
        this.subscriptCalls.push({ call: range, entry, index: this.ranges.length });
        return true;
      }
      const call = parseDataCall(entry.text);
      if (call === undefined) return false;
      this.dataCalls.push({ name: call.lhs.name, call, entry });
      return true;
    } catch (error) {
      if (!(error instanceof VensimSyntaxError)) throw error;
      if (error.code === "unsupported") return false;
      this.problems.push({
        code: error.code,
        message: error.message,
        offset: entry.offset + error.offset,
        variable: canonicalId(name),
        value: firstLine(entry.text),
      });
      this.skip(name, entry.text);
      return true;
    }
  }

  private skip(name: string, text: string): void {
    const lookup =
      /LOOKUPS\s*\(/i.test(text) || /^\s*("[^"]*"|[^=(:]*?)\s*(\[[^\]]*\]\s*)?\(/.test(text);
    if (name !== "") this.skipped.set(name, lookup ? "lookup" : "value");
  }
}

/** The name an entry defines, as written (quotes removed), before it is parsed. */
function nameOf(text: string): string {
  const head = /^\s*("(?:[^"\\]|\\.)*"|[^=([:~|]*)/.exec(text)?.[1] ?? "";
  return head.trim().replace(/^"|"$/g, "");
}

/** The first line of an entry, shortened, as a diagnostic's `value`. */
export function firstLine(text: string): string {
  const line = text.trim().split(/\r?\n/)[0] ?? "";
  return line.length > 80 ? `${line.slice(0, 77)}...` : line;
}
