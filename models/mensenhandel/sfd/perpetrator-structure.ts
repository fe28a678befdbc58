import type { Variable } from "../../../src/model/types.js";
import { sfdAux, sfdFlow, sfdStock } from "./sfd-variable.js";

const P = "persons";
const PY = "persons/years";

/**
 * Perpetrators and the criminal-justice chain (research.md §6.3): active, under investigation,
 * prosecuted (at the OM and in court), convicted (serving), released, with recidivism. The
 * investigations started are the smaller of the leads and the police's capacity (the
 * capacity-limited pipeline of S35); overload raises dismissals; convictions deter new
 * perpetrators (weakly).
 */
export const perpetratorStructure: readonly Variable[] = [
  sfdStock({
    id: "active_perpetrators",
    nl: "Actieve daders",
    en: "Active perpetrators",
    units: P,
    initial: "perpetrators_initial",
    inflows: ["perpetrator_inflow", "not_convicted", "recidivism"],
    outflows: ["investigation_start", "desistance"],
  }),
  sfdAux({
    id: "perpetrator_pressure",
    nl: "Ronseldruk (index)",
    en: "Recruitment pressure (index)",
    units: "dmnl",
    equation: "active_perpetrators / perpetrators_initial",
  }),
  sfdAux({
    id: "perceived_risk",
    nl: "Pakkans zoals daders die zien",
    en: "Risk as perpetrators perceive it",
    units: "dmnl",
    equation:
      "max(smooth(convictions, risk_perception_time, convictions_reference), 1) / convictions_reference",
  }),
  sfdFlow({
    id: "perpetrator_inflow",
    nl: "Nieuwe daders",
    en: "New perpetrators",
    units: PY,
    equation: "perpetrator_entry * power(perceived_risk, -deterrence_elasticity)",
  }),
  sfdFlow({
    id: "desistance",
    nl: "Stoppen",
    en: "Desistance",
    units: PY,
    equation: "active_perpetrators / perpetrator_career",
  }),
  sfdAux({
    id: "leads",
    nl: "Aanknopingspunten",
    en: "Leads",
    units: PY,
    equation:
      "registered_victims * leads_per_victim * (1 + cooperation_elasticity * (international_cooperation - 1))",
  }),
  sfdAux({
    id: "investigation_capacity",
    nl: "Opsporingscapaciteit",
    en: "Investigative capacity",
    units: PY,
    equation: "police_fte * cases_per_fte * police_priority * police_expertise",
  }),
  sfdFlow({
    id: "investigation_start",
    nl: "Start opsporing",
    en: "Investigations started",
    units: PY,
    equation: "min(leads, investigation_capacity)",
  }),
  sfdStock({
    id: "under_investigation",
    nl: "Daders in onderzoek",
    en: "Perpetrators under investigation",
    units: P,
    initial: "leads_per_victim * registered_reference * investigation_time",
    inflows: ["investigation_start"],
    outflows: ["om_inflow"],
  }),
  sfdFlow({
    id: "om_inflow",
    nl: "Instroom OM",
    en: "Suspects sent to the OM",
    units: PY,
    equation: "under_investigation / investigation_time",
  }),
  sfdStock({
    id: "prosecuted",
    nl: "Vervolgde daders",
    en: "Prosecuted perpetrators",
    units: P,
    initial: "leads_per_victim * registered_reference * court_time",
    inflows: ["om_inflow"],
    outflows: ["convictions", "not_convicted"],
  }),
  sfdAux({
    id: "overload",
    nl: "Overbelasting opsporing",
    en: "Investigative overload",
    units: "dmnl",
    doc: "Leads per unit of capacity (at least 1), as the cases reaching the OM carry it: smoothed over the time of an investigation.",
    equation:
      "smooth(max(1, min(overload_cap, leads / max(investigation_capacity, 1))), investigation_time, 1)",
  }),
  sfdAux({
    id: "dismissal",
    nl: "Sepotpercentage",
    en: "Dismissal share",
    units: "dmnl",
    equation: "min(max_dismissal_share, dismissal_share * power(overload, overload_elasticity))",
  }),
  sfdAux({
    id: "conviction_fraction",
    nl: "Aandeel veroordeeld",
    en: "Share convicted",
    units: "dmnl",
    equation: "(1 - dismissal) * conviction_share",
  }),
  sfdFlow({
    id: "convictions",
    nl: "Veroordelingen",
    en: "Convictions",
    units: PY,
    equation: "prosecuted * conviction_fraction / court_time",
  }),
  sfdFlow({
    id: "not_convicted",
    nl: "Sepot of vrijspraak",
    en: "Dismissed or acquitted",
    units: PY,
    equation: "prosecuted * (1 - conviction_fraction) / court_time",
  }),
  sfdStock({
    id: "convicted",
    nl: "Veroordeelde daders (gedetineerd)",
    en: "Convicted perpetrators (serving)",
    units: P,
    initial: "convictions_reference * sentence_length",
    inflows: ["convictions"],
    outflows: ["releases"],
  }),
  sfdFlow({
    id: "releases",
    nl: "Vrijlating",
    en: "Releases",
    units: PY,
    equation: "convicted / sentence_length",
  }),
  sfdStock({
    id: "released",
    nl: "Vrijgelaten daders",
    en: "Released perpetrators",
    units: P,
    initial: "convictions_reference / (recidivism_rate + 1 / release_desistance_time)",
    inflows: ["releases"],
    outflows: ["recidivism", "release_desistance"],
  }),
  sfdFlow({
    id: "recidivism",
    nl: "Recidive",
    en: "Recidivism",
    units: PY,
    equation: "released * recidivism_rate",
  }),
  sfdFlow({
    id: "release_desistance",
    nl: "Afhaken na vrijlating",
    en: "Desistance after release",
    units: PY,
    equation: "released / release_desistance_time",
  }),
];
