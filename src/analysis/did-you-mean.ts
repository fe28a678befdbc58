/**
 * Did-you-mean suggestions for unknown names: the closest candidates by Levenshtein distance,
 * compared on canonical ids so that case, spaces and accents do not count.
 */
import { canonicalId } from "../model/canonical.js";

function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(current[j - 1]! + 1, previous[j]! + 1, previous[j - 1]! + cost);
    }
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * Up to `limit` candidates close to `name` (distance at most a third of its length, at least 2),
 * nearest first; candidates containing the name or contained in it count as close too.
 */
export function closestNames(name: string, candidates: Iterable<string>, limit = 3): string[] {
  const wanted = canonicalId(name);
  const budget = Math.max(2, Math.floor(wanted.length / 3));
  const scored: { name: string; score: number }[] = [];
  for (const candidate of candidates) {
    const id = canonicalId(candidate);
    const d = distance(wanted, id);
    const contains = wanted.length >= 3 && (id.includes(wanted) || wanted.includes(id));
    if (d <= budget || contains)
      scored.push({ name: candidate, score: contains ? Math.min(d, budget) : d });
  }
  scored.sort((a, b) => a.score - b.score || a.name.localeCompare(b.name));
  return scored.slice(0, limit).map((s) => s.name);
}

/** A hint such as `did you mean "victims"?`, or undefined when nothing is close. */
export function didYouMean(name: string, candidates: Iterable<string>): string | undefined {
  const close = closestNames(name, candidates);
  if (close.length === 0) return undefined;
  return `did you mean ${close.map((c) => JSON.stringify(c)).join(" or ")}?`;
}
