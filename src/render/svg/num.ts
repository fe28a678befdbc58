/**
 * Numbers in SVG attributes: rounded to two decimals so that output is stable across platforms
 * and snapshot tests, and never `NaN` or `Infinity` (a non-finite value becomes 0).
 */

/** A number as attribute text, rounded to 2 decimals, without `-0`. */
export function num(x: number): string {
  if (!Number.isFinite(x)) return "0";
  const r = Math.round(x * 100) / 100;
  return Object.is(r, -0) ? "0" : String(r);
}

/** Round every number inside a path string (d3-shape emits full precision). */
export function roundPath(d: string | null): string {
  if (d === null) return "";
  return d.replace(/-?\d*\.?\d+(?:e[-+]?\d+)?/gi, (m) => num(Number(m)));
}
