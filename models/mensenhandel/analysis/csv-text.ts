/**
 * The tables of the analysis and how they are written: as CSV that opens correctly in Excel of
 * the report's language (Dutch: UTF-8 with a byte-order mark, `;` between cells, decimal
 * commas, `ja`/`nee`; English: `,` between cells, decimal points, `yes`/`no`) and, together, as
 * one `.xlsx` workbook with a sheet per table (SheetJS; numbers stay numbers).
 */
import * as XLSX from "@e965/xlsx";
import type { Lang } from "../../../src/render/strings.js";

/** A cell of a table. */
export type Cell = string | number | boolean;

/** A table: its column names and rows. */
export interface AnalysisTable {
  readonly head: readonly string[];
  readonly rows: readonly (readonly Cell[])[];
}

/** A table from its head and rows. */
export function table(head: readonly string[], rows: readonly (readonly Cell[])[]): AnalysisTable {
  return { head, rows };
}

/** A number with 6 significant digits, a decimal comma (Dutch) or point, and no exponent. */
export function csvNumber(v: number, lang: Lang = "nl"): string {
  if (!Number.isFinite(v)) return "";
  if (v === 0) return "0";
  const magnitude = Math.floor(Math.log10(Math.abs(v)));
  const decimals = Math.max(0, Math.min(15, 5 - magnitude));
  const text = Math.abs(v) >= 1e21 ? BigInt(Math.round(v)).toString() : v.toFixed(decimals);
  const trimmed = text.includes(".") ? text.replace(/\.?0+$/, "") : text;
  return lang === "nl" ? trimmed.replace(".", ",") : trimmed;
}

const yesNo = (b: boolean, lang: Lang) => (lang === "nl" ? (b ? "ja" : "nee") : b ? "yes" : "no");

/**
 * Excel CSV of a table: BOM and CRLF line ends; Dutch `;`-separated with decimal commas,
 * English `,`-separated with decimal points.
 */
export function csvText(t: AnalysisTable, lang: Lang = "nl"): string {
  const sep = lang === "nl" ? ";" : ",";
  const cell = (v: Cell): string => {
    if (typeof v === "number") return csvNumber(v, lang);
    if (typeof v === "boolean") return yesNo(v, lang);
    return v.includes(sep) || /["\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
  };
  return `\uFEFF${[t.head, ...t.rows].map((r) => r.map(cell).join(sep)).join("\r\n")}\r\n`;
}

/** One workbook with a sheet per table (sheet names cut to Excel's 31 characters). */
export function workbookBytes(
  tables: ReadonlyMap<string, AnalysisTable>,
  lang: Lang = "nl",
): Uint8Array {
  const book = XLSX.utils.book_new();
  for (const [name, t] of tables) {
    const rows = [t.head, ...t.rows].map((r) =>
      r.map((v) =>
        typeof v === "boolean"
          ? yesNo(v, lang)
          : typeof v === "number" && !Number.isFinite(v)
            ? ""
            : v,
      ),
    );
    XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows), name.slice(0, 31));
  }
  // SheetJS stamps the time of writing in the file's properties; a fixed date keeps output reproducible.
  book.Props = { CreatedDate: new Date(Date.UTC(2018, 10, 13)) };
  return new Uint8Array(XLSX.write(book, { type: "array", bookType: "xlsx", compression: true }));
}
