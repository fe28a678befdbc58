/**
 * Split the text of a Vensim `.mdl` file into its parts: the equation entries (`equation ~ units
 * ~ comment |`), the macros (`:MACRO: name(args)` … `:END OF MACRO:`), group headers
 * (`***` … `.Group` … `***`), and the sketch after `\\\---/// Sketch information`. Quoted names
 * may hold `~` and `|`; comments may hold quotes. Offsets are 0-based in the file, so every
 * later diagnostic can point at a line and column.
 */
import type { MdlProblem } from "./mdl-problem.js";
import { commentEnd } from "./vensim-tokenize.js";

/** One entry: the equation text (as in the file, continuations included) with its parts. */
export interface MdlEntry {
  readonly text: string;
  /** Offset of `text` in the file. */
  readonly offset: number;
  readonly units?: string;
  readonly comment?: string;
  /** The group (`.Control`) the entry belongs to. */
  readonly group?: string;
}

/** A macro definition: its name, its inputs and extra outputs (after `:`), and its entries. */
export interface MdlMacro {
  readonly name: string;
  readonly params: readonly string[];
  readonly outputs: readonly string[];
  readonly entries: readonly MdlEntry[];
  readonly offset: number;
}

/** The parts of a file. */
export interface MdlParts {
  readonly entries: readonly MdlEntry[];
  readonly macros: readonly MdlMacro[];
  /** The sketch section after the marker line, with its offset. */
  readonly sketch?: { readonly text: string; readonly offset: number };
  readonly problems: readonly MdlProblem[];
}

const SKETCH_MARKER = /\\{2,}---\/\/\//;

/** Split `text` into entries, macros and the sketch. */
export function splitMdl(text: string): MdlParts {
  const problems: MdlProblem[] = [];
  const marker = text.search(SKETCH_MARKER);
  const end = marker < 0 ? text.length : marker;
  const entries: MdlEntry[] = [];
  const macros: MdlMacro[] = [];
  let macro:
    | { name: string; params: string[]; outputs: string[]; entries: MdlEntry[]; offset: number }
    | undefined;
  let group: string | undefined;
  let i = 0;
  if (/^\s*\{UTF-8\}/i.test(text)) i = text.indexOf("}") + 1;
  while (i < end) {
    const rest = text.slice(i, Math.min(end, i + 200));
    const blank = /^\s*/.exec(rest)![0].length;
    if (blank > 0) {
      i += blank;
      continue;
    }
    if (/^:MACRO:/i.test(rest)) {
      const eol = lineEnd(text, i, end);
      const header = /^:MACRO:\s*(.+?)\s*\(([^)]*)\)/i.exec(text.slice(i, eol));
      if (header === null)
        problems.push({
          code: "vensim-syntax",
          message: "cannot read the macro header",
          offset: i,
          value: text.slice(i, eol),
        });
      else {
        const [inputs, outputs] = header[2]!.split(":");
        const names = (s: string | undefined) =>
          (s ?? "")
            .split(",")
            .map((p) => p.trim())
            .filter((p) => p !== "");
        macro = {
          name: header[1]!,
          params: names(inputs),
          outputs: names(outputs),
          entries: [],
          offset: i,
        };
      }
      i = eol;
      continue;
    }
    if (/^:END OF MACRO:/i.test(rest)) {
      if (macro !== undefined) macros.push(macro);
      else
        problems.push({
          code: "vensim-syntax",
          message: ":END OF MACRO: without :MACRO:",
          offset: i,
        });
      macro = undefined;
      i += ":END OF MACRO:".length;
      continue;
    }
    const entry = readEntry(text, i, end, problems);
    i = entry.next;
    if (/^\*/.test(entry.text)) {
      group = /^[\s*]*\.?([^*\r\n]*?)\s*[\r\n*]/.exec(`${entry.text}\n`)?.[1]?.trim() || undefined;
      continue;
    }
    if (entry.text.trim() === "") continue;
    const full: MdlEntry = {
      text: entry.text,
      offset: entry.offset,
      ...(entry.units ? { units: entry.units } : {}),
      ...(entry.comment ? { comment: entry.comment } : {}),
      ...(group !== undefined ? { group } : {}),
    };
    (macro?.entries ?? entries).push(full);
  }
  if (macro !== undefined) {
    problems.push({
      code: "vensim-syntax",
      message: `macro ${macro.name} has no :END OF MACRO:`,
      offset: macro.offset,
    });
  }
  return {
    entries,
    macros,
    ...(marker >= 0 ? { sketch: { text: text.slice(marker), offset: marker } } : {}),
    problems,
  };
}

function lineEnd(text: string, i: number, end: number): number {
  const eol = text.indexOf("\n", i);
  return eol < 0 || eol > end ? end : eol;
}

/** Read one entry from `start`: equation up to `~` (outside quotes), units, comment, `|`. */
function readEntry(text: string, start: number, end: number, problems: MdlProblem[]) {
  let i = start;
  let quoted = false;
  while (i < end) {
    const c = text[i]!;
    if (quoted) {
      if (c === "\\") i += 1;
      else if (c === '"') quoted = false;
    } else if (c === '"') quoted = true;
    else if (c === "{") {
      const close = commentEnd(text, i);
      if (close >= 0 && close < end) i = close;
    } else if (c === "~" || c === "|") break;
    i += 1;
  }
  const equation = text.slice(start, i);
  if (i >= end || text[i] === "|") {
    if (equation.trim() !== "" && !/^\s*\*/.test(equation)) {
      const code = i >= end ? "truncated" : "missing-tilde";
      const message =
        i >= end ? "file ends inside an equation (no closing |)" : "equation has no ~ before its |";
      problems.push({
        code,
        message,
        offset: i >= end ? start : i,
        value: equation.trim().slice(0, 80),
      });
    }
    return { text: equation, offset: start, next: Math.min(end, i + 1) };
  }
  const unitsStart = i + 1;
  let j = unitsStart;
  while (j < end && text[j] !== "~" && text[j] !== "|") j += 1;
  const units = cleanUnits(text.slice(unitsStart, j));
  let comment = "";
  if (text[j] === "~") {
    const k = text.indexOf("|", j + 1);
    const stop = k < 0 || k > end ? end : k;
    comment = text.slice(j + 1, stop).trim();
    j = stop;
  }
  if (j >= end) {
    problems.push({
      code: "truncated",
      message: "file ends inside an entry (no closing |)",
      offset: start,
      value: equation.trim().slice(0, 80),
    });
  }
  return { text: equation, offset: start, units, comment, next: Math.min(end, j + 1) };
}

/** Units without the range `[min, max]` and the `:SUPPLEMENTARY` style flags. */
function cleanUnits(units: string): string {
  return units
    .replace(/\[[^\]]*\]/g, "")
    .replace(/:[A-Z]+:?/gi, "")
    .replace(/\s+/g, " ")
    .trim();
}
