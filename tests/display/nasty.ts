/** Names that would be markup if a view forgot to escape them. */
export const NASTY = `<img src=x onerror="alert('x')">&co`;

/** Whether `html` holds `NASTY` only escaped. */
export function escapedOnly(html: string): boolean {
  return !html.includes(NASTY) && !html.includes("<img") && html.includes("&lt;img src=x");
}
