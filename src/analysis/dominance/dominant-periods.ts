/**
 * Dominance: at each time, the dominant loops are the smallest set, strongest first, whose
 * relative scores add up (in magnitude) to at least half of the change of their partition; runs
 * of times with the same set become periods.
 */

/** A period in which the same loops dominate. */
export interface DominancePeriod {
  readonly from: number;
  readonly to: number;
  readonly loops: readonly string[];
}

/** The dominant loop ids at one time, from the relative scores of every loop at that time. */
export function dominantAt(
  ids: readonly string[],
  relative: readonly number[],
  share = 0.5,
): string[] {
  const order = ids.map((id, i) => ({ id, s: Math.abs(relative[i]!) })).filter((x) => x.s > 0);
  order.sort((a, b) => b.s - a.s || (a.id < b.id ? -1 : 1));
  const total = order.reduce((sum, x) => sum + x.s, 0);
  const chosen: string[] = [];
  let covered = 0;
  for (const x of order) {
    if (covered >= share * total) break;
    chosen.push(x.id);
    covered += x.s;
  }
  return chosen.sort();
}

/** Periods of equal dominance over the given times (`scores[loop][time]`). */
export function dominantPeriods(
  time: ArrayLike<number>,
  ids: readonly string[],
  scores: readonly ArrayLike<number>[],
): DominancePeriod[] {
  const periods: DominancePeriod[] = [];
  for (let i = 0; i < time.length; i++) {
    const loops = dominantAt(
      ids,
      ids.map((_, l) => scores[l]![i]!),
    );
    const last = periods.at(-1);
    if (last && last.loops.join(",") === loops.join(",")) {
      periods[periods.length - 1] = { ...last, to: time[i]! };
    } else {
      periods.push({ from: time[i]!, to: time[i]!, loops });
    }
  }
  return periods.filter((p) => p.loops.length > 0);
}
