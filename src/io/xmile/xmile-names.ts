/**
 * How XMILE names map to stockflow ids and back (XMILE 1.0 §3.2.2).
 *
 * XMILE names are case-insensitive and treat spaces and underscores alike; in attributes a name
 * may carry the escapes `\n` (a line break, which counts as a space), `\\` and `\"`; in
 * equations a name may be quoted. The id of a name is {@link canonicalId} of it. A name
 * qualified by a module (`sector.rate`) maps to `sector__rate`, the id flattened modules use,
 * and an id with `__` is written back as a qualified name.
 */

import { expectString } from "../../diagnostics/check-argument.js";
import { canonicalId } from "../../model/canonical.js";

/** The XMILE keywords that can never be plain names in an equation. */
export const XMILE_KEYWORDS: ReadonlySet<string> = new Set([
  "if",
  "then",
  "else",
  "and",
  "or",
  "not",
  "mod",
]);

/**
 * The display name an XMILE name stands for: surrounding quotes removed, `\n` and real line
 * breaks turned into a line break, `\\` and `\"` unescaped, runs of blanks kept as written.
 */
export function decodeXmileName(raw: string): string {
  expectString("decodeXmileName", "raw", raw);
  let name = raw.trim();
  if (name.length >= 2 && name.startsWith('"') && name.endsWith('"')) name = name.slice(1, -1);
  return name
    .replace(/\r\n?/g, "\n")
    .replace(/\\(n|\\|")/g, (_, c: string) => (c === "n" ? "\n" : c));
}

/** The id of a (decoded) XMILE name; qualified parts (`a.b`) join with `__`. */
export function xmileNameToId(name: string): string {
  expectString("xmileNameToId", "name", name);
  const parts = name.split(/\.(?=\s*[^\s\d.])/);
  if (parts.length > 1 && parts.every((p) => p.trim() !== "")) {
    return parts.map((p) => canonicalId(p)).join("__");
  }
  return canonicalId(name);
}

/** Encode a display name for an XMILE `name` attribute (the inverse of {@link decodeXmileName}). */
export function encodeXmileName(name: string): string {
  return name.replace(/\\/g, "\\\\").replace(/\n/g, "\\n");
}

/** The XMILE name to write for an id: `__` becomes a module qualifier `.`. */
export function idToXmileName(id: string): string {
  const parts = id.split("__");
  return parts.length > 1 && parts.every((p) => p !== "") ? parts.join(".") : id;
}

/**
 * How a name is written in an XMILE equation: blanks as underscores, quoted when it is not a
 * plain identifier, is a keyword, or would be read as a builtin.
 */
export function xmileNameInEquation(name: string, isBuiltin: (word: string) => boolean): string {
  const plain = name.trim().replace(/\s+/g, "_");
  const simple = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/.test(plain);
  const lower = plain.toLowerCase();
  if (simple && !XMILE_KEYWORDS.has(lower) && !isBuiltin(lower)) return plain;
  return `"${plain.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;
}
