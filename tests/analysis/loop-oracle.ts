/**
 * The slow, obvious loop enumerator the tests compare Johnson's algorithm with: from every node s,
 * walk every simple path through nodes greater than s and record it when an edge leads back to s.
 * Each cycle is found exactly once, from its least node.
 */
export function oracleCycles(edges: readonly (readonly [string, string])[]): string[][] {
  const nodes = [...new Set(edges.flat())].sort();
  const out = new Map<string, string[]>();
  for (const [from, to] of edges) out.set(from, [...(out.get(from) ?? []), to]);
  const cycles: string[][] = [];
  for (const s of nodes) {
    const walk = (path: string[]): void => {
      for (const next of out.get(path[path.length - 1]!) ?? []) {
        if (next === s) cycles.push([...path]);
        else if (next > s && !path.includes(next)) walk([...path, next]);
      }
    };
    walk([s]);
  }
  return cycles;
}
