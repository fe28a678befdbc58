import { assumption, source } from "../evidence.js";
import type { SfdParameter } from "./sfd-parameter.js";

/**
 * Constants of identification: the channels, their reach per form, and what drives their
 * effort (capacity, priority, expertise, awareness, the information-sharing barrier).
 */
export const identificationParameters: readonly SfdParameter[] = [
  {
    id: "detection_scale",
    labels: { nl: "Basiskans op signalering", en: "Base identification hazard" },
    units: "1/years",
    value: 0.25,
    evidence: source(
      ["S11", "S15", "S23"],
      "calibrated to the NRM series; about one in five victims seen in 2014–15 (1,256 / 6,250)",
    ),
    fit: { lo: 0.1, hi: 0.6 },
  },
  {
    id: "age_visibility",
    labels: { nl: "Zichtbaarheid naar leeftijd", en: "Visibility by age" },
    units: "dmnl",
    dims: ["age"],
    value: 1,
    values: [0.55, 1.1],
    evidence: source(
      ["S13", "S24"],
      "11 % of Dutch minor girls seen against about 20 % of all victims: 0.11 / 0.20 = 0.55; adults a little above average",
    ),
  },
  {
    id: "channel_share",
    labels: { nl: "Aandeel van het meldkanaal", en: "Share of the channel in reports" },
    units: "dmnl",
    dims: ["channel"],
    value: 0,
    values: [0.42, 0.011, 0.034, 0.22, 0.32],
    evidence: source(
      ["S28"],
      "reporters in 2016: police 462, KMar 12, labour inspectorate 38, regional care 240, others 352, of 1,104 reports: 462 / 1,104 = 0.42 and so on",
    ),
  },
  {
    id: "channel_reach",
    labels: { nl: "Bereik van het kanaal per vorm", en: "Reach of a channel by form" },
    units: "dmnl",
    dims: ["form", "channel"],
    value: 1,
    values: [1.2, 1, 0, 1.1, 1, 0.6, 1, 4, 0.7, 1, 1, 0.5, 0.3, 1.1, 1, 0.7, 1, 0.5, 1, 1],
    evidence: assumption(
      "Relative reach per form: the police see sexual exploitation best, the labour inspectorate only labour (S53, S55 support this), care all forms; the numbers themselves are guesses around 1.",
    ),
  },
  {
    id: "police_fte_base",
    labels: { nl: "Politiecapaciteit mensenhandel", en: "Police capacity on trafficking" },
    units: "FTE",
    value: 350,
    evidence: source(
      ["S10", "S42"],
      "about 350 of the 1,184 AVIM FTE work on migration crime and trafficking (2019)",
    ),
  },
  {
    id: "police_fte_reference",
    labels: { nl: "Referentiecapaciteit politie", en: "Reference police capacity" },
    units: "FTE",
    value: 350,
    evidence: source(
      ["S10", "S42"],
      "the capacity the police effort index is measured against: about 350 FTE",
    ),
  },
  {
    id: "police_fte_extra",
    labels: { nl: "Extra politiecapaciteit (maatregel)", en: "Extra police capacity (measure)" },
    units: "FTE",
    value: 0,
    evidence: source(
      ["S10", "S41"],
      "a lever: 0 in the baseline, 58 + 29 FTE by 2023 under the measure",
    ),
  },
  {
    id: "hiring_delay",
    labels: { nl: "Wervings- en opleidingstijd", en: "Time to recruit and certify" },
    units: "years",
    value: 1.5,
    evidence: assumption(
      "Recruitment, certification and high outflow delayed the net gain (S41), but no source gives the delay; 1.5 years is a guess.",
    ),
  },
  {
    id: "priority_extra",
    labels: { nl: "Extra prioriteit (maatregel)", en: "Extra priority (measure)" },
    units: "dmnl",
    value: 0,
    evidence: source(
      ["S40", "S39"],
      "a lever for the Veiligheidsagenda targets; 0 in the baseline",
    ),
  },
  {
    id: "visibility_priority_elasticity",
    labels: {
      nl: "Gevoeligheid prioriteit voor zichtbaarheid",
      en: "Elasticity of priority to visibility",
    },
    units: "dmnl",
    value: 0.2,
    evidence: assumption(
      "The visibility–priority loop (research.md §6.8 L1) has no measured strength; MARVEL's weak class (0.2, S4) is used.",
    ),
  },
  {
    id: "registration_perception_time",
    labels: { nl: "Tijd om registraties op te merken", en: "Time to perceive registrations" },
    units: "years",
    value: 1,
    evidence: assumption(
      "Registrations are published once a year (NRM monitors), so priority reacts to them with about a year's lag; one year is a guess.",
    ),
  },
  {
    id: "priority_adjust_time",
    labels: { nl: "Aanpassingstijd prioriteit", en: "Time for priority to adjust" },
    units: "years",
    value: 0.5,
    evidence: assumption(
      "Police leadership shifts priority within months; MARVEL's high speed class (half a year, S4) is used.",
    ),
  },
  {
    id: "registered_reference",
    labels: { nl: "Referentieniveau registraties", en: "Reference level of registrations" },
    units: "persons/years",
    value: 1200,
    evidence: source(
      ["S23"],
      "about the NRM average of 2013–2015: (1,117 + 1,256 + 1,150) / 3 ≈ 1,200",
    ),
  },
  {
    id: "expertise_rebuild_time",
    labels: { nl: "Hersteltijd expertise", en: "Time to rebuild expertise" },
    units: "years",
    value: 3,
    evidence: assumption(
      "Expertise rebuilds slowly (S43, research.md §6.1) but no source says how slowly; MARVEL's low speed class (3 years, S4) is used as a default.",
    ),
  },
  {
    id: "training_boost",
    labels: {
      nl: "Extra signaleringsvermogen door training (maatregel)",
      en: "Extra awareness from training (measure)",
    },
    units: "dmnl",
    value: 0,
    evidence: source(["S43", "S54"], "a lever: 0 in the baseline"),
  },
  {
    id: "awareness_time",
    labels: { nl: "Doorwerktijd training", en: "Time for training to take effect" },
    units: "years",
    value: 2,
    evidence: assumption(
      "Trained staff meet victims over time; two years is a guess (research.md §6.7).",
    ),
  },
  {
    id: "police_signal_boost",
    labels: {
      nl: "Extra politiesignalering online (maatregel)",
      en: "Extra online police signalling (measure)",
    },
    units: "dmnl",
    value: 0,
    evidence: source(["S39", "S41"], "a lever for the web crawler; 0 in the baseline"),
  },
  {
    id: "iszw_capacity_extra",
    labels: {
      nl: "Extra capaciteit Inspectie SZW (maatregel)",
      en: "Extra labour-inspectorate capacity (measure)",
    },
    units: "dmnl",
    value: 0,
    evidence: source(["S53"], "a lever, relative to the capacity before 2018; 0 in the baseline"),
  },
  {
    id: "municipal_policy_base",
    labels: { nl: "Aandeel gemeenten met beleid", en: "Share of municipalities with a policy" },
    units: "dmnl",
    value: 0.5,
    evidence: assumption(
      "The 2018 share is not in the sources; half, as the systeemkaart assumes for the same measure.",
    ),
  },
  {
    id: "municipal_policy_extra",
    labels: {
      nl: "Extra gemeenten met beleid (maatregel)",
      en: "More municipalities with a policy (measure)",
    },
    units: "dmnl",
    value: 0,
    evidence: source(
      ["S-overheidvannu"],
      "a lever: 0 in the baseline, +0.5 by 2022 under the measure",
    ),
  },
  {
    id: "municipal_policy_elasticity",
    labels: {
      nl: "Effect gemeentelijk beleid op zorgmeldingen",
      en: "Effect of municipal policy on care reports",
    },
    units: "dmnl",
    value: 0.5,
    evidence: assumption(
      "No evaluation gives the effect; MARVEL's average class (0.5, S4) is used.",
    ),
  },
  {
    id: "care_coordination_extra",
    labels: { nl: "Extra zorgcoördinatie (maatregel)", en: "Extra care coordination (measure)" },
    units: "dmnl",
    value: 0,
    evidence: source(["S69"], "a lever: 0 in the baseline"),
  },
  {
    id: "residence_access",
    labels: {
      nl: "Toegang tot verblijfsregeling B8/3",
      en: "Access to the B8/3 residence regulation",
    },
    units: "dmnl",
    value: 1,
    evidence: source(
      ["S48", "S50", "S52"],
      "an index, 1 before the measures that change it; B8/3 claims are in proportion to it",
    ),
  },
];
