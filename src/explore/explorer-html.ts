/**
 * One self-contained explorer page: its spec as JSON, the browser script (engine included) and
 * the stylesheet, all inline. A content-security policy forbids every fetch, so the page makes
 * no network request even by mistake; it allows inline script, `new Function` (the engine's
 * compiled model) and Blob workers (the range ensemble).
 */
import { escapeXml } from "../render/svg/escape-xml.js";
import { APP_ID, SPEC_ID } from "./app/page-ids.js";
import { explorerBundle } from "./explorer-bundle.js";
import type { ExplorerSpec } from "./explorer-spec.js";
import { EXPLORER_STYLE } from "./explorer-style.js";

const POLICY = [
  "default-src 'none'",
  "script-src 'unsafe-inline' 'unsafe-eval'",
  "worker-src blob:",
  "style-src 'unsafe-inline'",
  "img-src data: blob:",
].join("; ");

/** JSON safe inside a `<script>` element: no `<` that could close it. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c");
}

/** The HTML of the explorer page of `spec`. */
export async function explorerHtml(spec: ExplorerSpec): Promise<string> {
  const script = (await explorerBundle()).replace(/<\/script/gi, "<\\/script");
  return [
    "<!DOCTYPE html>",
    `<html lang="${spec.lang}">`,
    "<head>",
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${POLICY}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<link rel="icon" href="data:,">',
    `<title>${escapeXml(spec.title[spec.lang])}</title>`,
    `<style>${EXPLORER_STYLE}</style>`,
    "</head>",
    "<body>",
    '<div id="app"><noscript>JavaScript is needed / JavaScript is nodig.</noscript></div>',
    `<script id="${SPEC_ID}" type="application/json">${scriptJson(spec)}</script>`,
    `<script id="${APP_ID}">${script}</script>`,
    "</body>",
    "</html>",
    "",
  ].join("\n");
}
