/**
 * A combined ranking of candidate leverage points from the structural table: the rank-sum of three
 * measures, each ranked from high to low with ties sharing their mean rank —
 *
 * - the number of feedback loops a factor sits in (a push there is fed back and amplified or
 *   countered: loops are where behaviour comes from, Meadows' "structure of information flows"
 *   and "strength of feedback loops");
 * - betweenness (the factor carries many of the shortest causal chains between other factors,
 *   so a change there spreads; Brandes 2001);
 * - Vester's product P = AS·PS (the factor both drives and is driven: Vester's critical elements).
 *
 * The lowest rank-sum ranks first; equal sums are ordered by more loops, then by id. This is a
 * screening device to point a workshop at candidates, not a measure of effect: whether pushing a
 * factor helps is for a simulation (MARVEL) to show. Context: D. Meadows, "Leverage points: places
 * to intervene in a system" (1999); F. Vester, *Die Kunst vernetzt zu denken* (1999).
 */

import { expectArray, expectNumbers } from "../../diagnostics/check-argument.js";
import type { StructuralRow } from "./structural-table.js";

/** A structural row with its combined leverage score and rank. */
export interface LeverageCandidate extends StructuralRow {
  /** The rank-sum (lower is more leverage). */
  readonly score: number;
  /** 1 for the strongest candidate. */
  readonly rank: number;
}

/** Ranks from high to low values (1 = highest), ties sharing the mean of their ranks. */
export function descendingRanks(values: readonly number[]): number[] {
  expectNumbers("descendingRanks", "values", values);
  const order = values.map((v, i) => [v, i] as const).sort((a, b) => b[0] - a[0]);
  const ranks = new Array<number>(values.length);
  for (let start = 0; start < order.length; ) {
    let end = start;
    while (end + 1 < order.length && order[end + 1]![0] === order[start]![0]) end++;
    for (let k = start; k <= end; k++) ranks[order[k]![1]] = (start + end) / 2 + 1;
    start = end + 1;
  }
  return ranks;
}

/** The rows ordered by combined leverage, strongest first. */
export function leverageRanking(rows: readonly StructuralRow[]): LeverageCandidate[] {
  expectArray("leverageRanking", "rows", rows);
  const loops = descendingRanks(rows.map((r) => r.loops));
  const betweenness = descendingRanks(rows.map((r) => r.betweenness));
  const product = descendingRanks(rows.map((r) => r.product));
  return rows
    .map((row, i) => ({ ...row, score: loops[i]! + betweenness[i]! + product[i]!, rank: 0 }))
    .sort((a, b) => a.score - b.score || b.loops - a.loops || (a.id < b.id ? -1 : 1))
    .map((row, i) => ({ ...row, rank: i + 1 }));
}
