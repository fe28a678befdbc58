/**
 * Numbers as the page's reader writes them: Dutch (decimal comma, thousands point) or English.
 */

/** A value with at most `digits` decimals, grouped. */
export function formatValue(x: number, lang: "nl" | "en", digits = 1): string {
  if (!Number.isFinite(x)) return "–";
  const abs = Math.abs(x);
  const fraction = abs >= 100 ? 0 : abs >= 1 ? digits : 3;
  return new Intl.NumberFormat(lang === "nl" ? "nl-NL" : "en-GB", {
    maximumFractionDigits: fraction,
  }).format(x);
}

/** A relative change as a signed percentage with one decimal. */
export function formatChange(relative: number, lang: "nl" | "en"): string {
  if (!Number.isFinite(relative)) return "–";
  return new Intl.NumberFormat(lang === "nl" ? "nl-NL" : "en-GB", {
    style: "percent",
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
    signDisplay: "exceptZero",
  }).format(relative);
}
