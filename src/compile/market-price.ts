/**
 * Runtime forms of Vensim's many-to-many allocation functions FIND MARKET PRICE, DEMAND AT PRICE
 * and SUPPLY AT PRICE (Vensim Reference Guide, "Allocation Functions": "Supply and Demand",
 * "Prioritization, Demand and Supply Curves", "Specifying the Curves").
 *
 * They share ALLOCATE AVAILABLE's curves (`priorityShare`): a demand curve falls from the whole
 * quantity to nothing as the price rises past its `ppriority`, and a supply curve is the same
 * shape flipped, rising from nothing to the whole capacity. A fixed quantity (ptype 0) is "constant
 * for all priorities": demanded or supplied whole at every price. The market price is where the
 * summed demand curves meet the summed supply curves, found by bisection; where they meet over a
 * range of prices (no demand, so every price below the supply curves clears the market) it is
 * the highest of them. A market of fixed quantities only has no price: Vensim's :NA:. A profile
 * type the curves do not implement or a width that is not positive is an error at run time
 * (NaN).
 */
import {
  allocateAvailableValid,
  FIXED,
  levelWhere,
  type PriorityProfile,
  priorityShare,
} from "./allocate-available.js";
import { VENSIM_NA } from "./lookup-modes.js";
import { lastCall } from "./vector-functions.js";

/** The quantity a demander with curve `p` takes at `price`. */
export function demandAtPrice(quantity: number, p: PriorityProfile, price: number): number {
  if (!allocateAvailableValid(p)) return Number.NaN;
  return Math.max(0, quantity) * priorityShare(p, price);
}

/** The quantity a supplier with curve `p` offers at `price`. */
export function supplyAtPrice(quantity: number, p: PriorityProfile, price: number): number {
  if (!allocateAvailableValid(p)) return Number.NaN;
  if (p.type === FIXED) return Math.max(0, quantity);
  return Math.max(0, quantity) * (1 - priorityShare(p, price));
}

/** The price at which the summed demand meets the summed supply. */
export function findMarketPrice(
  demands: readonly number[],
  demandProfiles: readonly PriorityProfile[],
  supplies: readonly number[],
  supplyProfiles: readonly PriorityProfile[],
): number {
  const all = [...demandProfiles, ...supplyProfiles];
  if (!all.every(allocateAvailableValid)) return Number.NaN;
  const curves = all.filter((p) => p.type !== FIXED);
  if (curves.length === 0) return VENSIM_NA;
  // Excess demand: falls as the price rises.
  const excess = (x: number) =>
    demands.reduce((s, q, i) => s + demandAtPrice(q, demandProfiles[i]!, x), 0) -
    supplies.reduce((s, q, i) => s + supplyAtPrice(q, supplyProfiles[i]!, x), 0);
  return levelWhere(curves, (x) => excess(x) >= 0);
}

const profilesOf = (values: readonly number[]): PriorityProfile[] =>
  Array.from({ length: values.length / 4 }, (_, i) => ({
    type: values[4 * i]!,
    priority: values[4 * i + 1]!,
    width: values[4 * i + 2]!,
  }));

const lastPrice = lastCall(([nd, ns, ...rest]) => {
  const d = nd!;
  const s = ns!;
  return findMarketPrice(
    rest.slice(0, d),
    profilesOf(rest.slice(d, 5 * d)),
    rest.slice(5 * d, 5 * d + s),
    profilesOf(rest.slice(5 * d + s, 5 * d + 5 * s)),
  );
});

/**
 * FIND MARKET PRICE: `nd` demands, their profiles (four numbers each: type, priority, width,
 * extra), then `ns` supplies and their profiles.
 */
export function marketPriceOf(nd: number, ns: number, ...rest: number[]): number {
  if (!(nd >= 0 && ns >= 0) || rest.length !== 5 * (nd + ns)) return Number.NaN;
  return lastPrice([nd, ns, ...rest]);
}

/** DEMAND AT PRICE for one demander: quantity, its profile (four numbers), the price. */
export function demandAtPriceOf(
  quantity: number,
  type: number,
  priority: number,
  width: number,
  _extra: number,
  price: number,
): number {
  return demandAtPrice(quantity, { type, priority, width }, price);
}

/** SUPPLY AT PRICE for one supplier: quantity, its profile (four numbers), the price. */
export function supplyAtPriceOf(
  quantity: number,
  type: number,
  priority: number,
  width: number,
  _extra: number,
  price: number,
): number {
  return supplyAtPrice(quantity, { type, priority, width }, price);
}
