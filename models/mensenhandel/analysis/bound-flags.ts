/**
 * Fitted constants that ended at a bound of their fit range. A fit that stops at a bound has
 * not found an interior optimum: the data push the constant beyond what its range allows, or
 * the constant does not matter to the fit. The report names such constants instead of hiding
 * them.
 */
import { fittedParameters } from "../sfd/parameters.js";

/** A fitted constant that ended at (or within 1 % of the width of) a bound. */
export interface BoundFlag {
  readonly id: string;
  readonly value: number;
  readonly bound: "lo" | "hi";
}

/** The fitted constants within 1 % of the width of a bound. */
export function boundFlags(parameters: Readonly<Record<string, number>>): BoundFlag[] {
  return fittedParameters.flatMap((p): BoundFlag[] => {
    const value = parameters[p.id];
    if (value === undefined || p.fit === undefined) return [];
    const tol = 0.01 * (p.fit.hi - p.fit.lo);
    if (value <= p.fit.lo + tol) return [{ id: p.id, value, bound: "lo" as const }];
    if (value >= p.fit.hi - tol) return [{ id: p.id, value, bound: "hi" as const }];
    return [];
  });
}
