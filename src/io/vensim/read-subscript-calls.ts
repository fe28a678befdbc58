/**
 * Subscript ranges read from a file: `name: GET XLS|DIRECT SUBSCRIPT('file', 'tab', 'first',
 * 'last', 'prefix')`. The elements are the cells from `first` to `last`, read across and then
 * down, empty cells skipped, each the prefix followed by the cell's text (a number as written
 * by JavaScript: `1`, `2.5`). With `last` blank (`''`), the cells are read to the right of
 * `first` up to the first empty one, or down the column when the row holds `first` alone;
 * with `last` a column alone (`'A'`) down that column, a row alone (`'2'`) across that row.
 */
import { limitProblem } from "../../diagnostics/limits.js";
import { canonicalId } from "../../model/canonical.js";
import type { SubscriptCall } from "./data-calls.js";
import type { DataFiles } from "./data-files.js";
import { DataPlaces, DataProblem } from "./data-places.js";
import type { CellValue, DataSheet } from "./data-workbook.js";
import type { MdlProblem } from "./mdl-problem.js";
import { type MdlRangeMapping, parseMdlEntry } from "./parse-mdl-entry.js";
import type { MdlEntry } from "./split-mdl.js";
import type { RangeDefinition } from "./vensim-dimensions.js";
import { VensimSyntaxError } from "./vensim-tokenize.js";

/** A subscript call with its entry and its place among the file's ranges. */
export interface SubscriptCallEntry {
  readonly call: SubscriptCall;
  readonly entry: MdlEntry;
  /** How many ranges the file defines before it. */
  readonly index: number;
}

/**
 * The ranges of `written` with those the calls read put in their places; problems go to
 * `problems` (a range that cannot be read is left out).
 */
export function withSubscriptCalls(
  written: readonly RangeDefinition[],
  calls: readonly SubscriptCallEntry[],
  files: DataFiles,
  problems: MdlProblem[],
): RangeDefinition[] {
  const out = [...written];
  for (const c of [...calls].reverse()) {
    try {
      const elements = readElements(c.call, files);
      out.splice(c.index, 0, { name: c.call.name, elements, maps: maps(c.call) });
    } catch (error) {
      if (!(error instanceof DataProblem) && !(error instanceof VensimSyntaxError)) throw error;
      const data = error instanceof DataProblem ? error : undefined;
      problems.push({
        code: error.code,
        message: error.message,
        offset: c.entry.offset + (data?.offset ?? c.call.start),
        variable: canonicalId(c.call.name),
        value: data?.value ?? c.call.title,
      });
    }
  }
  return out;
}

function maps(call: SubscriptCall): readonly MdlRangeMapping[] {
  if (call.maps === undefined) return [];
  const def = parseMdlEntry(`x: x -> ${call.maps}`);
  return def.kind === "range" ? def.maps : [];
}

function readElements(call: SubscriptCall, files: DataFiles): string[] {
  const [file, tab, first, last, prefix] = call.args;
  if (call.args.length < 4 || call.args.length > 5) {
    throw new DataProblem(
      `${call.title} takes 4 or 5 arguments, got ${call.args.length}`,
      call.start,
      "wrong-arity",
    );
  }
  const places = new DataPlaces(files.resolve(file!.text), tab!, () =>
    files.open(file!.text, tab!.text, file!.offset),
  );
  const start = places.place(first!.text, first!.offset);
  const sheet = start.sheet;
  const name = (v: CellValue) => `${prefix?.text ?? ""}${String(v)}`;
  const out: string[] = [];
  const open = last!.text.trim();
  if (/^[A-Za-z]{1,3}$/.test(open) || /^\d+$/.test(open)) {
    // An open-ended last cell: a column alone reads down it, a row alone across it, each up
    // to the first empty cell.
    const down = /^[A-Za-z]+$/.test(open);
    out.push(...run(sheet, start.top, start.left, down ? 1 : 0, down ? 0 : 1).map(name));
  } else if (open !== "" || start.range !== undefined) {
    const end =
      last!.text.trim() !== ""
        ? places.place(last!.text, last!.offset)
        : { top: start.range!.bottom, left: start.range!.right };
    // Cells past the sheet's end are blank: scan only to it, and never more than the limit.
    const bottom = Math.min(end.top, sheet.rows - 1);
    const right = Math.min(end.left, sheet.cols - 1);
    const tooMany = limitProblem(
      "cells",
      Math.max(0, bottom - start.top + 1) * Math.max(0, right - start.left + 1),
    );
    if (tooMany !== undefined) {
      throw new DataProblem(`${call.title}: ${tooMany}`, last!.offset, "data-limit", last!.text);
    }
    for (let r = start.top; r <= bottom; r += 1) {
      for (let c = start.left; c <= right; c += 1) {
        const v = sheet.at(r, c);
        if (v !== undefined) out.push(name(v));
      }
    }
  } else {
    const across = run(sheet, start.top, start.left, 0, 1);
    const cells = across.length > 1 ? across : run(sheet, start.top, start.left, 1, 0);
    for (const cell of cells) out.push(name(cell));
  }
  if (out.length === 0) {
    throw new DataProblem(
      `no subscript elements in the cells from ${first!.text}`,
      first!.offset,
      "data-cell",
      first!.text,
    );
  }
  return out;
}

/** The cells from (row, col) on, stepping by (dr, dc), up to the first empty one. */
function run(sheet: DataSheet, row: number, col: number, dr: number, dc: number): CellValue[] {
  const out: CellValue[] = [];
  for (let r = row, c = col; r < sheet.rows && c < sheet.cols; r += dr, c += dc) {
    const v = sheet.at(r, c);
    if (v === undefined) break;
    out.push(v);
  }
  return out;
}
