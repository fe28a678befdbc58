/**
 * The actors of the Dutch approach to human trafficking: the core group of the 2018 systems
 * analysis (research.md §2.1, S1; Kamerstuk 28 638 nr. 162) and the other organisations that
 * research.md names as owners of a factor or a measure (§3, §4.2).
 */

/** Every actor a factor or measure may name. */
export const actors = [
  "OM",
  "Nationaal Rapporteur",
  "politie",
  "KMar",
  "Inspectie SZW",
  "CoMensha",
  "gemeenten",
  "VNG",
  "Jeugdzorg",
  "zorg- en opvangorganisaties",
  "IND",
  "COA",
  "ministerie JenV",
  "ministerie SZW",
  "ministerie VWS",
  "ministerie BZ",
  "Tweede Kamer",
  "rechtspraak",
  "reclassering",
  "CCV",
  "WODC",
  "Schadefonds Geweldsmisdrijven",
  "Autoriteit Persoonsgegevens",
  "werkgevers en uitzendbureaus",
  "klanten",
  "daders",
] as const;

/** The name of an actor. */
export type Actor = (typeof actors)[number];
