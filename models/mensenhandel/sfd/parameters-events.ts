import { source } from "../evidence.js";
import type { SfdParameter } from "./sfd-parameter.js";

/**
 * Constants of the exogenous events of 2013–2020 (research.md §6.1): the police's competing
 * priorities and reorganisation, the GDPR misreading, the claims on migration routes and the
 * Dublin change, COVID-19. Most sizes are calibrated; the GDPR cut and the Dublin share are
 * derived from sourced figures.
 */
export const eventParameters: readonly SfdParameter[] = [
  {
    id: "priority_dip",
    labels: { nl: "Prioriteitsverlies 2015–2017", en: "Loss of police priority 2015–2017" },
    units: "dmnl",
    value: 0.3,
    evidence: source(
      ["S5", "S24", "S43", "S34"],
      "refugee influx and counter-terrorism took priority from 2015; the May 2018 letter (S5) still names the capacity pressure and OM suspects were lowest in 2017 (S34), so the dip lasts 2015–2017; the size is calibrated",
    ),
    fit: { lo: 0, hi: 0.9 },
  },
  {
    id: "reorganisation_expertise_loss",
    labels: {
      nl: "Expertiseverlies door reorganisatie",
      en: "Expertise lost in the reorganisation",
    },
    units: "dmnl",
    value: 0.3,
    evidence: source(
      ["S5", "S32", "S43"],
      "the reorganisation from 2013 left fewer experts; the size is calibrated",
    ),
    fit: { lo: 0, hi: 0.7 },
  },
  {
    id: "gdpr_barrier",
    labels: { nl: "Drempel door AVG-misverstand", en: "Barrier from the GDPR misreading" },
    units: "dmnl",
    value: 0.73,
    evidence: source(
      ["S24", "S57"],
      "reports by non-investigative bodies (care and others) fell from about 550 a year (2014–17) to 150 in the year 2018: 1 − 150 / 550 = 0.73, from the start of 2018 because the yearly figure already shows the whole fall",
    ),
  },
  {
    id: "migration_claims_surge",
    labels: {
      nl: "Piek in meldingen via migratieroutes",
      en: "Surge of reports on migration routes",
    },
    units: "dmnl",
    value: 0.5,
    evidence: source(
      ["S63", "S50"],
      "the IND saw a strong rise of claims from late 2018, cut by the Dublin change of 1 August 2019; claims reach the IND through a report to the police or KMar (S48); the size is calibrated",
    ),
    fit: { lo: 0, hi: 3 },
  },
  {
    id: "dublin_share",
    labels: { nl: "Aandeel Dublinclaimanten", en: "Share of Dublin claimants" },
    units: "dmnl",
    value: 0.72,
    evidence: source(
      ["S50"],
      "Dublin claimants were 72 % of the Nigerian group; from 1 August 2019 their reports no longer gave a permit automatically, so their claims are taken to stop",
    ),
  },
  {
    id: "covid_drop",
    labels: { nl: "Daling signalering door COVID-19", en: "Fall in identification from COVID-19" },
    units: "dmnl",
    value: 0.25,
    evidence: source(
      ["S30", "S21"],
      "fewer controls and less travel in 2020 (1,334 → 984); the size is calibrated",
    ),
    fit: { lo: 0, hi: 0.6 },
  },
];
