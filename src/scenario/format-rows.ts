/**
 * Rows of records as an aligned text table or as CSV, for the scenario, sensitivity, calibration
 * and check commands. Numbers print to 6 significant digits in tables and exactly in CSV; null
 * and NaN print as empty cells.
 */

/** A cell: text, a number, or nothing. */
export type Cell = string | number | null | undefined;

const tableCell = (x: Cell): string =>
  x === null || x === undefined || (typeof x === "number" && Number.isNaN(x))
    ? ""
    : typeof x === "number"
      ? Number.isInteger(x)
        ? String(x)
        : Number(x.toPrecision(6)).toString()
      : x;

const csvCell = (x: Cell): string => {
  if (x === null || x === undefined || (typeof x === "number" && Number.isNaN(x))) return "";
  const text = String(x);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** An aligned table: text left-aligned, numbers right-aligned. */
export function rowsToTable(
  columns: readonly string[],
  rows: readonly (readonly Cell[])[],
): string {
  const cells = rows.map((r) => r.map(tableCell));
  const widths = columns.map((c, i) => Math.max(c.length, ...cells.map((r) => r[i]!.length)));
  const numeric = columns.map((_, i) => rows.every((r) => typeof r[i] !== "string"));
  const line = (r: readonly string[]) =>
    r
      .map((c, i) => (numeric[i] ? c.padStart(widths[i]!) : c.padEnd(widths[i]!)))
      .join("  ")
      .trimEnd();
  return `${[line(columns), ...cells.map(line)].join("\n")}\n`;
}

/** CSV with a header (RFC 4180 quoting). */
export function rowsToCsv(columns: readonly string[], rows: readonly (readonly Cell[])[]): string {
  return `${[columns, ...rows].map((r) => r.map(csvCell).join(",")).join("\n")}\n`;
}

/** JSON that writes NaN and infinities as null, typed arrays as arrays. */
export function toJson(value: unknown): string {
  return `${JSON.stringify(value, (_, v) =>
    ArrayBuffer.isView(v) && !(v instanceof DataView)
      ? Array.from(v as unknown as ArrayLike<number>, (x) => (Number.isFinite(x) ? x : null))
      : typeof v === "number" && !Number.isFinite(v)
        ? null
        : v,
  )}\n`;
}
