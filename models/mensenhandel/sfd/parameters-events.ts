import { assumption, source } from "../evidence.js";
import type { SfdParameter } from "./sfd-parameter.js";

/**
 * Constants of the exogenous events of 2013–2020 (research.md §6.1): the police's competing
 * priorities and reorganisation, the GDPR misreading, the claims on migration routes and
 * COVID-19. The priority loss, the GDPR barrier and the COVID-19 fall are derived from sourced
 * series; only the reorganisation's loss of expertise and the size of the claims are fitted,
 * because no source measures them. The Dublin change of 1 August 2019 is not an event here: it
 * is the measure `beperking_b8_dublinclaimanten`, on in the historical baseline.
 */
export const eventParameters: readonly SfdParameter[] = [
  {
    id: "priority_dip",
    labels: { nl: "Prioriteitsverlies 2015–2017", en: "Loss of police priority 2015–2017" },
    units: "dmnl",
    value: 0.16,
    evidence: source(
      ["S35", "S28", "S29", "S39", "S5", "S24"],
      "the police channel was flat in 2015–2017 (440, 462 and 432 victims reported by the police; S35, S28, S29) and 530 in 2018 (S29): 1 − 445 / 530 = 0.16; police-supplied OM suspects fell from 198 (2014) to 166 (2017), 1 − 166 / 198 = 0.16 (S39), which agrees. The cause, the refugee influx and counter-terrorism from 2015, is named in S5 and S24",
    ),
  },
  {
    id: "reorganisation_expertise_loss",
    labels: {
      nl: "Expertiseverlies door reorganisatie",
      en: "Expertise lost in the reorganisation",
    },
    units: "dmnl",
    value: 0.3,
    evidence: assumption(
      "The reorganisation from 2013 left fewer experts (S5, S32, S43), but no source measures how many; the size is fitted to the registrations and reported with its bounds.",
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
      "reports by non-investigative bodies (care and others) fell from about 550 a year (2014–17) to 150 in 2018: 1 − 150 / 550 = 0.73, taken as the lasting level of the barrier",
    ),
  },
  {
    id: "gdpr_date",
    labels: { nl: "Ingang AVG", en: "GDPR in application" },
    units: "years",
    value: 2018.39,
    evidence: source(
      ["S24", "S57"],
      "the GDPR applies from 25 May 2018: 2018 + 144 / 365 = 2018.39. With the step on that date even a complete stop of voluntary reports leaves 2018 above 150 (550 × 144 / 365 = 217 before it), so the yearly figure implies that reports fell before the law applied; the model keeps the sourced date and says so",
    ),
  },
  {
    id: "migration_claims_surge",
    labels: {
      nl: "Meldingen via migratieroutes per jaar",
      en: "Claims on migration routes per year",
    },
    units: "persons/years",
    value: 300,
    evidence: assumption(
      "The IND saw a strong rise of B8/3 claims from late 2018 (S63), but no source counts them; the yearly number at full access is fitted and reported with its bounds.",
    ),
    fit: { lo: 0, hi: 1000 },
  },
  {
    id: "covid_police_drop",
    labels: {
      nl: "Daling politiesignalering door COVID-19",
      en: "Fall in police identification from COVID-19",
    },
    units: "dmnl",
    value: 0.5,
    evidence: source(
      ["S40"],
      "victims reported to CoMensha by the police: 975 in 2019, 490 in 2020: 1 − 490 / 975 = 0.50, applied to the police channel in 2020 only",
    ),
  },
];
