/** Plain-text tables for the terminal: columns padded to their widest cell, numbers right-aligned. */

/** A number for a table: at most three decimals, `inf` for infinity, `-` for NaN. */
export function formatCell(value: number): string {
  if (Number.isNaN(value)) return "-";
  if (!Number.isFinite(value)) return value > 0 ? "inf" : "-inf";
  return String(Math.round(value * 1000) / 1000);
}

/** The rows as text, one line each, the first row taken as the header with a rule under it. */
export function textTable(rows: readonly (readonly (string | number)[])[]): string {
  const cells = rows.map((row) => row.map((c) => (typeof c === "number" ? formatCell(c) : c)));
  const numeric = (rows[1] ?? []).map((c) => typeof c === "number");
  const widths = cells.reduce<number[]>(
    (w, row) => row.map((c, i) => Math.max(w[i] ?? 0, [...c].length)),
    [],
  );
  const line = (row: readonly string[]) =>
    row
      .map((c, i) => (numeric[i] ? c.padStart(widths[i]!) : c.padEnd(widths[i]!)))
      .join("  ")
      .trimEnd();
  const [head, ...body] = cells;
  if (!head) return "";
  const rule = widths.map((w) => "-".repeat(w)).join("  ");
  return `${[line(head), rule, ...body.map(line)].join("\n")}\n`;
}
