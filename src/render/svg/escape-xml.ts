/**
 * Escape text for XML and HTML: names read from model files may contain `<`, `&` and quotes.
 */
import { expectString } from "../../diagnostics/check-argument.js";

const ENTITIES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/** Text safe inside an element or a double-quoted attribute; control characters are dropped. */
export function escapeXml(text: string): string {
  expectString("escapeXml", "text", text);
  // XML 1.0 forbids most control characters even when escaped, so they are removed.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point
  const clean = text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, "");
  return clean.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}
