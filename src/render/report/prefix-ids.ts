/**
 * Ids of inline SVGs share one namespace in an HTML page: give each picture's ids a prefix so
 * that two pictures never answer to the same id.
 */
import { expectString } from "../../diagnostics/check-argument.js";

/** Prefix every id defined in `svg` and every reference to it. */
export function prefixIds(svg: string, prefix: string): string {
  expectString("prefixIds", "svg", svg);
  expectString("prefixIds", "prefix", prefix);
  const ids = [...svg.matchAll(/\bid="([^"]+)"/g)].map((m) => m[1]!);
  if (ids.length === 0) return svg;
  const known = new Set(ids);
  const rename = (id: string) => (known.has(id) ? `${prefix}-${id}` : id);
  return svg
    .replace(/\bid="([^"]+)"/g, (_, id: string) => `id="${rename(id)}"`)
    .replace(
      /\baria-labelledby="([^"]+)"/g,
      (_, list: string) => `aria-labelledby="${list.split(/\s+/).map(rename).join(" ")}"`,
    )
    .replace(/url\(#([^)]+)\)/g, (_, id: string) => `url(#${rename(id)})`)
    .replace(/href="#([^"]+)"/g, (_, id: string) => `href="#${rename(id)}"`);
}
