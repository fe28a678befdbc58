/**
 * The legend of a causal-loop diagram: link polarities, the delay mark, loop kinds, and the
 * group colours when links are coloured by group. Items flow left to right and wrap.
 */

import { type Lang, t } from "../strings.js";
import { escapeXml } from "../svg/escape-xml.js";
import { num } from "../svg/num.js";
import { POLARITY_COLOURS } from "../svg/palette.js";
import { textWidth } from "../svg/text-width.js";

/** One legend item: a small drawing (relative to its own origin) and a caption. */
interface Item {
  readonly glyph: string;
  readonly caption: string;
}

const GLYPH = 30;

function arrowGlyph(colour: string, sign: string): string {
  return `<line x1="0" y1="0" x2="20" y2="0" stroke="${colour}" stroke-width="1.6"/><polygon points="26,0 18,-3.5 18,3.5" fill="${colour}"/><text x="20" y="-6" font-size="12" font-weight="bold" fill="${colour}" text-anchor="middle">${sign}</text>`;
}

/** Legend items for a diagram; `groups` maps group names to colours when colouring by group. */
export function cldLegendItems(
  lang: Lang,
  hasDelay: boolean,
  loopKinds: ReadonlySet<string>,
  groups: ReadonlyMap<string, string> | undefined,
): Item[] {
  const items: Item[] = [];
  if (groups === undefined) {
    items.push({
      glyph: arrowGlyph(POLARITY_COLOURS["+"], "+"),
      caption: t("sameDirection", lang),
    });
    items.push({
      glyph: arrowGlyph(POLARITY_COLOURS["-"], "\u2212"),
      caption: t("oppositeDirection", lang),
    });
  } else {
    for (const [group, colour] of groups) {
      items.push({
        glyph: `<rect x="4" y="-6" width="18" height="12" fill="${colour}"/>`,
        caption: group,
      });
    }
  }
  if (hasDelay) {
    items.push({
      glyph: `<line x1="0" y1="0" x2="26" y2="0" stroke="#555555" stroke-width="1.4"/><path d="M11,-6L11,6M15,-6L15,6" stroke="#555555" stroke-width="1.6"/>`,
      caption: t("delay", lang),
    });
  }
  if (loopKinds.has("R")) {
    items.push({
      glyph: `<text x="13" y="0" dy="0.35em" text-anchor="middle" font-weight="bold" fill="${POLARITY_COLOURS["+"]}">R</text>`,
      caption: t("reinforcing", lang),
    });
  }
  if (loopKinds.has("B")) {
    items.push({
      glyph: `<text x="13" y="0" dy="0.35em" text-anchor="middle" font-weight="bold" fill="${POLARITY_COLOURS["-"]}">B</text>`,
      caption: t("balancing", lang),
    });
  }
  return items;
}

/** Lay out legend items in rows no wider than `width`; returns the SVG and its height. */
export function cldLegend(
  items: readonly Item[],
  x: number,
  y: number,
  width: number,
): { svg: string[]; height: number } {
  if (items.length === 0) return { svg: [], height: 0 };
  const out = [`<g class="legend" font-size="11" transform="translate(${num(x)},${num(y)})">`];
  let cx = 0;
  let row = 0;
  for (const item of items) {
    const w = GLYPH + 6 + textWidth(item.caption, 11) + 18;
    if (cx > 0 && cx + w > width) {
      cx = 0;
      row++;
    }
    const cy = row * 22 + 11;
    out.push(
      `<g transform="translate(${num(cx)},${num(cy)})">${item.glyph}<text x="${GLYPH + 6}" y="0" dy="0.32em">${escapeXml(item.caption)}</text></g>`,
    );
    cx += w;
  }
  out.push("</g>");
  return { svg: out, height: (row + 1) * 22 + 4 };
}
