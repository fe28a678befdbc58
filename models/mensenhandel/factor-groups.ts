/**
 * The groups of the systeemkaart: the pillars of the integral approach (prevention, signalling,
 * investigation and prosecution, shelter and care; research.md §2.3, S5) plus the municipal
 * approach, the international and migration dimension, demand and the perpetrators (issue 10).
 */

/** Every group a factor may belong to, in drawing order. */
export const factorGroups = [
  "prevention",
  "signalling",
  "investigation_prosecution",
  "shelter_care",
  "municipal_approach",
  "international_migration",
  "demand",
  "perpetrators",
] as const;

/** The group of a factor. */
export type FactorGroup = (typeof factorGroups)[number];
