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

/** The name of each group in Dutch and English, for legends and headings. */
export const factorGroupLabels: Readonly<
  Record<FactorGroup, { readonly nl: string; readonly en: string }>
> = {
  prevention: { nl: "Preventie", en: "Prevention" },
  signalling: { nl: "Signalering", en: "Signalling" },
  investigation_prosecution: { nl: "Opsporing en vervolging", en: "Investigation and prosecution" },
  shelter_care: { nl: "Opvang en zorg", en: "Shelter and care" },
  municipal_approach: { nl: "Gemeentelijke aanpak", en: "Municipal approach" },
  international_migration: { nl: "Internationaal en migratie", en: "International and migration" },
  demand: { nl: "Vraag", en: "Demand" },
  perpetrators: { nl: "Daders", en: "Perpetrators" },
};
