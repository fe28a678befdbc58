import { assumption, source } from "../evidence.js";
import type { SfdParameter } from "./sfd-parameter.js";

const FA = ["form", "age"] as const;

/** Constants of the victim pathway: vulnerability, recruitment, exit, shelter and re-victimisation. */
export const victimParameters: readonly SfdParameter[] = [
  {
    id: "at_risk_pool",
    labels: { nl: "Omvang risicogroep", en: "Size of the at-risk population" },
    units: "persons",
    value: 100000,
    evidence: assumption(
      "No source counts the vulnerable pool; 100,000 makes the yearly recruitment a few per cent of it, and only the product with the fitted recruitment hazard matters.",
    ),
  },
  {
    id: "incidence_share",
    labels: {
      nl: "Aandeel in instroom naar vorm en leeftijd",
      en: "Share of new victims by form and age",
    },
    units: "dmnl",
    dims: FA,
    value: 0,
    values: [0.25, 0.35, 0.01, 0.19, 0.07, 0.08, 0.01, 0.04],
    evidence: source(
      ["S11", "S13", "S14", "S28"],
      "two-thirds sexual exploitation in 2014–15 (0.25 + 0.35 = 0.6); Dutch minor girls about 1,320 of 6,250 = 0.21 plus minor boys gives 0.25; about 1,000 of 5,000 in criminal exploitation in 2018–19, often minors (0.15); labour the rest",
    ),
  },
  {
    id: "risk_duration",
    labels: { nl: "Verblijfsduur in risicogroep", en: "Time spent at risk" },
    units: "years",
    value: 5,
    evidence: assumption(
      "Vulnerability (youth care, debts, migration status) lasts years; five years is a round guess with little effect on the registrations.",
    ),
  },
  {
    id: "recruitment_hazard",
    labels: { nl: "Ronselkans per jaar", en: "Recruitment hazard" },
    units: "1/years",
    value: 0.04,
    evidence: source(
      ["S11", "S14"],
      "calibrated so that the total stays near the multiple-systems estimates (about 6,250 in 2014–15, 5,000 in 2018–19)",
    ),
    fit: { lo: 0.02, hi: 0.08 },
  },
  {
    id: "self_exit_rate",
    labels: { nl: "Uitstroom uit uitbuiting zonder hulp", en: "Exit from exploitation unseen" },
    units: "1/years",
    value: 0.5,
    evidence: assumption(
      "Most victims are never registered (four in five, S11), so most exploitation ends unseen; a mean of two years unseen is a guess.",
    ),
  },
  {
    id: "initial_hidden",
    labels: { nl: "Verborgen slachtoffers in 2010", en: "Hidden victims in 2010" },
    units: "persons",
    value: 4000,
    evidence: source(
      ["S14", "S16", "S11"],
      "about 5,000 victims in 2010, of whom about one in five seen: 5,000 × 0.8 = 4,000",
    ),
  },
  {
    id: "shelter_need_share",
    labels: { nl: "Aandeel met opvangbehoefte", en: "Share needing a shelter place" },
    units: "dmnl",
    value: 0.15,
    evidence: source(
      ["S17"],
      "first shelter sought for 212 of 1,437 registered clients in 2013: 212 / 1,437 = 0.15",
    ),
  },
  {
    id: "admission_time",
    labels: { nl: "Plaatsingstijd", en: "Time to place a victim" },
    units: "years",
    value: 0.1,
    evidence: source(
      ["S44"],
      "COSM aims at fast, safe shelter; about a month (0.1 yr) is our reading",
    ),
  },
  {
    id: "max_wait",
    labels: { nl: "Wachttijd tot opgeven", en: "Time on the waiting list before leaving it" },
    units: "years",
    value: 0.25,
    evidence: assumption(
      "Victims without a place go to informal or general care; a quarter of a year on the list is a guess.",
    ),
  },
  {
    id: "shelter_stay",
    labels: { nl: "Verblijfsduur in opvang", en: "Length of stay in shelter" },
    units: "years",
    value: 0.75,
    evidence: source(
      ["S46"],
      "stays often exceed the 3-month norm because outflow stalls; nine months is our reading",
    ),
  },
  {
    id: "care_duration",
    labels: { nl: "Duur van ambulante hulp", en: "Duration of ambulant assistance" },
    units: "years",
    value: 1,
    evidence: assumption(
      "One year of assistance after identification is a round guess; it only delays recovery.",
    ),
  },
  {
    id: "revictimisation_rate",
    labels: { nl: "Kans op herhaald slachtofferschap", en: "Re-victimisation hazard" },
    units: "1/years",
    value: 0.099,
    evidence: source(
      ["S27"],
      "half become victims again within 7 years: −ln(0.5) / 7 = 0.099 a year",
    ),
  },
  {
    id: "shortage_revictimisation_effect",
    labels: {
      nl: "Effect van opvangtekort op herhaling",
      en: "Effect of shelter shortage on re-victimisation",
    },
    units: "dmnl",
    value: 1,
    evidence: assumption(
      "The revolving-door loop (research.md §6.4) has no size; a victim left without a place twice as likely to fall back is a guess.",
    ),
  },
  {
    id: "stabilisation_time",
    labels: { nl: "Tijd tot stabiel herstel", en: "Time to stable recovery" },
    units: "years",
    value: 7,
    evidence: source(["S27"], "the 7-year window of the re-victimisation figure"),
  },
  {
    id: "cosm_beds_2010",
    labels: { nl: "COSM-plaatsen bij start", en: "COSM places at the start" },
    units: "persons",
    value: 50,
    evidence: source(["S44"], "COSM pilot from 15 June 2010 with 50 places"),
  },
  {
    id: "cosm_beds_added",
    labels: { nl: "COSM-uitbreiding na evaluatie", en: "COSM places added after the evaluation" },
    units: "persons",
    value: 20,
    evidence: source(
      ["S45"],
      "50 → 70 places after the evaluation; the year 2013 is our reading of the 2012/13 evaluation",
    ),
  },
  {
    id: "other_shelter_beds",
    labels: {
      nl: "Plaatsen in vrouwen- en maatschappelijke opvang",
      en: "Places in women's and social shelters",
    },
    units: "persons",
    value: 25,
    evidence: source(
      ["S17"],
      "47 placed in women's and social shelters in 2013 at about half a year each: 47 × 0.5 ≈ 25 beds",
    ),
  },
  {
    id: "extra_cosm_beds",
    labels: { nl: "Extra COSM-bedden (maatregel)", en: "Extra COSM beds (measure)" },
    units: "persons",
    value: 0,
    evidence: source(["S46"], "a lever: 0 in the baseline, 8 in 2018 under the measure"),
  },
  {
    id: "specialist_places",
    labels: {
      nl: "Specialistische opvangplekken (maatregel)",
      en: "Specialist shelter places (measure)",
    },
    units: "persons",
    value: 0,
    evidence: source(["S47"], "a lever: 0 in the baseline, 36 from April 2019 under the measure"),
  },
  {
    id: "observation_window",
    labels: { nl: "Waarnemingsvenster van de schatting", en: "Observation window of the estimate" },
    units: "years",
    value: 1,
    evidence: source(["S11", "S14"], "the multiple-systems estimates count victims per year"),
  },
];
