/**
 * From the links a modeller sees to the expanded structure: a link x → z of the causal graph is
 * one or more paths of elementary links from x to z whose intermediate nodes are z's own hidden
 * nodes (a DELAY3 in z's equation, or z's net rate). Stateful builtins are thus collapsed into one
 * link through the macro, whose score is, at each step, that of its strongest path (Schoenberg,
 * Davidsen and Eberlein 2020, on macros).
 */
import type { ElementaryStructure } from "./elementary-links.js";

/** Up to this many paths per link are kept (macros have a handful). */
const MAX_PATHS = 64;

/** The elementary paths (lists of link indices) of the link from `from` to `to`. */
export function linkPaths(structure: ElementaryStructure, from: string, to: string): number[][] {
  const outgoing = new Map<string, number[]>();
  structure.links.forEach((link, j) => {
    const list = outgoing.get(link.from) ?? [];
    list.push(j);
    outgoing.set(link.from, list);
  });
  const paths: number[][] = [];
  const visited = new Set<string>([from]);
  const walk = (node: string, path: number[]) => {
    if (paths.length >= MAX_PATHS) return;
    for (const j of outgoing.get(node) ?? []) {
      const next = structure.links[j]!.to;
      if (next === to) {
        paths.push([...path, j]);
        continue;
      }
      const passable = structure.internal.has(next) && structure.ownerOf.get(next) === to;
      if (!passable || visited.has(next)) continue;
      visited.add(next);
      walk(next, [...path, j]);
      visited.delete(next);
    }
  };
  walk(from, []);
  return paths;
}
