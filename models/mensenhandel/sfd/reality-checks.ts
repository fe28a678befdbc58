/**
 * Reality checks of the stock-and-flow model (research.md §7): what must hold whatever the
 * calibration — stocks never negative, no identification without detection, no investigations
 * without police capacity, shelter never above its beds, fewer victims without recruitment.
 */
import type { RealityCheck } from "../../../src/checks/reality-check.js";
import { AGES, FORMS } from "./dimensions.js";

const elements = FORMS.flatMap((f) => AGES.map((a) => `${f}_${a}`));

/** The reality checks, each named in Dutch and English. */
export const sfdRealityChecks: readonly RealityCheck[] = [
  ...elements.map(
    (e): RealityCheck => ({
      name: `verborgen slachtoffers [${e}] nooit negatief / hidden victims [${e}] never negative`,
      expect: { variable: `hidden_${e}`, kind: "never_below", value: 0 },
    }),
  ),
  ...["total_waiting", "shelter_occupancy", "hidden_victims"].map(
    (v): RealityCheck => ({
      name: `${v} nooit negatief / ${v} never negative`,
      expect: { variable: v, kind: "never_below", value: 0 },
    }),
  ),
  {
    name: "actieve daders nooit negatief / active perpetrators never negative",
    expect: { variable: "active_perpetrators", kind: "never_below", value: 0 },
  },
  {
    name: "zonder politiecapaciteit vanaf 2019 stopt de opsporing binnen een kwartaal / no police capacity from 2019: investigations stop within a quarter",
    given: { set: { cases_per_fte: 0 }, from: 2019 },
    expect: {
      variable: "investigation_start",
      kind: "falls_to",
      value: 0,
      within: 0.25,
      tolerance: 0.5,
    },
  },
  {
    name: "zonder politiecapaciteit vanaf 2019 vallen de veroordelingen binnen 3 jaar onder 30 per jaar / no police capacity from 2019: convictions below 30 a year within 3 years",
    given: { set: { cases_per_fte: 0 }, from: 2019 },
    expect: { variable: "convictions", kind: "falls_to", value: 0, within: 3, tolerance: 30 },
  },
  {
    name: "zonder politiecapaciteit vanaf 2019 vallen de veroordelingen binnen 7 jaar naar 0 / no police capacity from 2019: convictions fall to 0 within 7 years",
    given: { set: { cases_per_fte: 0 }, from: 2019 },
    expect: { variable: "convictions", kind: "falls_to", value: 0, within: 7, tolerance: 1 },
  },
  {
    name: "zonder signalering en B8/3-meldingen vanaf 2019 geen registraties / no detection and no B8/3 claims from 2019: no registrations",
    given: { set: { detection_scale: 0, migration_claims_surge: 0 }, from: 2019 },
    expect: {
      variable: "registered_victims",
      kind: "falls_to",
      value: 0,
      within: 0.125,
      tolerance: 0.001,
    },
  },
  {
    name: "zonder ronselen vanaf 2019 daalt het aantal verborgen slachtoffers / no recruitment from 2019: hidden victims fall",
    given: { set: { recruitment_hazard: 0 }, from: 2019 },
    expect: { variable: "hidden_victims", kind: "falls" },
  },
  {
    name: "de bezetting van de opvang blijft binnen de capaciteit (95 plaatsen, 131 met de 36 specialistische vanaf 2019) / shelter occupancy stays within its beds (95, 131 with the 36 specialist places from 2019)",
    expect: { variable: "shelter_occupancy", kind: "never_above", value: 131.001 },
  },
  {
    name: "het aandeel gezien ligt tussen 0 en 1 / the share seen lies between 0 and 1",
    expect: { variable: "share_seen", kind: "always_between", lo: 0, hi: 1 },
  },
  {
    name: "het herstel van de informatiedeling vanaf 2020 verhoogt de registraties / restoring information sharing from 2020 raises registrations",
    given: {
      measures: [{ variable: "info_barrier", change: { set: 0 }, from: 2020 }],
    },
    expect: { variable: "registered_victims", kind: "rises", from: 2019.5, until: 2021 },
  },
];
