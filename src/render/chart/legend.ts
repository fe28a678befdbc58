/**
 * A chart legend: one row per entry with a swatch (line, dashed line, point or area) and a
 * label, laid out in a column whose width follows the longest label.
 */
import { escapeXml } from "../svg/escape-xml.js";
import { num } from "../svg/num.js";
import { textWidth } from "../svg/text-width.js";
import { type MarkerShape, markerSvg } from "./markers.js";

/** One legend entry. */
export interface LegendEntry {
  readonly label: string;
  readonly colour: string;
  readonly swatch: "line" | "point" | "area";
  readonly dash?: string;
  readonly opacity?: number;
  /** The series' marker, drawn on the swatch. */
  readonly marker?: MarkerShape;
}

const ROW = 18;
const SWATCH = 22;

/** Width in pixels a legend of these entries needs. */
export function legendWidth(entries: readonly LegendEntry[], fontSize = 11): number {
  if (entries.length === 0) return 0;
  return SWATCH + 8 + Math.max(...entries.map((e) => textWidth(e.label, fontSize))) + 8;
}

function swatch(e: LegendEntry, y: number): string {
  const mark = e.marker === undefined ? "" : markerSvg(e.marker, SWATCH / 2, y, 3.5, e.colour);
  switch (e.swatch) {
    case "line":
      return `<line x1="0" x2="${SWATCH}" y1="${num(y)}" y2="${num(y)}" stroke="${e.colour}" stroke-width="2"${e.dash ? ` stroke-dasharray="${e.dash}"` : ""}/>${mark}`;
    case "point":
      return `<line x1="${SWATCH / 2}" x2="${SWATCH / 2}" y1="${num(y - 6)}" y2="${num(y + 6)}" stroke="${e.colour}" stroke-width="1.2"/>${mark || markerSvg("circle", SWATCH / 2, y, 3.5, e.colour)}`;
    case "area":
      return `<rect x="0" y="${num(y - 6)}" width="${SWATCH}" height="12" fill="${e.colour}" fill-opacity="${num(e.opacity ?? 0.4)}"/>`;
  }
}

/** The legend as a group placed with its top-left corner at (x, y). */
export function legend(entries: readonly LegendEntry[], x: number, y: number): string[] {
  if (entries.length === 0) return [];
  const out = [`<g class="legend" transform="translate(${num(x)},${num(y)})" font-size="11">`];
  entries.forEach((e, i) => {
    const cy = i * ROW + ROW / 2;
    out.push(swatch(e, cy));
    out.push(`<text x="${SWATCH + 6}" y="${num(cy)}" dy="0.32em">${escapeXml(e.label)}</text>`);
  });
  out.push("</g>");
  return out;
}

/** Height of a legend laid out in rows below the plot, `width` wide. */
export function legendRowsHeight(entries: readonly LegendEntry[], width: number): number {
  return entries.length === 0 ? 0 : legendRows(entries, width).rows * ROW + 4;
}

function legendRows(
  entries: readonly LegendEntry[],
  width: number,
): { at: { x: number; row: number }[]; rows: number } {
  let x = 0;
  let row = 0;
  const at = entries.map((e) => {
    const w = SWATCH + 6 + textWidth(e.label, 11) + 16;
    if (x > 0 && x + w > width) {
      x = 0;
      row++;
    }
    const here = { x, row };
    x += w;
    return here;
  });
  return { at, rows: row + 1 };
}

/** The legend in rows below the plot, its top-left corner at (x, y), no wider than `width`. */
export function legendBelow(
  entries: readonly LegendEntry[],
  x: number,
  y: number,
  width: number,
): string[] {
  if (entries.length === 0) return [];
  const { at } = legendRows(entries, width);
  const out = [`<g class="legend" transform="translate(${num(x)},${num(y)})" font-size="11">`];
  entries.forEach((e, i) => {
    const p = at[i]!;
    const cy = p.row * ROW + ROW / 2;
    out.push(`<g transform="translate(${num(p.x)},0)">${swatch(e, cy)}`);
    out.push(`<text x="${SWATCH + 6}" y="${num(cy)}" dy="0.32em">${escapeXml(e.label)}</text></g>`);
  });
  out.push("</g>");
  return out;
}
