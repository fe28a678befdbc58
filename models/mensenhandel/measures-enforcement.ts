import { chosen, derived, type Measure, ramp, step } from "./measure.js";

/**
 * Measures on investigation, prosecution, demand and the residence regulation (research.md
 * §4.2, §5.7, §5.8).
 */
export const enforcementMeasures = [
  {
    id: "avim_capaciteit",
    labels: {
      nl: "Uitbreiding AVIM: 58 + 29 fte in 2023",
      en: "AVIM expansion: 58 + 29 FTE by 2023",
    },
    actors: ["politie", "ministerie JenV"],
    stated:
      "€10m a year: 58 FTE for specialist, tactical and digital investigation (€7.5m) and 29 FTE for asylum identification and registration (€2.5m), both by 2023; high staff outflow slowed the net gain",
    status: "in_force",
    programme: true,
    changes: [
      ramp(
        "opsporingscapaciteit",
        0.25,
        2019,
        4,
        derived(
          "(58 + 29) FTE / about 350 FTE on migration crime and trafficking in 2019 = 0.25, reached in 2023; the start in 2019 is assumed",
        ),
      ),
    ],
    sources: ["S10", "S41", "S42"],
  },
  {
    id: "veiligheidsagenda_doelen",
    labels: {
      nl: "Veiligheidsagenda: doelen voor verdachten bij het OM",
      en: "Security agenda: targets for suspects sent to the OM",
    },
    actors: ["politie", "OM", "ministerie JenV"],
    stated:
      "police-supplied OM suspects: 190 (2019), 205 (2021), 240 (2022); realised 145 (2019), 187 (2020)",
    status: "in_force",
    programme: true,
    changes: [
      ramp(
        "prioriteit_mensenhandel",
        0.45,
        2019,
        3,
        chosen(
          "The target rise of police-supplied suspects from 166 (2017) to 240 (2022) is 0.45; reading it as the rise in priority is an assumption.",
        ),
      ),
    ],
    sources: ["S34", "S39", "S40"],
  },
  {
    id: "webcrawler_informatiegestuurd",
    labels: {
      nl: "Webcrawler op seksadvertenties en informatiegestuurd werken",
      en: "Web crawler on sex ads and information-driven policing",
    },
    actors: ["politie"],
    stated: "screening of sex advertisements and of all police records for trafficking signals",
    status: "in_force",
    programme: true,
    changes: [
      step(
        "signalering_melding",
        0.1,
        2019,
        chosen(
          "No size is given; a tenth more victims seen in the online and hidden settings the crawler searches is a guess to vary.",
        ),
      ),
    ],
    sources: ["S39", "S41"],
  },
  {
    id: "politieliaisons",
    labels: {
      nl: "Extra politieliaisons in herkomstlanden",
      en: "More police liaison officers in origin countries",
    },
    actors: ["politie", "ministerie BZ"],
    stated: "part of the €291m for the police goes to extra liaison officers for trafficking",
    status: "in_force",
    programme: true,
    changes: [
      step(
        "internationale_samenwerking",
        0.2,
        2019,
        chosen(
          "The number of liaison officers is not in the sources; a fifth more cooperation is a guess to vary.",
        ),
      ),
    ],
    sources: ["S6", "S42"],
  },
  {
    id: "intensivering_inspectie_szw",
    labels: {
      nl: "Intensivering Inspectie SZW op arbeidsuitbuiting",
      en: "Labour Inspectorate intensification on labour exploitation",
    },
    actors: ["Inspectie SZW", "ministerie SZW"],
    stated:
      "funded within the €50m intensification; administrative-law inspectors 4 → 10 (2019); reports handled about 70 → 106 (2019) → 160 (2020)",
    status: "in_force",
    programme: true,
    changes: [
      ramp(
        "inspectiecapaciteit_szw",
        1.29,
        2018,
        2,
        derived(
          "reports handled 160 (2020) / 70 (before 2018) − 1 = 1.29, used as a proxy for capacity",
        ),
      ),
      step("bestuursrechtelijke_handhaving", 1.5, 2019, derived("10 / 4 inspectors − 1 = 1.5")),
    ],
    sources: ["S6", "S53"],
  },
  {
    id: "strafbaarstelling_klanten",
    labels: {
      nl: "Strafbaarstelling van klanten van slachtoffers",
      en: "Criminalising clients of trafficking victims",
    },
    actors: ["Tweede Kamer", "ministerie JenV", "OM"],
    stated:
      "clients who know or should suspect coercion are punishable (bill 34 091), in force in 2022; no effect size found",
    status: "in_force",
    programme: false,
    changes: [
      step(
        "vraag",
        -0.1,
        2022,
        chosen("No effect size has been found; a tenth less demand is a guess to vary."),
      ),
      step(
        "signalering_melding",
        0.02,
        2022,
        chosen(
          "Client tips are an intended effect with no size in the sources; a small rise is a guess.",
        ),
      ),
    ],
    sources: ["S64", "S30"],
  },
  {
    id: "wet_regulering_sekswerk",
    labels: { nl: "Wet regulering sekswerk", en: "Sex Work Regulation Act" },
    actors: ["ministerie JenV", "gemeenten", "Tweede Kamer"],
    stated:
      "licence for sex workers with an intake on self-reliance and coercion; clients of unlicensed workers punishable; a bill in 2020–2021",
    status: "bill",
    programme: false,
    changes: [
      step(
        "signalering_melding",
        0.05,
        2025,
        chosen(
          "The bill is not in force; a start in 2025 and a small gain from the intake filter are hypothetical.",
        ),
      ),
      step(
        "vraag",
        -0.05,
        2025,
        chosen(
          "The bill is not in force; a start in 2025 and a small fall in demand are hypothetical.",
        ),
      ),
    ],
    sources: ["S65"],
  },
  {
    id: "pilot_multidisciplinaire_advisering",
    labels: {
      nl: "Pilot multidisciplinaire advisering over slachtofferschap",
      en: "Pilot of multidisciplinary advice on victimhood",
    },
    actors: ["ministerie JenV", "Schadefonds Geweldsmisdrijven", "IND"],
    stated:
      "January 2018 to April 2019: identification decoupled from the criminal investigation; discontinued",
    status: "pilot_ended",
    programme: false,
    changes: [
      step(
        "toegang_verblijfsregeling",
        0.1,
        2018,
        chosen(
          "The pilot's reach is not in the sources; a tenth more access while it ran is a guess.",
        ),
        2019.33,
      ),
    ],
    sources: ["S52", "S29"],
  },
  {
    id: "beperking_b8_dublinclaimanten",
    labels: {
      nl: "Geen automatische B8/3-vergunning meer voor Dublinclaimanten",
      en: "No automatic B8/3 permit for Dublin claimants",
    },
    actors: ["ministerie JenV", "IND"],
    stated:
      "from 1 August 2019 a trafficking report by a Dublin claimant no longer leads to a permit automatically",
    status: "in_force",
    programme: false,
    changes: [
      step(
        "toegang_verblijfsregeling",
        -0.3,
        2019.58,
        chosen(
          "Dublin claimants were 72 % of the Nigerian group that left reception (S50), but their share of all B8/3 claims is not given; a cut of 0.3 is a guess.",
        ),
      ),
    ],
    sources: ["S50", "S63"],
  },
] as const satisfies readonly Measure[];
