/**
 * Random causal maps for tests and benchmarks: `factors` factors `f0`, `f1`, … and `links` distinct
 * links between different factors, with random polarity, drawn from a seeded generator
 * (mulberry32, a 32-bit generator good enough for test data) so the same seed gives the same map.
 */
import type { CausalLink, CausalMap } from "../model/types.js";

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A seeded random map; `links` is capped at the number of possible links. */
export function randomCausalMap(factors: number, links: number, seed = 1): CausalMap {
  const random = mulberry32(seed);
  const ids = Array.from({ length: factors }, (_, i) => `f${i}`);
  const wanted = Math.min(links, factors * (factors - 1));
  const seen = new Set<string>();
  const out: CausalLink[] = [];
  while (out.length < wanted) {
    const from = ids[Math.floor(random() * factors)]!;
    const to = ids[Math.floor(random() * factors)]!;
    if (from === to || seen.has(`${from}>${to}`)) continue;
    seen.add(`${from}>${to}`);
    out.push({ kind: "link", from, to, polarity: random() < 0.5 ? "+" : "-" });
  }
  return {
    kind: "causal-map",
    name: `random ${factors}/${links} seed ${seed}`,
    factors: ids.map((id) => ({ kind: "factor", id })),
    links: out,
  };
}
