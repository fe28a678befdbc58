/** CSV text from rows of cells: quoted where needed, numbers to 6 significant digits, LF line ends. */
export function csvText(
  head: readonly string[],
  rows: readonly (readonly (string | number | boolean)[])[],
): string {
  const cell = (v: string | number | boolean): string => {
    if (typeof v === "number") return Number.isFinite(v) ? String(Number(v.toPrecision(6))) : "";
    const s = String(v);
    return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return `${[head, ...rows].map((r) => r.map(cell).join(",")).join("\n")}\n`;
}
