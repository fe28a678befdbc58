import type { FactorSpec } from "./factor-spec.js";

/**
 * Factors of shelter and care, the municipal approach, and migration and the residence
 * regulation (research.md §3, F20–F23, F26, F29; §5.5; §5.6; §6.4; §6.6).
 */
export const careMigrationFactors = [
  {
    kind: "factor",
    id: "opvangcapaciteit",
    catalogue: "F20",
    labels: {
      nl: "Opvangcapaciteit (categorale opvang COSM)",
      en: "Shelter capacity (categorical shelter COSM)",
    },
    description:
      "Places in the categorical shelter for trafficking victims: 50 at the 2010 pilot, 70 after evaluation, 8 more (15 %) in 2018.",
    actors: ["ministerie JenV", "ministerie VWS", "zorg- en opvangorganisaties", "CoMensha"],
    group: "shelter_care",
    units: "bedden",
    sources: ["S44", "S45", "S46"],
  },
  {
    kind: "factor",
    id: "specialistische_opvang",
    labels: {
      nl: "Specialistische opvang voor slachtoffers met multiproblematiek",
      en: "Specialist shelter for victims with multiple problems",
    },
    description:
      "Places for victims with psychiatric, addiction or intellectual-disability needs: 36 places in Almere, Alkmaar, Amsterdam, Rotterdam and Zwolle from 2019, €2m a year.",
    actors: ["ministerie VWS", "VNG", "zorg- en opvangorganisaties"],
    group: "shelter_care",
    units: "bedden",
    sources: ["K162", "S47"],
  },
  {
    kind: "factor",
    id: "multiproblematiek",
    labels: {
      nl: "Slachtoffers met multiproblematiek",
      en: "Victims with multiple problems",
    },
    description:
      "Identified victims who besides the exploitation have for example an addiction, a psychiatric disorder or a mild intellectual disability, and need more than regular shelter.",
    actors: ["zorg- en opvangorganisaties", "gemeenten"],
    group: "shelter_care",
    units: "personen",
    sources: ["K162", "S47"],
  },
  {
    kind: "factor",
    id: "bezetting_opvang",
    catalogue: "F21",
    labels: { nl: "Bezetting van de opvang", en: "Shelter occupancy" },
    description:
      "Beds in use relative to capacity: the COSM was structurally full in 2018 and stays often exceeded the three-month norm because outflow stalled.",
    actors: ["zorg- en opvangorganisaties", "CoMensha", "gemeenten"],
    group: "shelter_care",
    units: "aandeel bezet",
    sources: ["S46"],
  },
  {
    kind: "factor",
    id: "slachtoffers_zonder_opvangplek",
    labels: {
      nl: "Slachtoffers zonder passende opvangplek",
      en: "Victims in need of shelter without a place",
    },
    description:
      "Identified victims who need shelter and wait for a fitting place or end up in general shelter; in 2013 CoMensha sought first shelter for 212 clients and placed 131 in the COSM.",
    actors: ["CoMensha", "zorg- en opvangorganisaties", "gemeenten"],
    group: "shelter_care",
    units: "personen",
    sources: ["S17", "S46"],
  },
  {
    kind: "factor",
    id: "zorgcoordinatie",
    catalogue: "F22",
    labels: {
      nl: "Zorgcoördinatie (regionale zorgcoördinatoren)",
      en: "Care coordination (regional care coordinators)",
    },
    description:
      "Coverage of regional care coordination, which finds shelter and care for victims; caseload 939 in 2013.",
    actors: ["CoMensha", "gemeenten"],
    group: "shelter_care",
    units: "dekking",
    sources: ["S17", "S28"],
  },
  {
    kind: "factor",
    id: "gemeentelijk_beleid",
    catalogue: "F26",
    labels: {
      nl: "Gemeentelijk beleid tegen mensenhandel",
      en: "Municipal anti-trafficking policy",
    },
    description:
      "Share of municipalities with a trafficking policy; the Interbestuurlijk Programma aims at every municipality by 2022.",
    actors: ["gemeenten", "VNG"],
    group: "municipal_approach",
    units: "aandeel gemeenten",
    sources: ["S-overheidvannu"],
  },
  {
    kind: "factor",
    id: "vervolghuisvesting",
    labels: {
      nl: "Beschikbaarheid van vervolghuisvesting",
      en: "Availability of follow-up housing",
    },
    description:
      "Housing and care that victims can move on to after the shelter, provided by municipalities; its shortage stalls the outflow of the shelter.",
    actors: ["gemeenten", "VNG"],
    group: "municipal_approach",
    units: "index",
    sources: ["S46"],
  },
  {
    kind: "factor",
    id: "kwetsbare_migratie",
    catalogue: "F29",
    labels: {
      nl: "Instroom van kwetsbare migranten",
      en: "Inflow of vulnerable migrants",
    },
    description:
      "Asylum seekers and other migrants from routes with trafficking, for example 2,461 Nigerian asylum seekers in 2019.",
    actors: ["IND", "COA", "ministerie JenV"],
    group: "international_migration",
    units: "personen/jaar",
    sources: ["K162", "S62", "S63"],
  },
  {
    kind: "factor",
    id: "vertrek_uit_opvang",
    labels: {
      nl: "Vertrek van asielzoekers met onbekende bestemming (MOB)",
      en: "Asylum seekers leaving reception for an unknown destination",
    },
    description:
      "Nigerian asylum seekers who left reception with unknown destination: about 70 (2014), 200 (2018), 961 (2019), with many signals of forced prostitution and drug trade; 72 % were Dublin claimants.",
    actors: ["COA", "IND", "KMar", "politie"],
    group: "international_migration",
    units: "personen/jaar",
    sources: ["K162", "S62", "S50"],
  },
  {
    kind: "factor",
    id: "toegang_verblijfsregeling",
    catalogue: "F23",
    labels: {
      nl: "Toegang tot de verblijfsregeling mensenhandel (B8/3)",
      en: "Access to the trafficking residence regulation (B8/3)",
    },
    description:
      "Reflection period of up to three months at the slightest indication, then a temporary permit when the victim cooperates; since 1 Aug 2019 a report by a Dublin claimant no longer leads to a permit automatically.",
    actors: ["IND", "politie", "KMar", "ministerie JenV"],
    group: "international_migration",
    units: "0–1",
    sources: ["K162", "S48", "S49", "S50", "S51"],
  },
  {
    kind: "factor",
    id: "b8_meldingen",
    labels: {
      nl: "Meldingen van mensenhandel door asielzoekers (B8/3)",
      en: "Trafficking reports by asylum seekers (B8/3 claims)",
    },
    description:
      "Reports of trafficking by asylum seekers that open the B8/3 route; the IND saw a strong rise from late 2018, notably from Nigerian and Ugandan women.",
    actors: ["IND", "politie", "KMar"],
    group: "international_migration",
    units: "meldingen/jaar",
    sources: ["S63", "S50"],
  },
  {
    kind: "factor",
    id: "vermoed_misbruik_b8",
    labels: {
      nl: "Vermoeden van oneigenlijk gebruik van de B8/3-regeling",
      en: "Suspected misuse of the B8/3 regulation",
    },
    description:
      "The belief that reports are made to obtain residence rather than because of exploitation, which led to the restriction for Dublin claimants.",
    actors: ["IND", "ministerie JenV", "politie"],
    group: "international_migration",
    units: "index",
    sources: ["S50", "S63"],
  },
  {
    kind: "factor",
    id: "internationale_samenwerking",
    labels: {
      nl: "Internationale samenwerking (politieliaisons in herkomstlanden)",
      en: "International cooperation (police liaison officers in origin countries)",
    },
    description:
      "Police liaison officers and cooperation with origin and transit countries, funded from the police budget in the 2018 programme.",
    actors: ["politie", "ministerie BZ", "ministerie JenV"],
    group: "international_migration",
    units: "index",
    sources: ["S6", "S42"],
  },
] as const satisfies readonly FactorSpec[];
