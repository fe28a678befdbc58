/**
 * Bench cases of the loop search, called by the bench harness: random causal maps of 60 factors /
 * 180 links and 100 factors / 300 links (seeded), timed end to end (graph + loops, median of three
 * after one warm-up). With the default limits (10 000 loops, 2 s) both maps stop at the loop limit;
 * the case name says whether the search completed or was truncated, and how many loops it found.
 */
import { causalGraph } from "../../src/analysis/graph/causal-graph.js";
import { findLoops } from "../../src/analysis/loops/find-loops.js";
import { randomCausalMap } from "../../src/analysis/random-causal-map.js";
import { medianMs } from "./measure.js";

/** Time the loop search on the standard random maps. */
export async function benchLoops(): Promise<{ name: string; ms: number }[]> {
  const cases = [
    { factors: 60, links: 180 },
    { factors: 100, links: 300 },
  ];
  return cases.map(({ factors, links }) => {
    const map = randomCausalMap(factors, links, 2018);
    const { loops, truncated } = findLoops(causalGraph(map));
    const ms = medianMs(() => findLoops(causalGraph(map)), 3, 1);
    const what = truncated ? `truncated at ${loops.length} loops` : `all ${loops.length} loops`;
    return { name: `loops: ${factors} factors, ${links} links (${what})`, ms };
  });
}
