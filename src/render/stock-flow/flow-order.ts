/**
 * The order in which the automatic stock-and-flow layout meets the diagram's parts, so that main
 * chains run left to right: a depth-first search that follows pipes before connectors and starts
 * from inflow clouds and stocks in model order. Its reverse finishing order puts every part
 * before what it feeds, except where a feedback loop must turn back: ELK's model-order cycle
 * breaking then reverses only the edges that close loops, never a pipe along a chain.
 */

/** An edge of the layout graph between two parts; `pipe` for the halves of a flow's pipe. */
export interface OrderEdge {
  readonly from: string;
  readonly to: string;
  readonly pipe: boolean;
}

/** The parts in layout order: `roots` first as starting points, then the rest in given order. */
export function flowOrder(
  parts: readonly string[],
  roots: readonly string[],
  edges: readonly OrderEdge[],
): string[] {
  const out = new Map<string, string[]>(parts.map((p) => [p, []]));
  // pipes first, so that the search runs along chains before it follows information
  for (const e of [...edges.filter((x) => x.pipe), ...edges.filter((x) => !x.pipe)]) {
    out.get(e.from)?.push(e.to);
  }
  const done = new Set<string>();
  const finished: string[] = [];
  for (const root of [...roots, ...parts]) {
    if (done.has(root) || !out.has(root)) continue;
    // iterative depth-first search: [node, index of the next edge to follow]
    const stack: [string, number][] = [[root, 0]];
    done.add(root);
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      const next = out.get(top[0])!;
      if (top[1] < next.length) {
        const n = next[top[1]++]!;
        if (!done.has(n)) {
          done.add(n);
          stack.push([n, 0]);
        }
      } else {
        finished.push(top[0]);
        stack.pop();
      }
    }
  }
  return finished.reverse();
}
