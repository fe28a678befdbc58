/**
 * A chart legend: one row per entry with a swatch (line, dashed line, point or area) and a
 * label, laid out in a column whose width follows the longest label.
 */
import { escapeXml } from "../svg/escape-xml.js";
import { num } from "../svg/num.js";
import { textWidth } from "../svg/text-width.js";

/** One legend entry. */
export interface LegendEntry {
  readonly label: string;
  readonly colour: string;
  readonly swatch: "line" | "point" | "area";
  readonly dash?: string;
  readonly opacity?: number;
}

const ROW = 18;
const SWATCH = 22;

/** Width in pixels a legend of these entries needs. */
export function legendWidth(entries: readonly LegendEntry[], fontSize = 11): number {
  if (entries.length === 0) return 0;
  return SWATCH + 8 + Math.max(...entries.map((e) => textWidth(e.label, fontSize))) + 8;
}

function swatch(e: LegendEntry, y: number): string {
  switch (e.swatch) {
    case "line":
      return `<line x1="0" x2="${SWATCH}" y1="${num(y)}" y2="${num(y)}" stroke="${e.colour}" stroke-width="2"${e.dash ? ` stroke-dasharray="${e.dash}"` : ""}/>`;
    case "point":
      return `<circle cx="${num(SWATCH / 2)}" cy="${num(y)}" r="3.5" fill="${e.colour}" stroke="#ffffff"/>`;
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
