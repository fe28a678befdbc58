/**
 * What a domain reviewer found in the trafficking analysis (issue 14), each with how it is
 * answered, and the known limitations that stay. The document generator prints both in
 * `docs/mensenhandel.md` ("Bekende beperkingen"); the report links there.
 */

/** A review finding: fixed in the model, or answered and kept as a limitation. */
export interface Finding {
  readonly id: string;
  readonly finding: string;
  readonly status: "fixed" | "limitation";
  readonly answer: string;
}

/** The findings of the domain review and how each is answered. */
export const findings: readonly Finding[] = [
  {
    id: "recidive",
    finding:
      "The map rated released offenders → active traffickers strong on the 65 % that re-offend with any crime.",
    status: "fixed",
    answer:
      "Both recidivism links are weak and cite the trafficking-specific figure, about 1 in 10 within 7 years (S38); the stock-and-flow model uses −ln(0.9)/7 a year; the loop story says the loop is weak.",
  },
  {
    id: "dublin",
    finding:
      "dublin_share = 0.72 ended 72 % of the B8/3 surge, but 72 % is the Dublin share of the Nigerian group that left reception (S50), and the change was counted twice.",
    status: "fixed",
    answer:
      "The event term is gone. B8/3 claims are an inflow of their own, in proportion to access to the regulation; the Dublin change enters once, as the measure beperking_b8_dublinclaimanten (its size an assumption), which is on in the historical baseline.",
  },
  {
    id: "vormen",
    finding:
      "Two-thirds sexual was coded as 0.6, 1,000 of 5,000 criminal as 0.15, and the mix was fixed in time.",
    status: "fixed",
    answer:
      "Two mixes: 0.67 sexual in 2014–15 (S13); half sexual and 0.2 criminal in 2018–19 (S14–S16), moving linearly in between. The split of the rest over labour and other forms is an assumption and listed as one.",
  },
  {
    id: "prevalentie",
    finding:
      "The multiple-systems estimates count victims present in a year; the map labelled them new victims per year.",
    status: "fixed",
    answer:
      "The indicator and the model's total_victims are victims present in a year (hidden stock plus those seen in the year), compared with the estimates; new victims per year are the model's recruitment plus re-trafficking and are never compared with the estimates.",
  },
  {
    id: "bovengrens",
    finding: "The 2018–19 bound used 7,000, the top of 6,300–7,000.",
    status: "fixed",
    answer:
      "The range check uses 4,000–6,300, the narrower reading, so that the check is not loosened; the data file says why.",
  },
  {
    id: "kleine-punten",
    finding:
      "Convictions 110–156 (2016 was 103); the priority_dip note cited S34; three shelter bases; shelter need from CoMensha against NRM; re-victimisation as re-trafficking; 7-year windows as time constants; the GDPR step on 1 January 2018; cases_per_fte mixing 2012 cases with 2019 staffing.",
    status: "fixed",
    answer:
      "Convictions 103–156, reference 128 (S32); priority_dip derived from the police channel (S35, S28, S29) and suspects (S39), no longer fitted; one shelter base, the 70 COSM places (S45); shelter need 212/1,117 NRM; S27 counts any crime, and only a share (an assumption) is trafficking again; the 7-year windows are assumptions, not sourced time constants; the GDPR step on 25 May 2018; cases_per_fte is an assumption that names the mismatch.",
  },
  {
    id: "aannames",
    finding:
      "hiring_delay, admission_time, shelter_stay, stabilisation_time, release_desistance_time, expertise_rebuild_time, overload_elasticity and the shelter expansion date were tagged as sourced.",
    status: "fixed",
    answer:
      "They are assumptions and appear in the list of assumptions; the year of the COSM expansion (2013) is stated as our reading of the 2012/13 evaluation.",
  },
  {
    id: "dubbel",
    finding: "Training and Dublin entered the model twice.",
    status: "fixed",
    answer:
      "Training acts once, on awareness (not also on police expertise); Dublin once, as its measure on B8/3 access.",
  },
  {
    id: "verbanden",
    finding:
      "Registered victims → priority (+), perceived risk → hidden settings (+), identification counted directly and through duration, training rated strong.",
    status: "fixed",
    answer:
      "Registered victims → priority is negative, a balancing alarm (S5, S33), and its loop is now B; the displacement link and its loop are removed; identification acts on hidden victims only through the duration; training is average.",
  },
  {
    id: "ontbrekend",
    finding:
      "Missing from the map: chain cooperation and 'basis op orde', a prevention lever, the mayors' administrative approach, sexual exploitation as a factor of its own, organ removal; the top leverage point is a statistic.",
    status: "limitation",
    answer:
      "Not yet added. Each needs factors, links with evidence and levers in the stock-and-flow model; the sources (S1, S2, S69) name chain cooperation but give no sizes. The leverage table still ranks the registration statistic first: read it as where the map's loops meet, not as something to act on.",
  },
];

/** Known limitations of the analysis that stay, each with its reason. */
export const limitations: readonly string[] = [
  "The systeemkaart is a reconstruction from public sources. The original TNO map of 2018 was never published, so no link of it could be checked against the original.",
  "The model's total (victims present in a year) does not follow the fall of the estimates from 2014–15 to 2018–19 when no source gives a driver for it: the second estimate (S14) attributes the fall to fewer sexual-exploitation victims, and the model has no sourced cause for that fall. The report says whether the direction agrees, from the run.",
  "The second estimate (2018–19), the share of victims seen, registrations by form, channel and age, and the criminal-justice figures other than the OM suspects are validation only; where the model misses them the report shows it.",
  "With the GDPR step on its sourced date (25 May 2018) even a complete stop of voluntary reports cannot bring 2018 down to the yearly 150 of S57: the figures imply that reports fell earlier. The model over-predicts the voluntary channel in 2018.",
  "The police channel series sets the priority loss of 2015–2017 and the COVID-19 fall of 2020, so the police channel is not an independent check.",
  "B8/3 claims are not counted in any source; their number is fitted, and in the fit on 2013–2018 it is hardly identified (only the last quarter of 2018 shows it). The out-of-sample error of 2019 is therefore mostly the surge of claims.",
  "The reorganisation's loss of expertise and the number of B8/3 claims are fitted; a fit that ends at a bound is named in the report.",
  "Registrations by form and channel count a victim once per form or reporter; the model counts each victim once, so the comparison is approximate.",
];
