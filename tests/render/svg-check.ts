/**
 * Test helpers for pictures: every SVG must be well-formed XML with `xmlns`, a `viewBox`,
 * `<title>` and `<desc>`, only generic font families, and no NaN or Infinity in any attribute.
 */
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { expect } from "vitest";

const GENERIC_FONTS = new Set(["sans-serif", "serif", "monospace", "system-ui"]);

type XmlNode = Record<string, unknown>;

function walk(node: unknown, visit: (name: string, attrs: Record<string, string>) => void): void {
  if (Array.isArray(node)) {
    for (const child of node) walk(child, visit);
    return;
  }
  if (node === null || typeof node !== "object") return;
  const record = node as XmlNode;
  for (const [key, value] of Object.entries(record)) {
    if (key === ":@" || key === "#text") continue;
    const attrs = (record[":@"] ?? {}) as Record<string, string>;
    visit(key, attrs);
    walk(value, visit);
  }
}

/** Problems found in an SVG document; empty when it meets the rules. */
export function svgProblems(svg: string): string[] {
  const valid = XMLValidator.validate(svg);
  if (valid !== true) return [`not xml: ${valid.err.msg} at line ${valid.err.line}`];
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: "",
    preserveOrder: true,
  });
  const tree = parser.parse(svg) as XmlNode[];
  const root = tree.find((n) => "svg" in n);
  if (root === undefined) return ["no <svg> root"];
  const problems: string[] = [];
  const rootAttrs = (root[":@"] ?? {}) as Record<string, string>;
  if (rootAttrs.xmlns !== "http://www.w3.org/2000/svg") problems.push("missing xmlns");
  if (!/^[-\d.]+ [-\d.]+ [\d.]+ [\d.]+$/.test(rootAttrs.viewBox ?? ""))
    problems.push("missing viewBox");
  const children = root.svg as XmlNode[];
  if (!children.some((c) => "title" in c)) problems.push("missing <title>");
  if (!children.some((c) => "desc" in c)) problems.push("missing <desc>");
  walk(tree, (name, attrs) => {
    for (const [attr, value] of Object.entries(attrs)) {
      if (/NaN|Infinity|undefined/.test(String(value))) problems.push(`${name}@${attr}="${value}"`);
      if (attr === "font-family") {
        for (const family of String(value).split(",")) {
          if (!GENERIC_FONTS.has(family.trim())) problems.push(`font ${family}`);
        }
      }
    }
  });
  return problems;
}

/** Assert that an SVG meets the rules of {@link svgProblems}. */
export function expectValidSvg(svg: string): void {
  expect(svgProblems(svg)).toEqual([]);
}

/**
 * Normalise an SVG for a snapshot: numbers rounded to 2 decimals and ids renumbered in
 * document order, one element per line.
 */
export function normaliseSvg(svg: string): string {
  const ids = new Map<string, string>();
  for (const m of svg.matchAll(/\bid="([^"]+)"/g)) {
    if (!ids.has(m[1]!)) ids.set(m[1]!, `id${ids.size + 1}`);
  }
  let out = svg.replace(/-?\d+\.\d{3,}/g, (m) => String(Math.round(Number(m) * 100) / 100));
  for (const [id, replacement] of ids) {
    out = out.replaceAll(`"${id}"`, `"${replacement}"`).replaceAll(`#${id})`, `#${replacement})`);
    out = out.replaceAll(`${id} `, `${replacement} `).replaceAll(` ${id}"`, ` ${replacement}"`);
  }
  return `${out.replace(/>\s*</g, ">\n<").trim()}\n`;
}

/** Numbers in an attribute list, for geometry assertions. */
export function attrNumbers(svg: string, element: string, attr: string): number[] {
  const re = new RegExp(`<${element}\\b[^>]*\\b${attr}="(-?[\\d.]+)"`, "g");
  return [...svg.matchAll(re)].map((m) => Number(m[1]));
}
