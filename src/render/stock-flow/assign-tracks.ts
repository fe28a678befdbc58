/**
 * Tracks for the pipes that run below a row of stocks (`chain-row.ts`): interval colouring,
 * shortest interval first, each on the first track where it overlaps nothing (with `gap` to
 * spare). Short pipes get the tracks nearest the row, so that a pipe nested inside a longer one
 * between the same stocks never crosses it.
 */

/** The track (0 nearest the row) of each interval `[x0, x1]`, in the order given. */
export function assignTracks(
  intervals: readonly (readonly [number, number])[],
  gap: number,
): number[] {
  const order = intervals
    .map((iv, i) => ({ iv, i }))
    .sort((a, b) => a.iv[1] - a.iv[0] - (b.iv[1] - b.iv[0]) || a.i - b.i);
  const used: (readonly [number, number])[][] = [];
  const track: number[] = new Array(intervals.length).fill(0);
  for (const { iv, i } of order) {
    const [x0, x1] = iv;
    let k = 0;
    while (used[k]?.some(([u0, u1]) => x0 < u1 + gap && u0 < x1 + gap)) k++;
    used[k] = [...(used[k] ?? []), iv];
    track[i] = k;
  }
  return track;
}
