/**
 * Where a data function reads in a workbook: the start of its values (a cell reference such as
 * `B2` or `$B$2`, or a defined name; `*` after it reads down columns) and the time or x axis of
 * data and lookups (a row number `'4'`, a column letter `'A'`, or a defined name). Problems are
 * {@link DataProblem}s at the offending argument.
 */
import type { DataArg } from "./data-calls.js";
import {
  type CellRange,
  columnIndex,
  type DataSheet,
  type DataWorkbook,
  isSpreadsheet,
} from "./data-workbook.js";

/** A problem of one data call, at an offset of its entry text, with the offending value. */
export class DataProblem extends Error {
  override name = "DataProblem";
  constructor(
    message: string,
    readonly offset: number,
    readonly code: string,
    readonly value?: string,
  ) {
    super(message);
  }
}

/** Where values start: a sheet, a top-left cell, and the extent when it is a named range. */
export interface Place {
  readonly sheet: DataSheet;
  readonly top: number;
  readonly left: number;
  /** `*`: the values run down columns. */
  readonly transposed: boolean;
  readonly range?: CellRange;
}

/** The time (or x) axis of data and lookups. */
export interface Axis {
  /** The times run along a row (else down a column). */
  readonly across: boolean;
  /** Row (across) or column (down) of the axis. */
  readonly line: number;
  /** First and last column (across) or row (down) of the points. */
  readonly from: number;
  readonly to: number;
}

/** The places of one file and tab argument. */
export class DataPlaces {
  /**
   * @param file - the file argument, for messages and to tell spreadsheets from text
   * @param tab - the tab argument: the sheet (the separator for text files)
   * @param book - opens the workbook; throws a {@link DataProblem} when it cannot
   */
  constructor(
    private readonly file: string,
    private readonly tab: DataArg,
    private readonly book: () => DataWorkbook,
  ) {}

  /** The sheet of that name; a problem when there is none. */
  sheet(name: string, offset: number): DataSheet {
    const book = this.book();
    const sheet = book.sheet(name);
    if (sheet === undefined) {
      throw new DataProblem(
        `no sheet '${name}' in '${this.file}' (sheets: ${book.sheetNames.join(", ")})`,
        offset,
        "data-sheet",
        name,
      );
    }
    return sheet;
  }

  /** A cell reference (`B2`, `$B$2`, with `*` for a column) or a defined name. */
  place(text: string, offset: number): Place {
    const tabArg = this.tab;
    const transposed = text.trim().endsWith("*");
    const ref = text.trim().replace(/\*$/, "").trim();
    const cell = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(ref);
    if (cell !== null) {
      return {
        sheet: this.sheet(tabArg.text, tabArg.offset),
        top: Number(cell[2]) - 1,
        left: columnIndex(cell[1]!),
        transposed,
      };
    }
    const range = this.range(ref);
    if (range !== undefined) {
      return {
        sheet: this.sheet(range.sheet, tabArg.offset),
        top: range.top,
        left: range.left,
        transposed,
        range,
      };
    }
    throw new DataProblem(
      `'${text}' is neither a cell (like B2) nor a name defined in '${this.file}'`,
      offset,
      "data-cell",
      text,
    );
  }

  /** A defined name of a spreadsheet. */
  range(name: string): CellRange | undefined {
    if (!isSpreadsheet(this.file) || name === "") return undefined;
    return this.book().range(name, this.tab.text);
  }

  /** The axis: a row number (`'4'`), a column letter (`'A'`) or a defined name. */
  axis(text: string, offset: number, place: Place): Axis {
    const t = text.trim();
    if (/^\d+$/.test(t) && Number(t) >= 1) {
      return { across: true, line: Number(t) - 1, from: place.left, to: place.sheet.cols - 1 };
    }
    const range = this.range(t);
    if (range !== undefined) {
      return range.top === range.bottom && range.right > range.left
        ? { across: true, line: range.top, from: range.left, to: range.right }
        : { across: false, line: range.left, from: range.top, to: range.bottom };
    }
    if (/^[A-Za-z]{1,3}$/.test(t)) {
      return { across: false, line: columnIndex(t), from: place.top, to: place.sheet.rows - 1 };
    }
    throw new DataProblem(
      `'${text}' is neither a row number, a column letter nor a name defined in '${this.file}'`,
      offset,
      "data-cell",
      text,
    );
  }
}

/** `B2` for 0-based row 1, column 1. */
export function cellName(row: number, col: number): string {
  let letters = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return `${letters}${row + 1}`;
}
