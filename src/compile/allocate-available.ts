/**
 * Runtime form of Vensim's ALLOCATE AVAILABLE(request, pp, avail), from the Vensim Reference
 * Guide: "ALLOCATE AVAILABLE", and in "Allocation Functions" the pages "Prioritization, Demand
 * and Supply Curves" and "Specifying the Curves".
 *
 * Each requester i has a demand curve: the quantity it takes at a market priority level x is
 * `request_i · share(x)`, where `share` falls from 1 to 0 as x rises past the requester's own
 * priority. The curve is the integral (read from the top) of a named shape centred on
 * `ppriority` and spread by `pwidth`: rectangular and triangular shapes `pwidth` wide, a normal
 * shape whose standard deviation is `pwidth` (integrated, as Vensim does, by Hastings's
 * approximation, A&S 26.2.16: Vensim's published allocations agree with it and not with the
 * exact normal tail), an exponential shape `exp(-|x − ppriority| / pwidth)`
 * (the "symmetric integral from 0 out"). The allocation is the level at which the quantities add
 * up to `avail`; every requester then gets its quantity at that level. When `avail` covers every
 * request, each gets its request ("none are overfilled"); with nothing available, nothing.
 *
 * A fixed-quantity profile (ptype 0) is, in the reference's words, "constant for all
 * priorities (a horizontal line)": such a requester takes its whole request at every level, so
 * the fixed requests are served first and the curves share what is left. When the fixed
 * requests alone exceed `avail`, no level tells them apart and the curves get nothing: each
 * fixed requester gets the same share `avail / (fixed total)` of its request, which keeps the
 * reference's conservation of matter (the allocations add up to `avail`) and of intent (none
 * gets more than it asked). Vensim's output for all-fixed profiles is this proportional
 * rationing (SDEverywhere's allocate_ptype case).
 *
 * Not implemented, each an error at run time (NaN, which the run reports with the variable and
 * the time): ptype 5 (constant elasticity, whose truncation the reference does not specify),
 * the integer allocations asked for by adding 10 to the type, and a width that is not positive
 * on a curve.
 */
import { erfc } from "../math/erf.js";
import { exp } from "../math/exp.js";
import { normalTailHastings } from "../math/normal-tail-hastings.js";
import { lastCall } from "./vector-functions.js";

/**
 * How a normal curve (ptype 3) is drawn: by the approximation Vensim uses (Hastings, A&S
 * 26.2.16; see `normalTailHastings`), or exactly (Stella's ALLOCATE agrees with the exact tail).
 */
export type NormalCurve = "hastings" | "exact";

/** The values of one priority profile (Vensim's `ptype, ppriority, pwidth, pextra`). */
export interface PriorityProfile {
  readonly type: number;
  readonly priority: number;
  readonly width: number;
}

/**
 * The share (0 to 1) of its request that a requester with profile `p` takes at market priority
 * level `x`; NaN for a profile type that is not implemented.
 */
export function priorityShare(
  p: PriorityProfile,
  x: number,
  normal: NormalCurve = "hastings",
): number {
  const { type, priority, width } = p;
  if (type === FIXED) return 1;
  const u = (x - priority) / width; // distance above the centre, in widths
  switch (type) {
    case 1: // rectangular, `width` wide
      return Math.min(1, Math.max(0, 0.5 - u));
    case 2: {
      // triangular, `width` wide: v runs from 0 at the left foot to 1 at the right foot
      const v = u + 0.5;
      if (v <= 0) return 1;
      if (v < 0.5) return 1 - 2 * v * v;
      if (v < 1) return 2 * (1 - v) * (1 - v);
      return 0;
    }
    case 3: // normal with standard deviation `width`, by Vensim's approximation or exactly
      return normal === "hastings" ? normalTailHastings(u) : 0.5 * erfc(u / Math.SQRT2);
    case 4: // two-sided exponential exp(-|x - priority| / width), normalised
      return u < 0 ? 1 - 0.5 * exp(u) : 0.5 * exp(-u);
    default:
      return Number.NaN;
  }
}

/** The profile type of a fixed quantity, constant for all priorities. */
export const FIXED = 0;

/**
 * Whether `p` is a profile that is implemented: a fixed quantity (type 0, whose other values
 * are ignored), or a curve of type 1 to 4 with a positive width.
 */
