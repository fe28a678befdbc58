/**
 * What a causal-loop diagram draws: factors, links and loops as plain data, so the renderer
 * does not depend on how they were found. Adapters build it from a causal map or from a
 * graphology graph (the analysis layer's causal graph).
 */
import type Graph from "graphology";
import {
  expectArray,
  expectGraph,
  expectModel,
  expectObject,
  expectOneOf,
} from "../../diagnostics/check-argument.js";
import type { CausalMap, Labels, Polarity, SpeedClass, StrengthClass } from "../../model/types.js";

/** A factor (node) of the diagram. */
export interface CldNode {
  readonly id: string;
  /** Display label; defaults to the id. */
  readonly label?: string;
  readonly labels?: Labels;
  /** Sector, group or owning actor, for colouring by group. */
  readonly group?: string;
}

/** A causal link (arrow) of the diagram. */
export interface CldEdge {
  readonly from: string;
  readonly to: string;
  readonly polarity: Polarity;
  readonly strength?: StrengthClass;
  readonly speed?: SpeedClass;
  /** Delay in time units; a link with delay ≥ 1 or speed `low` gets a delay mark. */
  readonly delay?: number;
}

/** A feedback loop: its id (`R1`, `B2`), polarity and its variables in order. */
export interface CldLoop {
  readonly id: string;
  /** `R` reinforcing, `B` balancing, anything else unknown. */
  readonly polarity: string;
  readonly variables: readonly string[];
  /** The loop's title (shown beside its marker); defaults to the id. */
  readonly label?: string;
  /** The loop's title per language. */
  readonly labels?: Labels;
}

/** Everything a causal-loop diagram draws. */
export interface CldInput {
  readonly nodes: readonly CldNode[];
  readonly edges: readonly CldEdge[];
  readonly loops?: readonly CldLoop[];
}

/** The diagram input of a causal map (loops given separately, e.g. from `findLoops`). */
export function cldFromCausalMap(map: CausalMap, loops: readonly CldLoop[] = []): CldInput {
  expectModel("cldFromCausalMap", "map", map, ["causal-map"]);
  expectArray("cldFromCausalMap", "loops", loops);
  return {
    nodes: map.factors.map((f) => ({
      id: f.id,
      ...(f.name === undefined ? {} : { label: f.name }),
      ...(f.labels === undefined ? {} : { labels: f.labels }),
      ...((f.group ?? f.actors?.[0]) ? { group: (f.group ?? f.actors?.[0])! } : {}),
    })),
    edges: map.links.map((l) => ({
      from: l.from,
      to: l.to,
      polarity: l.polarity,
      ...(l.strength === undefined ? {} : { strength: l.strength }),
      ...(l.speed === undefined ? {} : { speed: l.speed }),
      ...(l.delay === undefined ? {} : { delay: l.delay }),
    })),
    loops,
  };
}

function text(value: unknown): string | undefined {
  return typeof value === "string" && value !== "" ? value : undefined;
}

/**
 * The diagram input of a graphology graph whose nodes carry `label`/`name`, `labels` and
 * `group`/`actor`/`actors`, and whose edges carry `polarity`, `strength`, `speed`, `delay`.
 */
export function cldFromGraph(graph: Graph, loops: readonly CldLoop[] = []): CldInput {
  expectGraph("cldFromGraph", "graph", graph);
  expectArray("cldFromGraph", "loops", loops);
  const nodes: CldNode[] = graph.mapNodes((id, a) => {
    const label = text(a.label) ?? text(a.name);
    const group =
      text(a.group) ?? text(a.actor) ?? (Array.isArray(a.actors) ? text(a.actors[0]) : undefined);
    return {
      id,
      ...(label === undefined ? {} : { label }),
      ...(a.labels && typeof a.labels === "object" ? { labels: a.labels as Labels } : {}),
      ...(group === undefined ? {} : { group }),
    };
  });
  const edges: CldEdge[] = graph.mapEdges((_key, a, from, to) => {
    const polarity: Polarity = a.polarity === "+" || a.polarity === "-" ? a.polarity : "?";
    return {
      from,
      to,
      polarity,
      ...(typeof a.strength === "string" ? { strength: a.strength as StrengthClass } : {}),
      ...(typeof a.speed === "string" ? { speed: a.speed as SpeedClass } : {}),
      ...(typeof a.delay === "number" ? { delay: a.delay } : {}),
    };
  });
  return { nodes, edges, loops };
}

/** The title of a loop in a language, falling back to its label, then its id. */
export function loopTitle(loop: CldLoop, lang: "nl" | "en" | undefined): string {
  return (lang === undefined ? undefined : loop.labels?.[lang]) ?? loop.label ?? loop.id;
}

/** The label of a node in a language, falling back to its display label, then its id. */
export function nodeLabel(node: CldNode, lang: "nl" | "en" | undefined): string {
  expectObject("nodeLabel", "node", node);
  if (lang !== undefined) expectOneOf("nodeLabel", "lang", lang, ["nl", "en"]);
  return (lang === undefined ? undefined : node.labels?.[lang]) ?? node.label ?? node.id;
}
