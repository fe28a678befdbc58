import type { FactorSpec } from "./factor-spec.js";

/**
 * Factors of the chain that sees and pursues trafficking: signalling and reporting,
 * investigation and prosecution (research.md §3, F7–F19, F27, with the factors this map adds for
 * the workshop themes and the named loops).
 */
export const chainFactors = [
  {
    kind: "factor",
    id: "signaleringsvermogen_professionals",
    catalogue: "F7",
    labels: {
      nl: "Signaleringsvermogen van professionals",
      en: "Professional awareness and identification skill",
    },
    description:
      "Share of front-line professionals trained to recognise trafficking; first-line police training was funded from 2017, while over a third of labour inspectors were untrained.",
    actors: ["politie", "KMar", "Inspectie SZW", "zorg- en opvangorganisaties", "gemeenten", "CCV"],
    group: "signalling",
    units: "aandeel getraind",
    sources: ["S43", "S54"],
  },
  {
    kind: "factor",
    id: "herkenning_lvb",
    labels: {
      nl: "Herkenning van een licht verstandelijke beperking",
      en: "Recognition of a mild intellectual disability",
    },
    description:
      "How often police, municipalities and care recognise that a (possible) victim has a mild intellectual disability; exploiters seek these young people out and the authorities have a blind spot for them.",
    actors: ["politie", "gemeenten", "Jeugdzorg", "zorg- en opvangorganisaties"],
    group: "signalling",
    units: "0–1",
    sources: ["K162", "S60", "S61"],
  },
  {
    kind: "factor",
    id: "herkenning_jongens",
    labels: {
      nl: "Herkenning van seksuele uitbuiting van jongens",
      en: "Recognition of sexual exploitation of boys",
    },
    description:
      "How well professionals recognise boys as victims of sexual exploitation, a workshop theme of 2018; the sources give no Dutch figures on boys.",
    actors: ["politie", "Jeugdzorg", "zorg- en opvangorganisaties", "CoMensha"],
    group: "signalling",
    units: "0–1",
    sources: ["K162"],
  },
  {
    kind: "factor",
    id: "signalering_melding",
    catalogue: "F8",
    labels: {
      nl: "Aandeel slachtoffers dat in beeld komt",
      en: "Share of victims identified and reported",
    },
    description:
      "Share of victims identified and reported to CoMensha, through the obliged channel (police, KMar, Inspectie SZW) and the voluntary one (care, NGOs): about one in five in 2014–2015, one in three or four in 2018–2019.",
    actors: ["politie", "KMar", "Inspectie SZW", "zorg- en opvangorganisaties", "CoMensha"],
    group: "signalling",
    units: "aandeel",
    sources: ["S11", "S14", "S15"],
  },
  {
    kind: "factor",
    id: "geregistreerde_slachtoffers",
    labels: {
      nl: "Geregistreerde mogelijke slachtoffers",
      en: "Registered possible victims",
    },
    description:
      "Possible victims registered by CoMensha per year: NRM series 1,117 (2013), 1,256 (2014), 952 (2016), 668 (2018), 1,334 (2019), 984 (2020).",
    actors: ["CoMensha", "Nationaal Rapporteur"],
    group: "signalling",
    units: "slachtoffers/jaar",
    sources: ["S23", "S24", "S29", "S30"],
  },
  {
    kind: "factor",
    id: "meldbereidheid_zorg",
    catalogue: "F9",
    labels: {
      nl: "Meldbereidheid van niet-opsporingsinstanties",
      en: "Willingness of non-investigative bodies to report",
    },
    description:
      "Reports to CoMensha by care coordinators, youth care and NGOs: about 550 a year in 2014–2017, only 150 in 2018.",
    actors: ["zorg- en opvangorganisaties", "Jeugdzorg", "CoMensha"],
    group: "signalling",
    units: "meldingen/jaar",
    sources: ["S24", "S57"],
  },
  {
    kind: "factor",
    id: "drempel_informatiedeling",
    catalogue: "F10",
    labels: {
      nl: "Drempel voor informatiedeling tussen zorg en veiligheid (AVG-interpretatie)",
      en: "Barrier to information sharing between care and security (GDPR reading)",
    },
    description:
      "How much the reading of the GDPR (from 25 May 2018, taken to require explicit consent) holds back reports and case consultation between care and security partners; legal experts hold that a justified interest suffices.",
    actors: ["ministerie JenV", "Autoriteit Persoonsgegevens", "zorg- en opvangorganisaties"],
    group: "signalling",
    units: "0–1",
    sources: ["K162", "S24", "S57", "S58", "S29"],
  },
  {
    kind: "factor",
    id: "zicht_op_omvang",
    catalogue: "F27",
    labels: {
      nl: "Zicht op aard en omvang (informatiepositie)",
      en: "Information position on nature and scale",
    },
    description:
      "What the chain knows of the nature and scale of trafficking: registration quality and the multiple-systems estimates of the Nationaal Rapporteur and WODC.",
    actors: ["CoMensha", "Nationaal Rapporteur", "WODC"],
    group: "signalling",
    units: "index",
    sources: ["S24", "S68"],
  },
  {
    kind: "factor",
    id: "opsporingscapaciteit",
    catalogue: "F11",
    labels: {
      nl: "Opsporingscapaciteit voor mensenhandel (politie en KMar)",
      en: "Investigative capacity for trafficking (police, KMar)",
    },
    description:
      "Police and KMar capacity for trafficking: of the 1,184 FTE of the AVIM units about 350 worked on migration crime and trafficking in 2019.",
    actors: ["politie", "KMar", "ministerie JenV"],
    group: "investigation_prosecution",
    units: "FTE",
    sources: ["S10", "S42"],
  },
  {
    kind: "factor",
    id: "prioriteit_mensenhandel",
    catalogue: "F12",
    labels: { nl: "Prioriteit voor mensenhandel", en: "Priority given to trafficking" },
    description:
      "Weight of trafficking in police and OM steering (Veiligheidsagenda); it fell in 2014–2017 under competing priorities.",
    actors: ["ministerie JenV", "politie", "OM"],
    group: "investigation_prosecution",
    units: "0–1",
    sources: ["S5", "S24", "S40"],
  },
  {
    kind: "factor",
    id: "concurrerende_prioriteiten",
    labels: {
      nl: "Concurrerende prioriteiten (asielinstroom, terrorismebestrijding)",
      en: "Competing priorities (refugee influx, counter-terrorism)",
    },
    description:
      "Demands on the same police capacity from the refugee influx of 2015–2016 and counter-terrorism, named as a cause of the fall in registrations.",
    actors: ["politie", "ministerie JenV"],
    group: "investigation_prosecution",
    units: "index",
    sources: ["S5", "S24", "S43"],
  },
  {
    kind: "factor",
    id: "reorganisatie_politie",
    labels: { nl: "Reorganisatie Nationale Politie", en: "National Police reorganisation" },
    description:
      "The reorganisation into the National Police from 2013, which for some years left specialist trafficking posts unfilled.",
    actors: ["politie", "ministerie JenV"],
    group: "investigation_prosecution",
    units: "index",
    sources: ["S5", "S32", "S43"],
  },
  {
    kind: "factor",
    id: "expertise_opsporing",
    catalogue: "F13",
    labels: {
      nl: "Expertise in de opsporing (gecertificeerde rechercheurs)",
      en: "Investigative expertise (certified detectives)",
    },
    description:
      "Certified trafficking detectives and analysts, a stock that rebuilds slowly after the losses of the reorganisation.",
    actors: ["politie"],
    group: "investigation_prosecution",
    units: "FTE-jaren",
    sources: ["S5", "S32", "S43"],
  },
  {
    kind: "factor",
    id: "werkdruk_opsporing",
    labels: { nl: "Werkdruk per rechercheur", en: "Workload per investigator" },
    description:
      "Signals and complaints per unit of investigative capacity: in 2015–2019 police-signalled victims rose from 440 to 1,015 and complaints nearly doubled while suspects fell.",
    actors: ["politie"],
    group: "investigation_prosecution",
    units: "index",
    sources: ["S35"],
  },
  {
    kind: "factor",
    id: "kwaliteit_strafzaken",
    labels: { nl: "Kwaliteit van de strafdossiers", en: "Quality of criminal case files" },
    description: "How well cases are built; most dismissals are for lack of evidence.",
    actors: ["politie", "OM"],
    group: "investigation_prosecution",
    units: "index",
    sources: ["S35", "S37"],
  },
] as const satisfies readonly FactorSpec[];
