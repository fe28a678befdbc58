/**
 * Settling undecided link polarities from a run: for a `?` link x → y whose ends were both saved,
 * the sign of the co-movement of their changes, r = Σ Δx·Δy / √(Σ Δx² · Σ Δy²) over the saved
 * steps, taken as the link's polarity when |r| reaches `minCorrelation`.
 *
 * This is a heuristic, not the partial derivative the symbolic rules compute: other inputs of y
 * move too, so a strong co-movement can come from a common cause. It tells what the link did in
 * this run, and it is only used where the equation left the sign open. Settled links are marked
 * `settled: "run"`.
 */
import type { Run } from "../../simulate/run.js";
import type { CausalGraph } from "../graph/causal-graph-types.js";

/** Options of {@link settlePolarity}. */
export interface SettlePolarityOptions {
  /** Smallest |r| that settles a link (default 0.5). */
  readonly minCorrelation?: number;
}

/** Defaults of {@link SettlePolarityOptions}. */
export const SETTLE_POLARITY_DEFAULTS = { minCorrelation: 0.5 } as const;

/** The co-movement r of the step changes of two series (0 when either never moves). */
export function changeCorrelation(x: ArrayLike<number>, y: ArrayLike<number>): number {
  let xy = 0;
  let xx = 0;
  let yy = 0;
  for (let i = 1; i < Math.min(x.length, y.length); i++) {
    const dx = x[i]! - x[i - 1]!;
    const dy = y[i]! - y[i - 1]!;
    xy += dx * dy;
    xx += dx * dx;
    yy += dy * dy;
  }
  return xx === 0 || yy === 0 ? 0 : xy / Math.sqrt(xx * yy);
}

/** A copy of `graph` in which `?` links are settled from `run` where the data are clear enough. */
export function settlePolarity(
  graph: CausalGraph,
  run: Run,
  options: SettlePolarityOptions = {},
): CausalGraph {
  const { minCorrelation } = { ...SETTLE_POLARITY_DEFAULTS, ...options };
  const settled = graph.copy() as CausalGraph;
  settled.forEachEdge((edge, attributes, source, target) => {
    if (attributes.polarity !== "?" || !run.has(source) || !run.has(target)) return;
    const r = changeCorrelation(run.series(source), run.series(target));
    if (Math.abs(r) < minCorrelation) return;
    settled.replaceEdgeAttributes(edge, {
      ...attributes,
      polarity: r > 0 ? "+" : "-",
      settled: "run",
    });
  });
  return settled;
}
