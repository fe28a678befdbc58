/**
 * Did-you-mean suggestions: the known names closest to a misspelt one.
 *
 * Distance is the optimal-string-alignment variant of the Damerau–Levenshtein distance
 * (insertions, deletions, substitutions and transpositions of two adjacent characters each
 * cost 1; Damerau 1964, Levenshtein 1966), computed on lower-case text with spaces and
 * underscores treated alike, so `Room Temp` and `room_temp` are the same name. A name is
 * suggested when it is within a distance that grows with the length of the word (1 for up to
 * three characters, 2 up to six, 3 beyond), or when one name contains the other and the shorter
 * has at least four characters.
 */
import {
  expectIterable,
  expectNumeric,
  expectOptions,
  expectString,
  expectStrings,
} from "./check-argument.js";

/** Options of {@link didYouMean}. */
export interface DidYouMeanOptions {
  /** Largest distance suggested; defaults to a bound that grows with the word's length. */
  readonly maxDistance?: number;
  /** Most suggestions returned. */
  readonly limit?: number;
}

const DEFAULTS = { limit: 3 } as const;

const normalise = (s: string): string => s.toLowerCase().replace(/[\s_]+/g, "_");

/** The allowed distance for a word of this length. */
function defaultMaxDistance(length: number): number {
  return length <= 3 ? 1 : length <= 6 ? 2 : 3;
}

/**
 * Optimal-string-alignment distance between `a` and `b`, or `Infinity` once it is certain to
 * exceed `max`.
 */
export function editDistance(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  expectString("editDistance", "a", a);
  expectString("editDistance", "b", b);
  expectNumeric("editDistance", "max", max);
  if (Math.abs(a.length - b.length) > max) return Number.POSITIVE_INFINITY;
  let before = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d = Math.min(d, before[j - 2]! + 1);
      }
      current.push(d);
      rowMin = Math.min(rowMin, d);
    }
    if (rowMin > max) return Number.POSITIVE_INFINITY;
    before = previous;
    previous = current;
  }
  const distance = previous[b.length]!;
  return distance > max ? Number.POSITIVE_INFINITY : distance;
}

/**
 * The candidates closest to `word`, best first (ties alphabetically), without duplicates and
 * never `word` itself. Empty when nothing is close.
 */
export function didYouMean(
  word: string,
  candidates: Iterable<string>,
  options: DidYouMeanOptions = {},
): string[] {
  expectString("didYouMean", "word", word);
  expectIterable("didYouMean", "candidates", candidates);
  expectOptions("didYouMean", options, { maxDistance: "number", limit: "number" });
  const target = normalise(word);
  const max = options.maxDistance ?? defaultMaxDistance(target.length);
  const limit = options.limit ?? DEFAULTS.limit;
  const best = new Map<string, number>();
  for (const candidate of candidates) {
    const name = normalise(candidate);
    if (name === target || best.has(candidate)) continue;
    let distance = editDistance(target, name, max);
    const shorter = Math.min(name.length, target.length);
    if (distance === Number.POSITIVE_INFINITY && shorter >= 4) {
      if (name.includes(target) || target.includes(name)) distance = max + 0.5;
    }
    if (distance !== Number.POSITIVE_INFINITY) best.set(candidate, distance);
  }
  return [...best]
    .sort(([a, da], [b, db]) => da - db || (a < b ? -1 : a > b ? 1 : 0))
    .slice(0, limit)
    .map(([name]) => name);
}

/** `did you mean `a`, `b` or `c`?`, or undefined when there are no suggestions. */
export function formatDidYouMean(suggestions: readonly string[]): string | undefined {
  expectStrings("formatDidYouMean", "suggestions", suggestions);
  if (suggestions.length === 0) return undefined;
  const quoted = suggestions.map((s) => `\`${s}\``);
  const last = quoted.pop()!;
  return `did you mean ${quoted.length > 0 ? `${quoted.join(", ")} or ${last}` : last}?`;
}
