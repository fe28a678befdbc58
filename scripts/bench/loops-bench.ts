/**
 * Bench cases of the loop search, called by the bench harness: random causal maps of 60 factors /
 * 180 links and 100 factors / 300 links (seeded), timed end to end (graph + loops). A case that hits
 * the search's time or count limit says so in its name.
 */
import { causalGraph } from "../../src/analysis/graph/causal-graph.js";
import { findLoops } from "../../src/analysis/loops/find-loops.js";
import { randomCausalMap } from "../../src/analysis/random-causal-map.js";

/** Time the loop search on the standard random maps. */
export async function benchLoops(): Promise<{ name: string; ms: number }[]> {
  const cases = [
    { factors: 60, links: 180 },
    { factors: 100, links: 300 },
  ];
  return cases.map(({ factors, links }) => {
    const map = randomCausalMap(factors, links, 2018);
    const started = performance.now();
    const { loops, truncated } = findLoops(causalGraph(map));
    const ms = performance.now() - started;
    const what = truncated ? `truncated at ${loops.length} loops` : `${loops.length} loops`;
    return { name: `loops: ${factors} factors, ${links} links (${what})`, ms };
  });
}
