/**
 * Axes and grid lines for charts: ticks from d3-scale (nice, round steps) and labels formatted
 * with d3-format through the scale's own `tickFormat`.
 */
import type { ScaleLinear } from "d3-scale";
import { escapeXml } from "../svg/escape-xml.js";
import { num } from "../svg/num.js";
import { GRID, MUTED } from "../svg/palette.js";

/** A horizontal axis at `y` with ticks, grid lines up to `top`, and a label under it. */
export function bottomAxis(
  x: ScaleLinear<number, number>,
  y: number,
  top: number,
  label: string,
  ticks = 6,
): string[] {
  // Time axes: no thousands separator (years read 2012, not 2,012).
  const format = x.tickFormat(ticks, "f");
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
): string[] {
  // SI prefixes (k, M, G) only for large numbers; below a million, plain grouped digits read better
  const big = Math.max(...y.domain().map(Math.abs)) >= 1e6;
  const format = big ? y.tickFormat(ticks, "~s") : y.tickFormat(ticks);
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
