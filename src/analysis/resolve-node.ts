/**
 * Names on the command line and in scripts: a node may be given by id or by display name (or its
 * Dutch or English label), case- and spacing-insensitively; an unknown name is a usage error with a
 * did-you-mean suggestion.
 */

import { expectGraph, expectString } from "../diagnostics/check-argument.js";
import { didYouMean, formatDidYouMean } from "../diagnostics/did-you-mean.js";
import { UsageError } from "../diagnostics/errors.js";
import { canonicalId } from "../model/canonical.js";
import type { CausalGraph } from "./graph/causal-graph-types.js";

/** The id of the node called `name` in `graph`; throws a {@link UsageError} when there is none. */
export function resolveNode(graph: CausalGraph, name: string): string {
  expectGraph("resolveNode", "graph", graph);
  expectString("resolveNode", "name", name);
  if (graph.hasNode(name)) return name;
  const wanted = canonicalId(name);
  if (graph.hasNode(wanted)) return wanted;
  const match = graph.findNode(
    (_id, a) =>
      canonicalId(a.label) === wanted ||
      (a.labels?.nl !== undefined && canonicalId(a.labels.nl) === wanted) ||
      (a.labels?.en !== undefined && canonicalId(a.labels.en) === wanted),
  );
  if (match !== undefined) return match;
  const hint = formatDidYouMean(didYouMean(name, graph.nodes()));
  throw new UsageError(`no factor or variable ${JSON.stringify(name)}${hint ? ` (${hint})` : ""}`);
}
