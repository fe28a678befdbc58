import type { Variable } from "../../../src/model/types.js";
import { sfdAux, sfdFlow, sfdStock } from "./sfd-variable.js";

const D = "dmnl";

/**
 * Identification: the hazard of being seen is the sum of the channels' hazards (research.md
 * §6.2: competing, overlapping registers), each channel's effort depending on capacity,
 * priority, expertise, awareness and the information-sharing barrier, and the exogenous events
 * of 2013–2020 (research.md §6.1) acting on them.
 */
export const identificationStructure: readonly Variable[] = [
  sfdAux({
    id: "detection_rate",
    nl: "Signaleringskans",
    en: "Identification hazard",
    units: "1/years",
    dims: ["form", "age"],
    equation:
      "detection_scale * age_visibility[age] * sum(channel_effort[channel!] * channel_share[channel!] * channel_reach[form, channel!])",
  }),
  sfdAux({
    id: "channel_effort",
    nl: "Inzet van het meldkanaal",
    en: "Effort of the channel",
    units: D,
    dims: ["channel"],
    equation: "awareness",
    elements: {
      police: "police_effort * awareness * (1 + police_signal_boost) * covid_factor",
      kmar: "awareness",
      iszw: "(1 + iszw_capacity_extra) * awareness",
      care: "awareness * (1 - info_barrier) * (1 + municipal_policy_elasticity * municipal_policy_extra / municipal_policy_base) * (1 + care_coordination_extra)",
      others: "awareness * (1 - info_barrier)",
    },
  }),
  sfdAux({
    id: "police_fte",
    nl: "Inzetbare politiecapaciteit",
    en: "Police capacity deployed",
    units: "FTE",
    equation: "smooth(police_fte_base + police_fte_extra, hiring_delay)",
  }),
  sfdAux({
    id: "police_effort",
    nl: "Politie-inzet (index)",
    en: "Police effort (index)",
    units: D,
    equation: "police_fte / police_fte_reference * police_priority * police_expertise",
  }),
  sfdAux({
    id: "competing_priorities",
    nl: "Concurrerende prioriteiten",
    en: "Competing priorities",
    units: D,
    equation: "step(1, 2015) - step(1, 2018)",
  }),
  sfdAux({
    id: "priority_target",
    nl: "Beoogde prioriteit",
    en: "Priority sought",
    units: D,
    equation:
      "(1 - priority_dip * competing_priorities) * (1 + priority_extra) * power(max(registered_seen, 1) / registered_reference, visibility_priority_elasticity)",
  }),
  sfdAux({
    id: "registered_seen",
    nl: "Waargenomen registraties",
    en: "Registrations as perceived",
    units: "persons/years",
    equation: "smooth(registered_victims, registration_perception_time, registered_reference)",
  }),
  sfdAux({
    id: "police_priority",
    nl: "Prioriteit mensenhandel bij politie",
    en: "Police priority for trafficking",
    units: D,
    equation: "smooth(priority_target, priority_adjust_time, 1)",
  }),
  sfdAux({
    id: "reorganisation",
    nl: "Reorganisatie Nationale Politie",
    en: "National Police reorganisation",
    units: D,
    equation: "step(1, 2013) - step(1, 2017)",
  }),
  sfdStock({
    id: "police_expertise",
    nl: "Expertise mensenhandel (index)",
    en: "Trafficking expertise (index)",
    units: D,
    initial: "1",
    inflows: ["expertise_change"],
    outflows: [],
  }),
  sfdFlow({
    id: "expertise_change",
    nl: "Opbouw of verlies van expertise",
    en: "Expertise built or lost",
    units: "1/years",
    equation:
      "(1 - reorganisation_expertise_loss * reorganisation - police_expertise) / expertise_rebuild_time",
    biflow: true,
  }),
  sfdAux({
    id: "awareness",
    nl: "Signaleringsvermogen professionals",
    en: "Professionals' awareness",
    units: D,
    equation: "smooth(1 + training_boost, awareness_time)",
  }),
  sfdAux({
    id: "info_barrier",
    nl: "Drempel informatiedeling",
    en: "Information-sharing barrier",
    units: D,
    equation: "gdpr_barrier * step(1, gdpr_date)",
  }),
  sfdAux({
    id: "b8_claim_inflow",
    nl: "Meldingen via migratieroutes (B8/3)",
    en: "Claims on migration routes (B8/3)",
    units: "persons/years",
    doc: "Claims from late 2018 (S63), in proportion to access to the B8/3 regulation, which the Dublin measure of 1 August 2019 lowers (S50).",
    equation: "migration_claims_surge * step(1, 2018.75) * max(0, residence_access)",
  }),
  sfdAux({
    id: "covid_factor",
    nl: "COVID-19-effect op politiesignalering",
    en: "COVID-19 effect on police identification",
    units: D,
    equation: "1 - covid_police_drop * (step(1, 2020) - step(1, 2021))",
  }),
  sfdAux({
    id: "registered_victims",
    nl: "Geregistreerde slachtoffers",
    en: "Registered victims",
    units: "persons/years",
    equation: "sum(identification[form!, age!]) + sum(b8_claims[form!, age!])",
  }),
  sfdStock({
    id: "registered_cumulative",
    nl: "Geregistreerd sinds 2010",
    en: "Registered since 2010",
    units: "persons",
    initial: "0",
    inflows: ["registration_count"],
    outflows: [],
  }),
  sfdFlow({
    id: "registration_count",
    nl: "Telling registraties",
    en: "Registrations counted",
    units: "persons/years",
    equation: "registered_victims",
  }),
  sfdAux({
    id: "registered_in_year",
    nl: "Geregistreerd in het afgelopen jaar",
    en: "Registered over the past year",
    units: "persons",
    doc: "At time Y + 1 the registrations of calendar year Y: what the NRM series counts.",
    equation: "registered_cumulative - delay_fixed(registered_cumulative, 1, 0)",
  }),
  sfdAux({
    id: "registered_by_form",
    nl: "Geregistreerde slachtoffers naar vorm",
    en: "Registered victims by form",
    units: "persons/years",
    dims: ["form"],
    equation: "sum(identification[form, age!]) + sum(b8_claims[form, age!])",
  }),
  sfdAux({
    id: "channel_identification",
    nl: "Signalering per meldkanaal",
    en: "Identification by channel",
    units: "persons/years",
    dims: ["form", "age", "channel"],
    equation:
      "hidden[form, age] * detection_scale * age_visibility[age] * channel_effort[channel] * channel_share[channel] * channel_reach[form, channel]",
  }),
  sfdAux({
    id: "registered_by_channel",
    nl: "Geregistreerde slachtoffers per meldkanaal",
    en: "Registered victims by channel",
    units: "persons/years",
    dims: ["channel"],
    doc: "The B8/3 claims reach the register through the police (S48).",
    equation: "sum(channel_identification[form!, age!, channel])",
    elements: {
      police: "sum(channel_identification[form!, age!, police]) + sum(b8_claims[form!, age!])",
    },
  }),
  sfdAux({
    id: "registered_minors",
    nl: "Geregistreerde minderjarige slachtoffers",
    en: "Registered minor victims",
    units: "persons/years",
    equation: "sum(identification[form!, minor])",
  }),
  sfdAux({
    id: "hidden_victims",
    nl: "Verborgen slachtoffers",
    en: "Hidden victims",
    units: "persons",
    equation: "sum(hidden[form!, age!])",
  }),
  sfdAux({
    id: "total_victims",
    nl: "Slachtoffers in een jaar",
    en: "Victims in a year",
    units: "persons",
    doc: "Prevalence, as the multiple-systems estimates count it: the hidden victims plus those registered within the year's observation window.",
    equation: "hidden_victims + registered_victims * observation_window",
  }),
  sfdAux({
    id: "share_seen",
    nl: "Aandeel gezien",
    en: "Share of victims seen",
    units: D,
    equation: "registered_victims * observation_window / max(total_victims, 1)",
  }),
];
