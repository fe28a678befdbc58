import type { FactorSpec } from "./factor-spec.js";

/**
 * Factors of prosecution and trial, and of the labour-inspection track beside it (research.md
 * §3, F14–F18; §5.4; §5.8; §6.5 on labour exploitation versus bad employership).
 */
export const justiceFactors = [
  {
    kind: "factor",
    id: "aangiftebereidheid",
    catalogue: "F14",
    labels: { nl: "Aangiftebereidheid van slachtoffers", en: "Victims' willingness to report" },
    description:
      "Share of identified victims who file a complaint or cooperate with the investigation; complaints nearly doubled to 1,045 in 2019.",
    actors: ["politie", "zorg- en opvangorganisaties", "IND"],
    group: "investigation_prosecution",
    units: "aandeel",
    sources: ["S35", "S44"],
  },
  {
    kind: "factor",
    id: "instroom_om",
    catalogue: "F15",
    labels: { nl: "Instroom van verdachten bij het OM", en: "Suspects entering the OM" },
    description:
      "Trafficking suspects registered by the public prosecutor: 311 cases in 2012, 257 suspects in 2013, 144 in 2017; police-supplied suspects 145 in 2019 against a target of 190.",
    actors: ["politie", "OM", "KMar", "Inspectie SZW"],
    group: "investigation_prosecution",
    units: "verdachten/jaar",
    sources: ["S31", "S34", "S39", "S40"],
  },
  {
    kind: "factor",
    id: "sepotpercentage",
    catalogue: "F16",
    labels: { nl: "Sepotpercentage", en: "Dismissal share" },
    description:
      "Share of trafficking cases the OM dismisses, mostly for lack of evidence: about 25 % in 2016, over 40 % in 2019.",
    actors: ["OM"],
    group: "investigation_prosecution",
    units: "aandeel",
    sources: ["S35", "S37"],
  },
  {
    kind: "factor",
    id: "veroordelingen",
    catalogue: "F17",
    labels: { nl: "Veroordelingen voor mensenhandel", en: "Trafficking convictions" },
    description:
      "Convictions per year: 110 (2012), 156 (2013), 133 (2014), 139 (2015), 103 (2016); over 70 % of suspects tried were convicted in 2012–2013.",
    actors: ["rechtspraak", "OM"],
    group: "investigation_prosecution",
    units: "veroordelingen/jaar",
    sources: ["S31", "S32", "S36"],
  },
  {
    kind: "factor",
    id: "strafmaat",
    catalogue: "F18",
    labels: { nl: "Strafmaat", en: "Sentence severity" },
    description:
      "Unconditional part of the sentence: from 1 year 8 months (2010) to 2 years 2 months (2013), down to about 1.5 years by 2017.",
    actors: ["rechtspraak", "OM"],
    group: "investigation_prosecution",
    units: "maanden onvoorwaardelijk",
    sources: ["S36", "S37"],
  },
  {
    kind: "factor",
    id: "inspectiecapaciteit_szw",
    labels: {
      nl: "Capaciteit van de Inspectie SZW voor arbeidsuitbuiting",
      en: "Labour Inspectorate capacity for labour exploitation",
    },
    description:
      "Inspectie SZW work on labour exploitation: reports handled rose from about 70 a year before 2018 to 106 (2019) and 160 (2020); victims it identified rose from 38 (2016) to 75 (2018).",
    actors: ["Inspectie SZW", "ministerie SZW"],
    group: "investigation_prosecution",
    units: "FTE",
    sources: ["S53", "S28", "S29"],
  },
  {
    kind: "factor",
    id: "juridische_drempel_arbeidsuitbuiting",
    labels: {
      nl: "Strafrechtelijke drempel voor arbeidsuitbuiting (art. 273f Sr)",
      en: "Criminal-law threshold for labour exploitation (art. 273f Sr)",
    },
    description:
      "How narrowly the criminal definition of labour exploitation is read; the inspectorate acknowledges that it limits prosecutions, and cases below it are left to administrative law.",
    actors: ["OM", "rechtspraak", "Inspectie SZW", "ministerie JenV"],
    group: "investigation_prosecution",
    units: "0–1",
    sources: ["K162", "S53"],
  },
  {
    kind: "factor",
    id: "bestuursrechtelijke_handhaving",
    labels: {
      nl: "Bestuursrechtelijke handhaving tegen slecht werkgeverschap",
      en: "Administrative enforcement against bad employership",
    },
    description:
      "Fines and orders outside the criminal track: inspectors raised from 4 to 10 in 2019, violations found from 16 (2017) to 37 (2019), fines about flat; firms restart under a new name.",
    actors: ["Inspectie SZW", "ministerie SZW"],
    group: "investigation_prosecution",
    units: "index",
    sources: ["K162", "S53"],
  },
] as const satisfies readonly FactorSpec[];
