/**
 * What a highlighted diagram keeps in full colour: the factors and links of one loop, or every
 * factor and link reachable from one factor (breadth-first along link direction). Everything
 * else is faded.
 */
import { UsageError } from "../../diagnostics/errors.js";
import type { CldInput } from "./cld-input.js";

/** Highlight one loop by id, or the paths from one factor. */
export type Highlight = { readonly loop: string } | { readonly from: string };

/** Active nodes and links (keyed `from→to`); `undefined` means everything is active. */
export interface ActiveSet {
  readonly nodes: ReadonlySet<string>;
  readonly edges: ReadonlySet<string>;
  readonly loops: ReadonlySet<string>;
}

/** The key of a link in an {@link ActiveSet}. */
export function edgeKey(from: string, to: string): string {
  return `${from}\u2192${to}`;
}

/** The active set of a highlight; throws UsageError for an unknown loop or factor. */
export function activeSet(input: CldInput, highlight: Highlight): ActiveSet {
  if ("loop" in highlight) {
    const loop = input.loops?.find((l) => l.id.toLowerCase() === highlight.loop.toLowerCase());
    if (loop === undefined) {
      const known = (input.loops ?? []).map((l) => l.id).join(", ") || "none";
      throw new UsageError(`diagram: no loop ${JSON.stringify(highlight.loop)} (loops: ${known})`);
    }
    const edges = loop.variables.map((v, i) =>
      edgeKey(v, loop.variables[(i + 1) % loop.variables.length]!),
    );
    return { nodes: new Set(loop.variables), edges: new Set(edges), loops: new Set([loop.id]) };
  }
  const start = input.nodes.find((n) => n.id === highlight.from || n.label === highlight.from);
  if (start === undefined)
    throw new UsageError(`diagram: no factor ${JSON.stringify(highlight.from)}`);
  const nodes = new Set([start.id]);
  const edges = new Set<string>();
  const queue = [start.id];
  while (queue.length > 0) {
    const at = queue.shift()!;
    for (const e of input.edges) {
      if (e.from !== at) continue;
      edges.add(edgeKey(e.from, e.to));
      if (!nodes.has(e.to)) {
        nodes.add(e.to);
        queue.push(e.to);
      }
    }
  }
  return { nodes, edges, loops: new Set() };
}
