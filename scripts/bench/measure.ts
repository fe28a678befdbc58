/** Timing helpers for the benchmarks: warm up, then medians of several timed repetitions. */
import { performance } from "node:perf_hooks";

const median = (xs: number[]): number => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
};

/** Milliseconds of wall time that `fn` takes. */
export function wallMs(fn: () => unknown): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

/** Milliseconds of CPU time (user and system, this process) that `fn` takes. */
export function cpuMs(fn: () => unknown): number {
  const t0 = process.cpuUsage();
  fn();
  const t = process.cpuUsage(t0);
  return (t.user + t.system) / 1000;
}

const time = wallMs;

/** Median wall time of `fn` in milliseconds, after `warmup` untimed calls. */
export function medianMs(fn: () => unknown, repeats = 7, warmup = 2): number {
  for (let i = 0; i < warmup; i++) fn();
  return median(Array.from({ length: repeats }, () => time(fn)));
}

/**
 * Compare two functions with their repetitions interleaved (a, b, a, b, …), so that a burst of
 * load elsewhere on the machine hits both alike: medians of each and the median of the
 * per-repetition ratios a/b.
 */
export function compareMs(
  a: () => unknown,
  b: () => unknown,
  repeats = 9,
  warmup = 2,
  clock: (fn: () => unknown) => number = wallMs,
) {
  for (let i = 0; i < warmup; i++) {
    a();
    b();
  }
  const as: number[] = [];
  const bs: number[] = [];
  const ratios: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const ta = clock(a);
    const tb = clock(b);
    as.push(ta);
    bs.push(tb);
    ratios.push(ta / tb);
  }
  return { a: median(as), b: median(bs), ratio: median(ratios) };
}

/** Round to 3 significant digits for printing. */
export const round3 = (x: number): number => Number(x.toPrecision(3));
