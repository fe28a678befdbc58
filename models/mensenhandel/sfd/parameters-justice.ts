import { assumption, source } from "../evidence.js";
import type { SfdParameter } from "./sfd-parameter.js";

/** Constants of the perpetrators and the criminal-justice chain, and of demand. */
export const justiceParameters: readonly SfdParameter[] = [
  {
    id: "perpetrators_initial",
    labels: { nl: "Actieve daders in 2010", en: "Active perpetrators in 2010" },
    units: "persons",
    value: 1500,
    evidence: assumption(
      "No source counts active traffickers; about three victims in exploitation per trafficker (4,000 / 1,500) is a guess.",
    ),
  },
  {
    id: "perpetrator_entry",
    labels: { nl: "Instroom nieuwe daders", en: "New perpetrators per year" },
    units: "persons/years",
    value: 280,
    evidence: assumption(
      "Set so that the perpetrator stock is about level in 2010: desistance (1,500 / 8) plus investigations (≈ 250) minus returns (≈ 160).",
    ),
  },
  {
    id: "perpetrator_career",
    labels: { nl: "Duur van een daderloopbaan", en: "Length of a trafficking career" },
    units: "years",
    value: 8,
    evidence: assumption(
      "Offenders are young (average 26, S59) and careers last years; eight is a guess.",
    ),
  },
  {
    id: "leads_per_victim",
    labels: {
      nl: "Verdachten per geregistreerd slachtoffer",
      en: "Suspects per registered victim",
    },
    units: "persons/persons",
    value: 0.23,
    evidence: source(
      ["S34", "S23"],
      "257 OM-registered suspects against 1,117 registered victims in 2013: 257 / 1,117 = 0.23",
    ),
  },
  {
    id: "cases_per_fte",
    labels: { nl: "Zaken per fte per jaar", en: "Cases per FTE per year" },
    units: "persons/FTE/years",
    value: 0.9,
    evidence: assumption(
      "No source gives cases and staffing for the same year: the record 311 OM cases of 2012 (S31) over the 350 FTE of 2019 (S10) gives 0.9, which assumes the staffing of 2012 was about that of 2019; 145 police-supplied suspects in 2019 (S39) give 0.41 realised, a lower bound.",
    ),
  },
  {
    id: "investigation_time",
    labels: { nl: "Duur van een opsporingsonderzoek", en: "Duration of an investigation" },
    units: "years",
    value: 1,
    evidence: assumption(
      "Trafficking investigations take months to years; one year is a round guess.",
    ),
  },
  {
    id: "dismissal_share",
    labels: {
      nl: "Sepotpercentage bij normale werklast",
      en: "Dismissal share at normal workload",
    },
    units: "dmnl",
    value: 0.25,
    evidence: source(["S35"], "about 25 % in 2016"),
  },
  {
    id: "overload_elasticity",
    labels: { nl: "Effect overbelasting op sepots", en: "Effect of overload on dismissals" },
    units: "dmnl",
    value: 0.5,
    evidence: assumption(
      "More signals but fewer suspects and more dismissals (25 % → >40 %) in 2015–19 (S35) suggest overload, but no source gives its size; MARVEL's average class 0.5 is used.",
    ),
  },
  {
    id: "overload_cap",
    labels: { nl: "Maximale overbelasting", en: "Largest overload that still counts" },
    units: "dmnl",
    value: 4,
    evidence: assumption(
      "Beyond four leads per unit of capacity the extra leads are not investigated at all, so they cannot lower the quality of the cases that are; four is a guess.",
    ),
  },
  {
    id: "max_dismissal_share",
    labels: { nl: "Hoogste sepotpercentage", en: "Highest dismissal share" },
    units: "dmnl",
    value: 0.8,
    evidence: assumption(
      "Dismissals rose above 40 % (S35) but some cases always reach a court; a ceiling of 80 % is a guess that only binds under extreme overload.",
    ),
  },
  {
    id: "conviction_share",
    labels: { nl: "Veroordelingspercentage ter zitting", en: "Conviction share in court" },
    units: "dmnl",
    value: 0.7,
    evidence: source(
      ["S31", "S36"],
      "71 % of first-instance rulings in 2012; over 70 % in 2012–13",
    ),
  },
  {
    id: "court_time",
    labels: { nl: "Doorlooptijd OM en rechter", en: "Time at the OM and in court" },
    units: "years",
    value: 1,
    evidence: assumption("About a year from OM registration to a ruling is a round guess."),
  },
  {
    id: "sentence_length",
    labels: { nl: "Gemiddelde onvoorwaardelijke straf", en: "Average unconditional sentence" },
    units: "years",
    value: 1.75,
    evidence: source(
      ["S36", "S37"],
      "about 2 years in 2009–13, about 1.5 years in 2017: (2 + 1.5) / 2",
    ),
  },
  {
    id: "recidivism_rate",
    labels: { nl: "Recidive met mensenhandel", en: "Re-offending with trafficking" },
    units: "1/years",
    value: 0.015,
    evidence: source(
      ["S38"],
      "about 1 in 10 re-offends with trafficking within 7 years: −ln(0.9) / 7 = 0.015 a year",
    ),
  },
  {
    id: "release_desistance_time",
    labels: { nl: "Tijd tot afhaken na vrijlating", en: "Time to desist after release" },
    units: "years",
    value: 7,
    evidence: assumption(
      "The 7 years of S38 are the window in which recidivism was observed, not a time constant; a mean of seven years before a released offender stops for good is a guess.",
    ),
  },
  {
    id: "convictions_reference",
    labels: { nl: "Referentieniveau veroordelingen", en: "Reference level of convictions" },
    units: "persons/years",
    value: 128,
    evidence: source(
      ["S32"],
      "convictions 110, 156, 133, 139 and 103 in 2012–2016: (110 + 156 + 133 + 139 + 103) / 5 = 128",
    ),
  },
  {
    id: "risk_perception_time",
    labels: { nl: "Tijd om de pakkans waar te nemen", en: "Time to perceive the risk" },
    units: "years",
    value: 2,
    evidence: assumption(
      "Perpetrators learn of convictions through their networks and the news over a few years; two years is a guess.",
    ),
  },
  {
    id: "deterrence_elasticity",
    labels: { nl: "Afschrikkingseffect", en: "Deterrence elasticity" },
    units: "dmnl",
    value: 0.2,
    evidence: assumption(
      "No Dutch elasticity of recruitment to the risk of conviction was found (research.md §6.3); MARVEL's weak class 0.2.",
    ),
  },
  {
    id: "international_cooperation",
    labels: { nl: "Internationale samenwerking", en: "International cooperation" },
    units: "dmnl",
    value: 1,
    evidence: source(["S6", "S42"], "an index, 1 before the liaison officers of the programme"),
  },
  {
    id: "cooperation_elasticity",
    labels: { nl: "Effect samenwerking op verdachten", en: "Effect of cooperation on suspects" },
    units: "dmnl",
    value: 0.5,
    evidence: assumption(
      "Cross-border cases are a part of all cases; MARVEL's average class 0.5 is used.",
    ),
  },
  {
    id: "sex_demand",
    labels: {
      nl: "Vraag naar seksuele diensten van slachtoffers",
      en: "Demand for sexual services of victims",
    },
    units: "dmnl",
    value: 1,
    evidence: source(["S64"], "an index, 1 before client criminalisation"),
  },
  {
    id: "demand_sensitivity",
    labels: { nl: "Gevoeligheid voor vraag naar vorm", en: "Sensitivity to demand by form" },
    units: "dmnl",
    dims: ["form"],
    value: 0,
    values: [1, 0, 0, 0],
    evidence: assumption(
      "Clients' demand drives sexual exploitation only (S64's rationale); proportional recruitment is the simplest reading.",
    ),
  },
];