export function allocateAvailableValid(p: PriorityProfile): boolean {
  if (p.type === FIXED) return true;
  return Number.isInteger(p.type) && p.type >= 1 && p.type <= 4 && p.width > 0;
}

/** Widths beyond the centre where every implemented curve has reached 0 or 1 (to 1e-17). */
const REACH = 40;

/**
 * The level at which `rising` turns false, between the lowest and highest reach of the `curves`
 * (where every curve is flat), by bisection to the last bit: `rising` must hold below the level
 * and fail above it.
 */
export function levelWhere(
  curves: readonly PriorityProfile[],
  rising: (x: number) => boolean,
): number {
  let lo = Math.min(...curves.map((p) => p.priority - REACH * p.width));
  let hi = Math.max(...curves.map((p) => p.priority + REACH * p.width));
  for (let i = 0; i < 200; i++) {
    const mid = (lo + hi) / 2;
    if (mid === lo || mid === hi) break;
    if (rising(mid)) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

/**
 * ALLOCATE AVAILABLE for every requester: the quantities at the market priority level where
 * they add up to `avail`, found by bisection (the total falls as the level rises).
 */
export function allocateAvailable(
  requests: readonly number[],
  profiles: readonly PriorityProfile[],
  avail: number,
  normal: NormalCurve = "hastings",
): number[] {
  const wanted = requests.map((r) => Math.max(0, r));
  const valid = profiles.every(allocateAvailableValid);
  if (!valid || profiles.length !== wanted.length) return wanted.map(() => Number.NaN);
  const total = wanted.reduce((s, r) => s + r, 0);
  if (avail >= total) return wanted;
  if (!(avail > 0)) return wanted.map(() => 0);
  // fixed quantities first: whole when they fit, else each the same share of its request
  const fixed = wanted.reduce((s, r, i) => (profiles[i]!.type === FIXED ? s + r : s), 0);
  if (fixed >= avail) {
    return wanted.map((r, i) => (profiles[i]!.type === FIXED ? r * (avail / fixed) : 0));
  }
  const curves = profiles.filter((p) => p.type !== FIXED);
  const at = (x: number) => wanted.map((r, i) => r * priorityShare(profiles[i]!, x, normal));
  const sum = (x: number) => at(x).reduce((s, a) => s + a, 0);
  return at(levelWhere(curves, (x) => sum(x) > avail));
}

/** The profiles held in `values`, four numbers each (type, priority, width, extra). */
function profilesOf(values: readonly number[], n: number): PriorityProfile[] {
  return Array.from({ length: n }, (_, i) => ({
    type: values[4 * i]!,
    priority: values[4 * i + 1]!,
    width: values[4 * i + 2]!,
  }));
}

/** `[avail, ...requests, ...profiles]` (four numbers a profile) → every allocation, once a step. */
const lastAllocation = lastCall(([avail, ...rest]) => {
  const n = rest.length / 5;
  return allocateAvailable(rest.slice(0, n), profilesOf(rest.slice(n), n), avail!);
});

/** The same with the exact normal curve (Stella's ALLOCATE). */
const lastExactAllocation = lastCall(([avail, ...rest]) => {
  const n = rest.length / 5;
  return allocateAvailable(rest.slice(0, n), profilesOf(rest.slice(n), n), avail!, "exact");
});

/** Element `k` of the allocation `all` computes from `rest`, or NaN when `k` is no element. */
function elementOf(
  all: (values: readonly number[]) => readonly number[],
  k: number,
  avail: number,
  rest: readonly number[],
): number {
  const n = rest.length / 5;
  const i = Number.isFinite(k) ? Math.round(k) : -1;
  if (!Number.isInteger(n) || i < 0 || i >= n) return Number.NaN;
  return all([avail, ...rest])[i]!;
}

/**
 * ALLOCATE AVAILABLE, element `k` (0-based): `rest` holds the n requests, then each
 * requester's profile as four numbers (type, priority, width, extra).
 */
export function allocateAvailableAt(k: number, avail: number, ...rest: number[]): number {
  return elementOf(lastAllocation, k, avail, rest);
}

/**
 * Stella's ALLOCATE, element `k` (0-based): as {@link allocateAvailableAt}, with the normal
 * curve drawn exactly (Stella's output agrees with the exact normal tail).
 */
export function allocateExactAt(k: number, avail: number, ...rest: number[]): number {
  return elementOf(lastExactAllocation, k, avail, rest);
}
