import type { FactorSpec } from "./factor-spec.js";

/**
 * Factors of the approach as a whole that the first version of this map lacked: the chain's
 * cooperation ("basis op orde", the core of the CoMensha analysis, S1, S2), prevention among
 * those at risk, and the mayors' administrative approach (licences, permits, closures).
 */
export const approachFactors = [
  {
    kind: "factor",
    id: "ketensamenwerking",
    labels: {
      nl: "Ketensamenwerking en basis op orde",
      en: "Chain cooperation and the basics in order",
    },
    description:
      "How well the chain partners work together on the existing base (registration, care coordination, case consultation) before new initiatives: the core of the CoMensha analysis, which holds that the base must be in order and made durable first (S1, S2).",
    actors: [
      "CoMensha",
      "politie",
      "OM",
      "gemeenten",
      "zorg- en opvangorganisaties",
      "ministerie JenV",
    ],
    group: "municipal_approach",
    units: "index",
    sources: ["S1", "S2", "S69"],
  },
  {
    kind: "factor",
    id: "preventie_weerbaarheid",
    labels: {
      nl: "Preventie en weerbaarheid van risicogroepen",
      en: "Prevention and resilience among those at risk",
    },
    description:
      "Information, resilience training and early help for young people in youth care, people with a mild intellectual disability and migrants without a secure status, whom exploiters seek out (S60, S61); no Dutch evaluation gives its effect.",
    actors: ["gemeenten", "Jeugdzorg", "zorg- en opvangorganisaties", "CCV"],
    group: "prevention",
    units: "index",
    sources: ["S60", "S61", "S69"],
  },
  {
    kind: "factor",
    id: "bestuurlijke_aanpak",
    labels: {
      nl: "Bestuurlijke aanpak door burgemeesters (vergunningen, sluitingen)",
      en: "Mayors' administrative approach (licences, permits, closures)",
    },
    description:
      "What mayors do with administrative law: licences for sex work with an intake interview on coercion, permit checks and closures of premises; the licence requirement for all commercial sexual services is part of the 2018 programme (S6) and of the bill on the regulation of sex work (S65).",
    actors: ["gemeenten", "VNG", "politie"],
    group: "municipal_approach",
    units: "index",
    sources: ["S6", "S65", "S-overheidvannu"],
  },
] as const satisfies readonly FactorSpec[];
