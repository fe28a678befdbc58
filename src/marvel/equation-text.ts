/**
 * Small helpers that write readable equation text for the MARVEL compiler: numbers without
 * floating-point noise, sums that drop nothing and never start with `+ -`.
 */

/** A number as equation text, rounded to 12 significant digits (`1 - 0.7` prints `0.3`). */
export function numberText(x: number): string {
  const rounded = Number(x.toPrecision(12));
  return Object.is(rounded, -0) ? "0" : String(rounded);
}

/** `a + b - c` from signed terms; `0` when there are none. */
export function sumText(terms: readonly string[]): string {
  if (terms.length === 0) return "0";
  return terms.reduce((text, term, i) => {
    if (i === 0) return term;
    return term.startsWith("-") ? `${text} - ${term.slice(1)}` : `${text} + ${term}`;
  }, "");
}

/** `x` kept within [lo, hi]: `min(hi, max(lo, x))`. */
export function clampText(x: string, lo: number, hi: number): string {
  return `min(${numberText(hi)}, max(${numberText(lo)}, ${x}))`;
}
