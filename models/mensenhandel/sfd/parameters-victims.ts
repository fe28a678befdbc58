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
    id: "incidence_share_2014",
    labels: {
      nl: "Verdeling naar vorm en leeftijd, 2014–2015",
      en: "Mix by form and age, 2014–2015",
    },
    units: "dmnl",
    dims: FA,
    value: 0,
    values: [0.23, 0.44, 0.01, 0.17, 0.04, 0.04, 0.01, 0.06],
    evidence: source(
      ["S11", "S13"],
      "the first estimate: about two-thirds in sexual exploitation (S13), so 0.23 + 0.44 = 0.67; Dutch minor girls about 1,320 of 6,250 = 0.21 (S13) plus an assumed 0.02 for boys gives 0.23 minors; the split of the other third over labour (0.18), criminal (0.08) and other (0.07) forms is not in the sources and is assumed. The estimate counts victims present in a year; using its mix for new victims assumes the forms last about equally long",
    ),
  },
  {
    id: "incidence_share_2018",
    labels: {
      nl: "Verdeling naar vorm en leeftijd, 2018–2019",
      en: "Mix by form and age, 2018–2019",
    },
    units: "dmnl",
    dims: FA,
    value: 0,
    values: [0.17, 0.33, 0.01, 0.23, 0.1, 0.1, 0.01, 0.05],
    evidence: source(
      ["S14", "S15", "S16"],
      "the second estimate: sexual and non-sexual exploitation about equal (0.17 + 0.33 = 0.5), about 1,000 of 5,000 in criminal exploitation (0.2), often minors (half assumed); minors keep the 2014–15 share of sexual exploitation (0.23 / 0.67 of it, assumed); labour 0.24 and other 0.06 share the rest (split assumed)",
    ),
  },
  {
    id: "mix_year_2014",
    labels: { nl: "Peiljaar eerste schatting", en: "Mid-point of the first estimate" },
    units: "years",
    value: 2014.5,
    evidence: source(
      ["S11", "S12"],
      "the first estimate covers 2014–2015; its middle is mid-2014 to mid-2015, taken as 2014.5",
    ),
  },
  {
    id: "mix_year_2018",
    labels: { nl: "Peiljaar tweede schatting", en: "Mid-point of the second estimate" },
    units: "years",
    value: 2018.5,
    evidence: source(
      ["S14", "S15"],
      "the second estimate covers 2018–2019; taken as 2018.5, the mix moving linearly in between (an assumption)",
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
    value: 0.19,
    evidence: source(
      ["S17", "S23"],
      "first shelter sought for 212 clients in 2013 (S17), set against the NRM series the model is calibrated to (1,117 in 2013, S23): 212 / 1,117 = 0.19",
    ),
  },
  {
    id: "admission_time",
    labels: { nl: "Plaatsingstijd", en: "Time to place a victim" },
    units: "years",
    value: 0.1,
    evidence: assumption(
      "The COSM aims at fast, safe shelter (S44) but no source gives the time to place a victim; about a month (0.1 yr) is a guess.",
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
    evidence: assumption(
      "Stays often exceed the 3-month norm because outflow stalls (S46), but no source gives the mean stay; nine months is a guess.",
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
      "half become victims of a crime again within 7 years: −ln(0.5) / 7 = 0.099 a year; any crime, not only trafficking",
    ),
  },
  {
    id: "retrafficking_share",
    labels: {
      nl: "Aandeel herhaald slachtofferschap dat opnieuw uitbuiting is",
      en: "Share of re-victimisation that is trafficking again",
    },
    units: "dmnl",
    value: 0.2,
    evidence: assumption(
      "S27 counts any crime against a former victim; no source says how much of it is trafficking again. For offenders about 1 in 10 of the 65 % who re-offend do so with trafficking (S38), so a fifth is a guess between that ratio and one half.",
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
    evidence: assumption(
      "The 7 years of S27 are the window in which re-victimisation was observed, not a time constant; a mean of seven years before a victim counts as stably recovered is a guess.",
    ),
  },
  {
    id: "cosm_beds_2010",
    labels: { nl: "COSM-plaatsen bij start", en: "COSM places at the start" },
    units: "persons",
    value: 50,
    evidence: source(
      ["S44"],
      "COSM pilot from 15 June 2010 with 50 places (including accompanying children); the model counts shelter in these places throughout",
    ),
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
    evidence: source(
      ["S46"],
      "a lever: 0 without the measure, 8 places in 2018 under it (counted in the same COSM places as the 70 of S45)",
    ),
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
