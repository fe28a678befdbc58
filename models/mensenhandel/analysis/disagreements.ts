/**
 * Where the stock-and-flow model and MARVEL point different ways for a measure, and why. The
 * reason is read from the models, not asserted: a factor the stock-and-flow model has no lever
 * for, a measure that ended long before 2030, a measure that brings more victims into view
 * (so that the chain behind identification fills), or, failing those, the different mechanics
 * of the two models, with the levers the measure acts through named.
 */
import type { MarvelEvaluation } from "../../../src/marvel/evaluate-marvel.js";
import { measures } from "../measures.js";
import { levers } from "../sfd/measure-levers.js";
import type { MeasureComparison } from "../sfd/sfd-scenarios.js";
import { CONCLUSION_INDICATORS, type Direction, directionOf } from "./conclusion-indicators.js";
import type { UncertaintyAnalysis } from "./uncertainty-analysis.js";

/** The year of the ensemble the comparison reads. */
export const DISAGREEMENT_YEAR = 2030;

/** Indicators that count victims or cases after identification: they grow when more are seen. */
const AFTER_IDENTIFICATION: ReadonlySet<string> = new Set([
  "total_waiting",
  "convictions",
  "revictimisations",
]);

/** Why the two models differ, with what the text needs. */
export type DisagreementReason =
  /** The stock-and-flow model has no lever for these factors of the measure. */
  | { readonly kind: "no_lever"; readonly factors: readonly string[] }
  /** Every change of the measure ended in `end`, years before the compared year. */
  | { readonly kind: "ended"; readonly end: number }
  /** The measure raises the share of victims seen (median relative change `shareSeen`). */
  | { readonly kind: "more_seen"; readonly shareSeen: number }
  /** The models' mechanics differ; the measure acts on these stock-and-flow variables. */
  | {
      readonly kind: "mechanics";
      readonly counterfactual: boolean;
      readonly variables: readonly string[];
    };

/** One measure × indicator where the two models point different ways. */
export interface Disagreement {
  readonly comparison: string;
  readonly indicator: string;
  readonly sfd: Direction;
  readonly marvel: "up" | "down" | "none";
  readonly reason: DisagreementReason;
}

function reasonFor(
  comparison: MeasureComparison,
  indicator: string,
  sfd: Direction,
  marvel: "up" | "down" | "none",
  uncertainty: UncertaintyAnalysis,
): DisagreementReason {
  const own = measures.filter((m) => comparison.measureIds.includes(m.id));
  const changes = own.flatMap((m) => m.changes);
  const noLever = [...new Set(changes.map((ch) => ch.factor))].filter(
    (f) => levers[f] === undefined,
  );
  if (sfd === "none" && noLever.length > 0) return { kind: "no_lever", factors: noLever };
  const ends = changes.map((ch) => (ch.kind === "step" ? ch.end : undefined));
  if (sfd === "none" && ends.length > 0 && ends.every((e) => e !== undefined && e < 2030))
    return { kind: "ended", end: Math.max(...(ends as number[])) };
  const seen = uncertainty.effects.find(
    (x) =>
      x.comparison === comparison.id &&
      x.indicator === "share_seen" &&
      x.year === DISAGREEMENT_YEAR,
  );
  if (
    AFTER_IDENTIFICATION.has(indicator) &&
    sfd === "up" &&
    marvel === "down" &&
    seen !== undefined &&
    directionOf(seen) === "up"
  )
    return { kind: "more_seen", shareSeen: seen.median };
  return {
    kind: "mechanics",
    counterfactual: comparison.kind === "counterfactual",
    variables: [...new Set(changes.flatMap((ch) => levers[ch.factor]?.variable ?? []))],
  };
}

/** Compare, per measure and indicator, the ensemble's 2030 direction with MARVEL's at 10 years. */
export function disagreements(
  uncertainty: UncertaintyAnalysis,
  evaluation: MarvelEvaluation,
  comparisons: readonly MeasureComparison[],
): Disagreement[] {
  const last = evaluation.moments.length - 1;
  return comparisons.flatMap((c) => {
    const scenario = evaluation.scenarios.find((s) => s.id === c.id);
    if (scenario === undefined) return [];
    return CONCLUSION_INDICATORS.flatMap((ind): Disagreement[] => {
      const e = uncertainty.effects.find(
        (x) =>
          x.comparison === c.id && x.indicator === ind.marvelVia && x.year === DISAGREEMENT_YEAR,
      );
      const m = scenario.indicators.find((i) => i.factor === ind.marvel);
      if (e === undefined || m === undefined) return [];
      const sfd = directionOf(e);
      const change = m.change[last] ?? 0;
      const marvel = Math.abs(change) < 1e-9 ? "none" : change > 0 ? "up" : "down";
      const clash =
        (sfd === "up" && marvel === "down") ||
        (sfd === "down" && marvel === "up") ||
        (sfd === "none" && marvel !== "none");
      if (!clash) return [];
      const reason = reasonFor(c, ind.marvelVia, sfd, marvel, uncertainty);
      return [{ comparison: c.id, indicator: ind.id, sfd, marvel, reason }];
    });
  });
}
