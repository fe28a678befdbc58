/**
 * Loop discovery for models with too many loops to enumerate: the strongest-path search of
 * Eberlein and Schoenberg ("Finding the loops that matter", 2020). At a given time, from every
 * stock, follow outgoing links strongest first (by |link score|), keep at each variable the best
 * product of scores by which it was reached and prune weaker arrivals; a return to the start
 * stock records a loop. It is a heuristic: it finds the loops that carry the most weight at the
 * times it is run, which is what dominance needs.
 */
import { expectNumeric, expectObject, expectStrings } from "../../diagnostics/check-argument.js";

/** Out-links of a node with their current |score|. */
export type WeightedAdjacency = ReadonlyMap<
  string,
  readonly { readonly to: string; readonly weight: number }[]
>;

/** Cycles (lists of node ids, starting at a stock) found from each of `starts`. */
export function strongestPathLoops(
  adjacency: WeightedAdjacency,
  starts: readonly string[],
  maxDepth = 100,
): string[][] {
  expectObject("strongestPathLoops", "adjacency", adjacency);
  expectStrings("strongestPathLoops", "starts", starts);
  expectNumeric("strongestPathLoops", "maxDepth", maxDepth);
  const loops: string[][] = [];
  for (const start of starts) {
    const best = new Map<string, number>();
    const path: string[] = [start];
    const onPath = new Set<string>([start]);
    const visit = (node: string, strength: number) => {
      if (path.length > maxDepth) return;
      const out = [...(adjacency.get(node) ?? [])].sort((a, b) => b.weight - a.weight);
      for (const { to, weight } of out) {
        if (weight === 0) continue;
        const reached = strength * weight;
        if (to === start) {
          loops.push([...path]);
          continue;
        }
        if (onPath.has(to) || reached <= (best.get(to) ?? 0)) continue;
        best.set(to, reached);
        path.push(to);
        onPath.add(to);
        visit(to, reached);
        path.pop();
        onPath.delete(to);
      }
    };
    visit(start, 1);
  }
  return loops;
}
