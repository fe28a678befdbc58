/**
 * The strongly connected components of a directed graph, by Tarjan's algorithm (R. Tarjan,
 * "Depth-first search and linear graph algorithms", SIAM J. Comput. 1(2), 1972, 146–160), with
 * an explicit stack instead of recursion, so that a feedback ring of 5,000 factors or a map of
 * 50,000 links does not overflow the call stack. Components come in no particular order.
 */

/** What the search needs of a graph (a graphology graph has both). */
export interface DirectedAdjacency {
  nodes(): string[];
  outNeighbors(node: string): string[];
}

/** The strongly connected components of `graph`, each a list of node keys. */
export function strongComponents(graph: DirectedAdjacency): string[][] {
  const nodes = graph.nodes();
  const n = nodes.length;
  const index = new Map(nodes.map((node, i) => [node, i]));
  const adjacency = nodes.map((node) => graph.outNeighbors(node).map((m) => index.get(m)!));
  const order = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const onStack = new Uint8Array(n);
  const stack: number[] = [];
  const components: string[][] = [];
  let counter = 0;
  const visit = (v: number, work: number[][]): void => {
    order[v] = counter;
    low[v] = counter;
    counter++;
    stack.push(v);
    onStack[v] = 1;
    work.push([v, 0]);
  };
  for (let root = 0; root < n; root++) {
    if (order[root] !== -1) continue;
    const work: number[][] = [];
    visit(root, work);
    while (work.length > 0) {
      const frame = work[work.length - 1]!;
      const v = frame[0]!;
      const targets = adjacency[v]!;
      if (frame[1]! < targets.length) {
        const w = targets[frame[1]!]!;
        frame[1]!++;
        if (order[w] === -1) visit(w, work);
        else if (onStack[w]) low[v] = Math.min(low[v]!, order[w]!);
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent !== undefined) low[parent[0]!] = Math.min(low[parent[0]!]!, low[v]!);
      if (low[v] === order[v]) {
        const component: string[] = [];
        let w: number;
        do {
          w = stack.pop()!;
          onStack[w] = 0;
          component.push(nodes[w]!);
        } while (w !== v);
        components.push(component);
      }
    }
  }
  return components;
}
