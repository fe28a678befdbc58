/**
 * Axes and grid lines for charts: ticks from d3-scale (nice, round steps) and labels formatted
 * with d3-format in the chart's language ({@link tickFormatter}).
 */
import type { ScaleLinear } from "d3-scale";
import type { Lang } from "../strings.js";
import { escapeXml } from "../svg/escape-xml.js";
import { num } from "../svg/num.js";
import { GRID, MUTED } from "../svg/palette.js";
import { tickFormatter } from "./tick-format.js";

/** A horizontal axis at `y` with ticks, grid lines up to `top`, and a label under it. */
export function bottomAxis(
  x: ScaleLinear<number, number>,
  y: number,
  top: number,
  label: string,
  ticks = 6,
  lang: Lang = "en",
): string[] {
  // Time axes: no thousands separator (years read 2012, not 2,012).
  const format = tickFormatter(x.ticks(ticks), lang, false);
  const [x0, x1] = x.range() as [number, number];
  const out = [`<g class="axis axis-x" font-size="11" text-anchor="middle">`];
  for (const t of x.ticks(ticks)) {
    const px = num(x(t));
    out.push(`<line x1="${px}" x2="${px}" y1="${num(top)}" y2="${num(y)}" stroke="${GRID}"/>`);
    out.push(`<line x1="${px}" x2="${px}" y1="${num(y)}" y2="${num(y + 5)}" stroke="${MUTED}"/>`);
    out.push(`<text x="${px}" y="${num(y + 17)}">${escapeXml(format(t))}</text>`);
  }
  out.push(
    `<line x1="${num(x0)}" x2="${num(x1)}" y1="${num(y)}" y2="${num(y)}" stroke="${MUTED}"/>`,
  );
  if (label !== "") {
    out.push(
      `<text x="${num((x0 + x1) / 2)}" y="${num(y + 34)}" fill="${MUTED}">${escapeXml(label)}</text>`,
    );
  }
  out.push("</g>");
  return out;
}

/** A vertical axis at `x` with ticks, grid lines up to `right`, and a rotated label. */
export function leftAxis(
  y: ScaleLinear<number, number>,
  x: number,
  right: number,
  label: string,
  ticks = 5,
  lang: Lang = "en",
): string[] {
  // SI prefixes (k, M, G) only from a million up; below, plain grouped digits read better
  const format = tickFormatter(y.ticks(ticks), lang);
  const [y0, y1] = y.range() as [number, number];
  const out = [`<g class="axis axis-y" font-size="11" text-anchor="end">`];
  for (const t of y.ticks(ticks)) {
    const py = num(y(t));
    out.push(`<line x1="${num(x)}" x2="${num(right)}" y1="${py}" y2="${py}" stroke="${GRID}"/>`);
    out.push(`<line x1="${num(x - 5)}" x2="${num(x)}" y1="${py}" y2="${py}" stroke="${MUTED}"/>`);
    out.push(`<text x="${num(x - 8)}" y="${py}" dy="0.32em">${escapeXml(format(t))}</text>`);
  }
  out.push(
    `<line x1="${num(x)}" x2="${num(x)}" y1="${num(y0)}" y2="${num(y1)}" stroke="${MUTED}"/>`,
  );
  if (label !== "") {
    const cy = (y0 + y1) / 2;
    out.push(
      `<text transform="translate(${num(x - 46)},${num(cy)}) rotate(-90)" text-anchor="middle" fill="${MUTED}">${escapeXml(label)}</text>`,
    );
  }
  out.push("</g>");
  return out;
}
