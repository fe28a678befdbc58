/**
 * Tables written as one Excel workbook (SheetJS, which the project already uses to read
 * workbooks): one sheet per table, numbers kept as numbers, written whole.
 */
import { writeFileSync } from "node:fs";
import * as XLSX from "@e965/xlsx";

/** One sheet: a header row and rows of numbers or text. */
export interface Sheet {
  readonly name: string;
  readonly header: readonly string[];
  readonly rows: readonly (readonly (string | number | boolean | null)[])[];
}

/** Write `sheets` to the workbook `file` (Excel limits sheet names to 31 characters). */
export function writeWorkbook(file: string, sheets: readonly Sheet[]): void {
  const book = XLSX.utils.book_new();
  for (const sheet of sheets) {
    const data = [sheet.header, ...sheet.rows].map((row) => [...row]);
    XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(data), sheet.name.slice(0, 31));
  }
  writeFileSync(file, XLSX.write(book, { type: "buffer", bookType: "xlsx" }) as Buffer);
}
