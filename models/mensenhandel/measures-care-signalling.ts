import { chosen, derived, type Measure, ramp, step } from "./measure.js";

/**
 * Measures on shelter, signalling, information and the municipal approach (research.md §4.2,
 * §7 scenario levers).
 */
export const careSignallingMeasures = [
  {
    id: "specialistische_opvangplekken",
    labels: {
      nl: "36 specialistische opvangplekken voor slachtoffers met multiproblematiek",
      en: "36 specialist shelter places for victims with complex needs",
    },
    actors: ["ministerie VWS", "VNG", "zorg- en opvangorganisaties"],
    stated:
      "36 places in Almere, Alkmaar, Amsterdam, Rotterdam and Zwolle from April 2019, €2m a year from the coalition agreement",
    status: "in_force",
    programme: true,
    changes: [
      step(
        "specialistische_opvang",
        0.51,
        2019.25,
        derived(
          "36 new places / the 70 COSM places after the evaluation (S45) = 0.51; every shelter size of the project is relative to these 70 places",
        ),
      ),
    ],
    sources: ["S47", "S45", "S46"],
  },
  {
    id: "extra_cosm_bedden",
    labels: {
      nl: "Tijdelijk 15 % meer bedden in de COSM",
      en: "Temporary 15 % more COSM beds",
    },
    actors: ["ministerie JenV", "zorg- en opvangorganisaties", "CoMensha"],
    stated: "8 extra beds (+15 %) in 2018, initially for 2018 only",
    status: "temporary",
    programme: true,
    changes: [
      step(
        "opvangcapaciteit",
        0.11,
        2018,
        derived(
          "8 beds (S46) / the 70 COSM places after the evaluation (S45) = 0.11; S46 calls it +15 %, which implies about 53 adult beds, but the project keeps one base, the 70 places",
        ),
        2019,
      ),
    ],
    sources: ["S46"],
  },
  {
    id: "training_professionals",
    labels: {
      nl: "Training van eerstelijnsprofessionals",
      en: "Training of front-line professionals",
    },
    actors: ["CCV", "politie", "gemeenten", "zorg- en opvangorganisaties", "CoMensha"],
    stated:
      "first-line police training funded from 2017; e-learning and CCV modules for municipal front offices; no effect size known",
    status: "in_force",
    programme: true,
    changes: [
      ramp(
        "signaleringsvermogen_professionals",
        0.2,
        2017,
        4,
        chosen(
          "No evaluation gives a size; a fifth more trained professionals over four years is a modest guess to vary.",
        ),
      ),
    ],
    sources: ["S43", "S54"],
  },
  {
    id: "gemeentelijk_beleid_2022",
    labels: {
      nl: "Elke gemeente beleid tegen mensenhandel in 2022",
      en: "Every municipality a trafficking policy by 2022",
    },
    actors: ["gemeenten", "VNG"],
    stated: "Interbestuurlijk Programma: every municipality has a trafficking policy by 2022",
    status: "in_force",
    programme: true,
    changes: [
      ramp(
        "gemeentelijk_beleid",
        1,
        2019,
        3,
        chosen(
          "The 2018 share of municipalities with a policy is not in the sources; assuming half had one, full coverage doubles it.",
        ),
      ),
    ],
    sources: ["S-overheidvannu"],
  },
  {
    id: "tweede_prevalentieschatting",
    labels: {
      nl: "Tweede schatting van het werkelijke aantal slachtoffers (WODC)",
      en: "Second multiple-systems estimate of the number of victims (WODC)",
    },
    actors: ["WODC", "Nationaal Rapporteur"],
    stated: "part of the programme; delivered in November 2021 (about 5,000 victims a year)",
    status: "in_force",
    programme: true,
    changes: [
      step(
        "zicht_op_omvang",
        0.2,
        2021.9,
        chosen(
          "An estimate improves the information position but the sources give no measure of it; a fifth is a guess to vary.",
        ),
      ),
    ],
    sources: ["S68", "S14"],
  },
  {
    id: "informatiedeling_herstellen",
    labels: {
      nl: "Knelpunt informatiedeling (AVG) oplossen",
      en: "Fix the information-sharing barrier (GDPR reading)",
    },
    actors: ["ministerie JenV", "Autoriteit Persoonsgegevens", "zorg- en opvangorganisaties"],
    stated:
      "restore the voluntary reporting channel towards about 550 reports a year; a justified interest is a valid ground to share",
    status: "scenario",
    programme: false,
    changes: [
      step(
        "drempel_informatiedeling",
        -0.73,
        2020,
        derived(
          "undo the fall of voluntary reports from 550 to 150 a year: 150 / 550 − 1 = −0.73; the start in 2020 is assumed",
        ),
      ),
    ],
    sources: ["S24", "S57", "S58", "S29"],
  },
  {
    id: "structurele_financiering_2023",
    labels: {
      nl: "Structureel €2 mln per jaar en Actieplan 2023 (basisaanpak)",
      en: "Structural €2m a year and the 2023 action plan (basic approach)",
    },
    actors: ["ministerie JenV", "VNG", "gemeenten", "CoMensha"],
    stated: "structural €2m a year from 2023 for training, investigation, shelter and coordination",
    status: "in_force",
    programme: false,
    changes: [
      step(
        "zorgcoordinatie",
        0.1,
        2023,
        chosen(
          "The split of the €2m over its aims is not in the sources; a tenth more coordination is a guess to vary.",
        ),
      ),
      step(
        "signaleringsvermogen_professionals",
        0.05,
        2023,
        chosen(
          "The split of the €2m over its aims is not in the sources; a small rise in training is a guess to vary.",
        ),
      ),
    ],
    sources: ["S69"],
  },
] as const satisfies readonly Measure[];
