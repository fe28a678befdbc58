import type { CausalLink, CausalMap, Factor, Intervention } from "../../src/model/types.js";

/** A factor with defaults. */
export const factor = (id: string, extra: Partial<Factor> = {}): Factor => ({
  kind: "factor",
  id,
  ...extra,
});

/** A link with defaults. */
export const link = (
  from: string,
  to: string,
  polarity: CausalLink["polarity"],
  extra: Partial<CausalLink> = {},
): CausalLink => ({ kind: "link", from, to, polarity, ...extra });

/** The acceptance map of issue 7: a -> b (+, strong, high), b -> c (-, average, low). */
export function chainMap(interventions: readonly Intervention[] = []): CausalMap {
  return {
    kind: "causal-map",
    name: "chain",
    factors: [factor("a"), factor("b"), factor("c")],
    links: [
      link("a", "b", "+", { strength: "strong", speed: "high" }),
      link("b", "c", "-", { strength: "average", speed: "low" }),
    ],
    interventions,
  };
}

/** Raise `a` by 1 at time 0. */
export const raiseA: Intervention = { kind: "step", id: "raise_a", factor: "a", size: 1, start: 0 };
