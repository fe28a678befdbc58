/**
 * The workbooks Vensim's data functions read: `.xls`, `.xlsx`, `.xlsm`, `.xlsb` and `.ods`
 * through SheetJS (cell values only: formulas are never evaluated, the cached values are read),
 * and text files (`.csv`, `.tab`, `.txt`, …) split by a separator. A workbook is a set of
 * sheets of cells (a number, a text, or nothing) and, for spreadsheets, its defined names.
 */
import * as XLSX from "@e965/xlsx";

/** One cell: a number, a text that is no number, or undefined when blank. */
export type CellValue = number | string | undefined;

/** A rectangle of cells, 0-based and inclusive. */
export interface CellRange {
  readonly sheet: string;
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** A sheet: its cells by 0-based row and column, and the extent of the cells it uses. */
export interface DataSheet {
  readonly name: string;
  /** One past the last used row and column. */
  readonly rows: number;
  readonly cols: number;
  at(row: number, col: number): CellValue;
}

/** An opened workbook. */
export interface DataWorkbook {
  /** The sheet of that name (exact, else ignoring case); text files have one sheet. */
  sheet(name: string): DataSheet | undefined;
  /** A defined name (named range), scoped to `sheet` first, then global; ignoring case. */
  range(name: string, sheet: string): CellRange | undefined;
  readonly sheetNames: readonly string[];
}

const SPREADSHEET = /\.(xlsx|xlsm|xlsb|xls|ods)$/i;

/** Whether a file is read as a spreadsheet (else as delimited text). */
export function isSpreadsheet(file: string): boolean {
  return SPREADSHEET.test(file);
}

/**
 * Open the bytes of a file. A text file is split by `separator` (the tab argument of `GET
 * DIRECT …`: one character, or `\t`); when it is no separator, as Vensim does: by commas for
 * `.csv` files and by tabs otherwise. Throws an Error with a readable message when SheetJS cannot
 * read a spreadsheet.
 */
export function openWorkbook(file: string, bytes: Uint8Array, separator: string): DataWorkbook {
  return isSpreadsheet(file) ? spreadsheet(bytes) : delimited(file, bytes, separator);
}

function spreadsheet(bytes: Uint8Array): DataWorkbook {
  const book = XLSX.read(bytes, {
    type: "array",
    cellFormula: false,
    cellHTML: false,
    cellText: false,
    cellStyles: false,
    cellDates: false,
    bookVBA: false,
  });
  const sheets = new Map<string, DataSheet>();
  const sheet = (name: string): DataSheet | undefined => {
    const real =
      book.SheetNames.find((s) => s === name) ??
      book.SheetNames.find((s) => s.toLowerCase() === name.toLowerCase());
    if (real === undefined) return undefined;
    const known = sheets.get(real);
    if (known !== undefined) return known;
    const ws = book.Sheets[real];
    if (ws === undefined) return undefined;
    const ref = ws["!ref"];
    const extent = ref === undefined ? undefined : XLSX.utils.decode_range(ref);
    const made: DataSheet = {
      name: real,
      rows: extent === undefined ? 0 : extent.e.r + 1,
      cols: extent === undefined ? 0 : extent.e.c + 1,
      at(row, col) {
        const cell = ws[XLSX.utils.encode_cell({ r: row, c: col })] as XLSX.CellObject | undefined;
        if (cell === undefined || cell.v === undefined || cell.v === null) return undefined;
        if (cell.t === "n" && typeof cell.v === "number") return cell.v;
        if (cell.t === "s" && typeof cell.v === "string") return textValue(cell.v);
        return String(cell.v);
      },
    };
    sheets.set(real, made);
    return made;
  };
  const names = book.Workbook?.Names ?? [];
  return {
    sheetNames: book.SheetNames,
    sheet,
    range(name, sheetName) {
      const key = name.toLowerCase();
      const matches = names.filter((n) => n.Name.toLowerCase() === key);
      const index = book.SheetNames.findIndex((s) => s.toLowerCase() === sheetName.toLowerCase());
      const chosen =
        matches.find((n) => n.Sheet !== undefined && n.Sheet === index) ??
        matches.find((n) => n.Sheet === undefined) ??
        matches[0];
      return chosen === undefined ? undefined : parseRef(chosen.Ref, sheetName);
    },
  };
}

/** `Sheet!$B$4:$G$4` (or `'My sheet'!B4`) as a range; undefined when it is no plain range. */
function parseRef(ref: string, sheetName: string): CellRange | undefined {
  const m =
    /^(?:(?:'((?:[^']|'')+)'|([^!]+))!)?\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/i.exec(
      ref.trim(),
    );
  if (m === null) return undefined;
  const sheet = m[1]?.replace(/''/g, "'") ?? m[2] ?? sheetName;
  const top = Number(m[4]) - 1;
  const left = columnIndex(m[3]!);
  const bottom = m[6] !== undefined ? Number(m[6]) - 1 : top;
  const right = m[5] !== undefined ? columnIndex(m[5]) : left;
  return {
    sheet,
    top: Math.min(top, bottom),
    left: Math.min(left, right),
    bottom: Math.max(top, bottom),
    right: Math.max(left, right),
  };
}

/** The 0-based index of a column's letters (`A` → 0, `AA` → 26). */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

function delimited(file: string, bytes: Uint8Array, separator: string): DataWorkbook {
  const sep =
    separator === "\\t" || separator === "\t"
      ? "\t"
      : separator.length === 1
        ? separator
        : /\.csv$/i.test(file)
          ? ","
          : "\t";
  const text = new TextDecoder("utf-8").decode(bytes).replace(/^\uFEFF/, "");
  const lines = text.split(/\r?\n/);
  while (lines.length > 0 && lines[lines.length - 1]!.trim() === "") lines.pop();
  const cells = lines.map((line) => line.split(sep).map((c) => textValue(c.trim())));
  const only: DataSheet = {
    name: separator,
    rows: cells.length,
    cols: cells.reduce((most, r) => Math.max(most, r.length), 0),
    at: (row, col) => cells[row]?.[col],
  };
  return { sheetNames: [separator], sheet: () => only, range: () => undefined };
}

/** A text cell: its number when it is one, else the text; blank is undefined. */
function textValue(text: string): CellValue {
  const t = text.trim().replace(/^"(.*)"$/, "$1");
  if (t === "") return undefined;
  if (/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(t)) return Number(t);
  return t;
}
