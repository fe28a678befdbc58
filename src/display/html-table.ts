/**
 * HTML tables for the notebook views: every cell is text and is escaped here, so a name read
 * from a model file can never become markup. Numeric columns are right-aligned.
 */
import { escapeXml } from "../render/svg/escape-xml.js";

/** A table: header cells, rows of cell text, and which columns hold numbers. */
export interface HtmlTableInput {
  readonly caption?: string;
  readonly header: readonly string[];
  readonly rows: readonly (readonly string[])[];
  /** Indices of right-aligned (numeric) columns. */
  readonly numeric?: readonly number[];
}

const CELL = "padding:2px 8px;border-bottom:1px solid #ddd;";

/** The table as an HTML fragment. */
export function htmlTable(input: HtmlTableInput): string {
  const numeric = new Set(input.numeric ?? []);
  const align = (i: number) => (numeric.has(i) ? "text-align:right;" : "text-align:left;");
  const head = input.header
    .map((h, i) => `<th style="${CELL}${align(i)}">${escapeXml(h)}</th>`)
    .join("");
  const body = input.rows
    .map(
      (row) =>
        `<tr>${row.map((c, i) => `<td style="${CELL}${align(i)}">${escapeXml(c)}</td>`).join("")}</tr>`,
    )
    .join("\n");
  const caption =
    input.caption === undefined
      ? ""
      : `<caption style="text-align:left;font-weight:bold;padding:4px 0">${escapeXml(input.caption)}</caption>`;
  return `<table style="border-collapse:collapse;font-size:13px">${caption}<thead><tr>${head}</tr></thead>\n<tbody>${body}</tbody></table>`;
}

/** A titled block of HTML parts (the view's outer element). */
export function htmlBlock(title: string, parts: readonly string[]): string {
  return `<div class="stockflow-view" style="font-family:sans-serif;overflow-x:auto"><h4 style="margin:4px 0">${escapeXml(title)}</h4>\n${parts.join("\n")}</div>`;
}

/** A paragraph of escaped text. */
export function htmlNote(text: string): string {
  return `<p style="margin:4px 0;font-size:13px">${escapeXml(text)}</p>`;
}

/** Plain text of a table: header and rows separated by two spaces, columns aligned. */
export function textTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  return [header, ...rows]
    .map((r) =>
      r
        .map((c, i) => c.padEnd(widths[i]!))
        .join("  ")
        .trimEnd(),
    )
    .join("\n");
}
