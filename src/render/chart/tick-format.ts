/**
 * Tick labels in the report's language: d3-format with the Dutch conventions (decimal comma,
 * thousands point) or the English ones, the precision following the tick step, as d3-scale's own
 * `tickFormat` does.
 */
import { precisionFixed, precisionPrefix } from "d3-format";
import { numberLocale } from "../format/number-format.js";
import type { Lang } from "../strings.js";

/**
 * The formatter of ticks `ticks` in `lang`: fixed decimals to the step's precision, SI prefixes
 * from a million up; `grouping` false for years (2012, not 2.012).
 */
export function tickFormatter(
  ticks: readonly number[],
  lang: Lang,
  grouping = true,
): (v: number) => string {
  const locale = numberLocale(lang);
  const step = ticks.length > 1 ? Math.abs(ticks[1]! - ticks[0]!) : 1;
  const big = Math.max(0, ...ticks.map(Math.abs));
  if (grouping && big >= 1e6) {
    return locale.format(`.${precisionPrefix(step, big)}s`);
  }
  return locale.format(`${grouping ? "," : ""}.${precisionFixed(step || 1)}f`);
}
