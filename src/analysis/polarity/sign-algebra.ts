/**
 * The small algebra behind link polarity: signs of values and monotonicity of expressions, each
 * one of `+`, `-`, `0` (zero / does not depend on the input) or `?` (unknown or both ways).
 * Monotonicity is meant non-strictly: `+` means never decreasing as the input grows.
 */

/** Sign of a value or direction of a dependence. */
export type Sign = "+" | "-" | "0" | "?";

/** The sign of a number. */
export function signOfNumber(value: number): Sign {
  if (Number.isNaN(value)) return "?";
  if (value > 0) return "+";
  if (value < 0) return "-";
  return "0";
}

/** The opposite sign. */
export function negate(a: Sign): Sign {
  switch (a) {
    case "+":
      return "-";
    case "-":
      return "+";
    case "0":
    case "?":
      return a;
  }
}

/** The sign of a product. */
export function times(a: Sign, b: Sign): Sign {
  if (a === "0" || b === "0") return "0";
  if (a === "?" || b === "?") return "?";
  return a === b ? "+" : "-";
}

/** The sign of a sum: known only when the terms agree or are zero. */
export function plus(a: Sign, b: Sign): Sign {
  if (a === "0") return b;
  if (b === "0") return a;
  return a === b ? a : "?";
}

/** The sign of a sum of many terms. */
export function sum(signs: Iterable<Sign>): Sign {
  let total: Sign = "0";
  for (const s of signs) total = plus(total, s);
  return total;
}

/** The sign that both of two alternatives share, else `?` (for branches and min/max values). */
export function agree(a: Sign, b: Sign): Sign {
  return a === b ? a : "?";
}
