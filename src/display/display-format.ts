/**
 * Numbers as a reader of the model's language writes them, through d3-format's locales: Dutch
 * with a decimal comma and a thousands point, English with a decimal point and a thousands
 * comma. Four significant digits, whole numbers from 1,000 on, never exponent notation.
 */
import { formatLocale } from "d3-format";
import { expectModel, expectNumeric, expectOneOf } from "../diagnostics/check-argument.js";
import type { AnyModel } from "../model/types.js";
import type { Lang } from "../render/strings.js";

const LOCALES = {
  nl: formatLocale({ decimal: ",", thousands: ".", grouping: [3], currency: ["€ ", ""] }),
  en: formatLocale({ decimal: ".", thousands: ",", grouping: [3], currency: ["$", ""] }),
} as const;

/** Options that choose a view's language. */
export interface LangOptions {
  /** Language of words and numbers; default: the model's (see {@link displayLang}). */
  readonly lang?: Lang;
}

/**
 * The language to show a model in: `lang` when given, else Dutch when the model has a Dutch
 * label (`labels.nl`), else English.
 */
export function displayLang(model: AnyModel | undefined, lang?: Lang): Lang {
  if (model !== undefined) expectModel("displayLang", "model", model, ["stock-flow", "causal-map"]);
  if (lang !== undefined) expectOneOf("displayLang", "lang", lang, ["nl", "en"]);
  return lang ?? (model?.labels?.nl !== undefined ? "nl" : "en");
}

/** `x` formatted for `lang`: 4 significant digits below 1,000, whole numbers above. */
export function formatNumber(x: number, lang: Lang): string {
  expectNumeric("formatNumber", "x", x);
  expectOneOf("formatNumber", "lang", lang, ["nl", "en"]);
  if (Number.isNaN(x)) return "–";
  if (!Number.isFinite(x)) return x > 0 ? "∞" : "−∞";
  if (x === 0) return "0";
  const locale = LOCALES[lang];
  // toFixed, behind d3-format's "f", writes an exponent from 1e21 on: group the digits of the
  // integer instead.
  if (Math.abs(x) >= 1e21) {
    const digits = BigInt(Math.abs(x)).toString();
    const grouped = digits.replace(/\B(?=(\d{3})+$)/g, lang === "nl" ? "." : ",");
    return x < 0 ? `−${grouped}` : grouped;
  }
  return Math.abs(x) >= 1000 ? locale.format(",.0f")(x) : locale.format(",.4~r")(x);
}

/** A time or a year: no thousands separator (2030, not 2.030), up to 6 significant digits. */
export function formatTime(x: number, lang: Lang): string {
  expectNumeric("formatTime", "x", x);
  expectOneOf("formatTime", "lang", lang, ["nl", "en"]);
  if (!Number.isFinite(x) || Math.abs(x) >= 1e21) return formatNumber(x, lang);
  return Number.isInteger(x) ? String(x) : LOCALES[lang].format(".6~r")(x);
}

/** A share (0.123) as a percentage with one decimal (12.3 % / 12,3 %). */
export function formatPercent(x: number, lang: Lang): string {
  expectNumeric("formatPercent", "x", x);
  expectOneOf("formatPercent", "lang", lang, ["nl", "en"]);
  if (!Number.isFinite(x)) return formatNumber(x, lang);
  return LOCALES[lang].format("+,.1%")(x).replace("%", " %");
}
