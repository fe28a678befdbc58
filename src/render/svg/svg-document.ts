/**
 * The outer `<svg>` element every picture shares: namespace, viewBox, accessible title and
 * description, generic font family, and a white background.
 */
import { escapeXml } from "./escape-xml.js";
import { num } from "./num.js";
import { INK } from "./palette.js";
import { Svg } from "./svg.js";

/** What wraps a picture's body. */
export interface SvgDocumentParts {
  readonly width: number;
  readonly height: number;
  /** Short title, shown as a tooltip and read by screen readers. */
  readonly title: string;
  /** One-sentence description of what the picture shows. */
  readonly desc: string;
  /** Prefix for the ids of `<title>` and `<desc>`, unique per document when SVGs are inlined together. */
  readonly idPrefix: string;
  /** The elements of the picture. */
  readonly body: readonly string[];
  /** Base font size in pixels. */
  readonly fontSize?: number;
}

/** Wrap a picture body into a complete, standalone SVG document. */
export function svgDocument(parts: SvgDocumentParts): Svg {
  const { width, height, idPrefix } = parts;
  const fontSize = parts.fontSize ?? 12;
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${num(width)}" height="${num(height)}" viewBox="0 0 ${num(width)} ${num(height)}" role="img" aria-labelledby="${idPrefix}-title ${idPrefix}-desc" font-family="sans-serif" font-size="${num(fontSize)}" fill="${INK}">`,
    `<title id="${idPrefix}-title">${escapeXml(parts.title)}</title>`,
    `<desc id="${idPrefix}-desc">${escapeXml(parts.desc)}</desc>`,
    `<rect width="${num(width)}" height="${num(height)}" fill="#ffffff"/>`,
    ...parts.body,
    "</svg>",
  ].join("\n");
  return new Svg(svg, width, height);
}

/** A `<text>` element; extra attributes are given already formatted. */
export function svgText(x: number, y: number, text: string, attrs = ""): string {
  return `<text x="${num(x)}" y="${num(y)}"${attrs === "" ? "" : ` ${attrs}`}>${escapeXml(text)}</text>`;
}
