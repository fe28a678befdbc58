/**
 * Dominance: at each time, the dominant loops are the smallest set, strongest first, whose
 * relative scores add up (in magnitude) to at least half of the change of their partition; runs
 * of times with the same set become periods.
 */
import {
  expectArray,
  expectNumber,
  expectNumbers,
  expectStrings,
} from "../../diagnostics/check-argument.js";

/** A period in which the same loops dominate. */
export interface DominancePeriod {
  readonly from: number;
  readonly to: number;
  readonly loops: readonly string[];
}

/** The dominant loop ids at one time, from the relative scores of every loop at that time. */
export function dominantAt(
  ids: readonly string[],
  relative: ArrayLike<number>,
  share = 0.5,
): string[] {
  expectStrings("dominantAt", "ids", ids);
  expectNumbers("dominantAt", "relative", relative);
  expectNumber("dominantAt", "share", share);
  // Strongest first until half of the total is covered; usually one to three picks, so a
  // repeated maximum search beats sorting every loop at every time.
  let total = 0;
  for (let l = 0; l < ids.length; l++) total += Math.abs(relative[l]!);
  const chosen: number[] = [];
  let covered = 0;
  while (covered < share * total && chosen.length < ids.length) {
    let best = -1;
    for (let l = 0; l < ids.length; l++) {
      if (chosen.includes(l) || relative[l] === 0) continue;
      const s = Math.abs(relative[l]!);
      if (
        best < 0 ||
        s > Math.abs(relative[best]!) ||
        (s === Math.abs(relative[best]!) && ids[l]! < ids[best]!)
      )
        best = l;
    }
    if (best < 0) break;
    chosen.push(best);
    covered += Math.abs(relative[best]!);
  }
  return chosen.map((l) => ids[l]!).sort();
}

/** Periods of equal dominance over the given times (`scores[loop][time]`). */
export function dominantPeriods(
  time: ArrayLike<number>,
  ids: readonly string[],
  scores: readonly ArrayLike<number>[],
): DominancePeriod[] {
  expectNumbers("dominantPeriods", "time", time);
  expectStrings("dominantPeriods", "ids", ids);
  expectArray("dominantPeriods", "scores", scores);
  const periods: DominancePeriod[] = [];
  const column = new Float64Array(ids.length);
  let previous = "";
  for (let i = 0; i < time.length; i++) {
    for (let l = 0; l < ids.length; l++) column[l] = scores[l]![i]!;
    const loops = dominantAt(ids, column);
    const key = loops.join(",");
    const last = periods.at(-1);
    if (last && key === previous) {
      periods[periods.length - 1] = { ...last, to: time[i]! };
    } else {
      periods.push({ from: time[i]!, to: time[i]!, loops });
    }
    previous = key;
  }
  return periods.filter((p) => p.loops.length > 0);
}
