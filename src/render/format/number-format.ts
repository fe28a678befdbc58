/**
 * Numbers as a Dutch or English reader writes them, through d3-format's locale support: one
 * locale per language (nl-NL: decimal comma, thousands point; en-GB: decimal point, thousands
 * comma), never exponent notation. Pictures and reports format every number they print here.
 */
import { type FormatLocaleObject, formatLocale } from "d3-format";
import { log10 } from "../../math/log.js";
import type { Lang } from "../strings.js";

const LOCALES: Readonly<Record<Lang, FormatLocaleObject>> = {
  nl: formatLocale({
    decimal: ",",
    thousands: ".",
    grouping: [3],
    currency: ["€ ", ""],
    minus: "−",
  }),
  en: formatLocale({
    decimal: ".",
    thousands: ",",
    grouping: [3],
    currency: ["£", ""],
    minus: "−",
  }),
};

/** The d3-format locale of a language. */
export function numberLocale(lang: Lang): FormatLocaleObject {
  return LOCALES[lang];
}

/**
 * A number with at most `digits` significant digits (default 4), grouped in thousands, with
 * trailing zeros dropped and no exponent, however large or small.
 */
export function formatNumber(value: number, lang: Lang, digits = 4): string {
  if (!Number.isFinite(value)) return Number.isNaN(value) ? "–" : value > 0 ? "∞" : "−∞";
  if (value === 0) return "0";
  if (Math.abs(value) >= 1e21) {
    // toFixed (and so d3-format) switches to exponent notation here; group the digits ourselves.
    const digitsText = BigInt(Math.round(value)).toString().replace("-", "");
    const grouped = digitsText.replace(/\B(?=(\d{3})+(?!\d))/g, lang === "nl" ? "." : ",");
    return `${value < 0 ? "−" : ""}${grouped}`;
  }
  const magnitude = Math.floor(log10(Math.abs(value)));
  const decimals = Math.max(0, Math.min(12, digits - 1 - magnitude));
  const rounded = Number(value.toFixed(decimals));
  if (rounded === 0) return "0";
  const text = LOCALES[lang].format(`,.${decimals}f`)(rounded);
  if (decimals === 0) return text;
  const sep = lang === "nl" ? "," : ".";
  return text.replace(new RegExp(`\\${sep}?0+$`), "");
}

/** A fraction as a percentage with a fixed number of decimals (`0.123` → `12,3 %`). */
export function formatPercent(value: number, lang: Lang, decimals = 1, signed = false): string {
  if (!Number.isFinite(value)) return "–";
  const spec = `${signed ? "+" : ""}.${decimals}f`;
  return `${LOCALES[lang].format(spec)(value * 100)} %`;
}
