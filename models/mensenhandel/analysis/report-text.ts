/**
 * The words of the analysis report outside its conclusions, in Dutch and English. Both tables
 * have the same keys (a missing text is a type error), so the English report is the same
 * document as the Dutch one.
 */
import type { VesterRole } from "../../../src/analysis/leverage/structural-table.js";
import type { Lang } from "../../../src/render/strings.js";

/** The report's words in one language. */
export interface ReportText {
  readonly title: string;
  readonly conclusions: string;
  readonly yes: string;
  readonly no: string;
  readonly rises: string;
  readonly falls: string;
  readonly role: Readonly<Record<VesterRole, string>>;
  /** Notes on validation series, by series name. */
  readonly seriesNotes: Readonly<Record<string, string>>;
  readonly size: (measure: string) => string;
  readonly leverage: {
    readonly title: string;
    readonly actionable: string;
    readonly structural: string;
    readonly columns: readonly string[];
    readonly caption: string;
  };
  readonly marvel: {
    readonly title: string;
    readonly perIndicator: string;
    readonly perIndicatorCaption: (samples: number, seed: string) => string;
    readonly ranking: string;
    readonly rankingColumns: readonly string[];
    readonly score: string;
    readonly okShare: string;
    readonly robust: (samples: number) => string;
  };
  readonly uncertainty: {
    readonly title: string;
    readonly method: (samples: number, seed: number) => string;
    readonly noBound: string;
    readonly atBound: (names: string) => string;
    readonly distributions: string;
    readonly columns: readonly string[];
    readonly assumption: string;
    readonly measureSize: string;
  };
  readonly validation: {
    readonly title: string;
    readonly calibration: string;
    readonly calibrationColumns: readonly string[];
    readonly calibrationCaption: (mape: string) => string;
    readonly holdout: string;
    readonly holdoutColumns: readonly string[];
    readonly holdoutCaption: (inSample: string, out: string, full: string) => string;
    readonly series: string;
    readonly seriesColumns: readonly string[];
    readonly trend: string;
    readonly trendColumns: readonly string[];
    readonly trendCaption: string;
    readonly ranges: string;
    readonly rangesColumns: readonly string[];
    readonly rangesCaption: string;
    readonly justice: string;
    readonly justiceColumns: readonly string[];
    readonly justiceIndicator: Readonly<Record<string, string>>;
    readonly justiceCaption: string;
    readonly central: string;
    readonly centralCaption: string;
  };
  readonly checks: {
    readonly title: string;
    readonly table: (passed: number, total: number) => string;
    readonly columns: readonly string[];
  };
  readonly sources: string;
  readonly summary: {
    readonly reconstruction: string;
    readonly holdout: (out: string, inSample: string, full: string) => string;
    readonly trendFollowed: (from: string, to: string) => string;
    readonly trendMissed: (from: string, to: string) => string;
    readonly worst: (series: string, mape: string, source: string) => string;
    readonly limitations: string;
  };
  readonly facts: {
    readonly factors: string;
    readonly links: string;
    readonly reinforcing: string;
    readonly balancing: string;
    readonly mape: string;
    readonly holdout: string;
    readonly inSample: string;
    readonly trend: string;
    readonly ranges: string;
    readonly checks: string;
    readonly of: (passed: number, total: number) => string;
  };
  readonly diagram: string;
}

const NL: ReportText = {
  title: "Systeemanalyse aanpak mensenhandel: een reconstructie uit openbare bronnen",
  conclusions: "Conclusies voor de kerngroep",
  yes: "ja",
  no: "nee",
  rises: "stijgt",
  falls: "daalt",
  role: { active: "actief", reactive: "reactief", critical: "kritisch", buffering: "bufferend" },
  seriesNotes: {
    form_sexual: "een slachtoffer met meer vormen telt in elke vorm mee",
    form_labour_criminal: "in 2020 telt een slachtoffer met meer vormen in elke vorm mee",
    channel_police:
      "het model gebruikt deze reeks voor het prioriteitsverlies en de COVID-19-daling: geen onafhankelijke toets; bronnen tellen melders, een slachtoffer kan er meer hebben",
    channel_care: "de AVG-drempel komt uit de vrijwillige meldingen 2014–2018, een bredere groep",
    police_om_suspects:
      "het model telt alle verdachten naar het OM, niet alleen die van de politie",
    share_seen: "de bronnen geven 0,25–0,33; vergeleken met het midden, 0,29",
  },
  size: (measure) => `omvang: ${measure}`,
  leverage: {
    title: "Aangrijpingspunten en hefbomen van de systeemkaart",
    actionable: "Aangrijpingspunten voor beleid (factoren die een maatregel verandert)",
    structural: "Hefboomtabel systeemkaart (structureel)",
    columns: ["actief", "passief", "lussen", "rol"],
    caption:
      "Actief: hoeveel een factor andere beïnvloedt; passief: hoeveel hij zelf beïnvloed wordt; lussen: door hoeveel terugkoppellussen hij loopt. De structurele tabel hieronder zet ook statistieken bovenaan, zoals het aantal geregistreerde slachtoffers: daar komen veel lussen samen, maar niemand kan ze direct instellen.",
  },
  marvel: {
    title: "MARVEL: de maatregelen op de systeemkaart",
    perIndicator: "MARVEL per indicator: goed na 1 · 2 · 5 · 10 jaar, en robuustheid",
    perIndicatorCaption: (samples, seed) =>
      `✓: de indicator beweegt op dat moment de gewenste kant op; tussen haakjes het gemiddelde aandeel van ${samples} steekproeven van de sterkte- en snelheidsklassen waarin dat zo blijft (seed ${seed}).`,
    ranking: "MARVEL-rangorde van de maatregelen (vanaf 2018)",
    rankingColumns: ["score", "aandeel goed", "robuust"],
    score:
      "Score: het gewogen gemiddelde over de indicatoren en de momenten van hoe ver elke indicator de gewenste kant op beweegt, zodat een hogere score een gunstiger maatregel betekent.",
    okShare:
      "Aandeel goed: het deel van de combinaties van indicator en moment (1, 2, 5 en 10 jaar) waarin de indicator de gewenste kant op beweegt.",
    robust: (samples) =>
      `Robuust: het deel van ${samples} steekproeven, waarin de sterkte- en snelheidsklassen van de verbanden willekeurig een klasse verschuiven, waarin de indicatoren toch de gewenste kant op bewegen.`,
  },
  uncertainty: {
    title: "Onzekerheid: wat de steekproef varieert",
    method: (samples, seed) =>
      `Het voorraad-stroommodel draait ${samples} keer (Latijnse hyperkubus, seed ${seed}), elke steekproef onder elk scenario, zodat het effect van een maatregel per steekproef (met tegen zonder) wordt berekend. Gevarieerd worden alle constanten die een aanname zijn en de omvang van maatregelen die gekozen is; bronconstanten en uit cijfers afgeleide omvangen blijven vast. Het model wordt daarbij niet opnieuw gefit.`,
    noBound: "Geen gefitte constante eindigde op een grens van haar bereik.",
    atBound: (names) =>
      `Gefitte constanten die op een grens van hun bereik eindigden (de cijfers bepalen ze niet binnen het bereik): ${names}.`,
    distributions:
      "Verdelingen (driehoeksverdeling: laagste, meest waarschijnlijke, hoogste waarde)",
    columns: ["soort", "verdeling", "onderbouwing"],
    assumption: "aanname",
    measureSize: "omvang maatregel",
  },
  validation: {
    title: "Kalibratie en validatie",
    calibration: "Kalibratie: geregistreerde slachtoffers (NRM)",
    calibrationColumns: ["waargenomen", "model"],
    calibrationCaption: (mape) => `gemiddelde absolute afwijking (MAPE) ${mape}`,
    holdout: "Toets buiten de steekproef: fit op 2013–2018, voorspelling van 2019–2020",
    holdoutColumns: ["waargenomen (NRM)", "model", "gebruikt in de fit"],
    holdoutCaption: (inSample, out, full) =>
      `MAPE binnen de steekproef (2013–2018) ${inSample}, buiten de steekproef (2019–2020) ${out}; tegen ${full} voor de fit op alle jaren 2013–2020`,
    series: "Validatie: reeksen waarop het model niet is gefit",
    seriesColumns: ["bron", "punten", "MAPE", "opmerking"],
    trend: "Trend van de schattingen (MSE) tegen het model",
    trendColumns: [
      "schatting",
      "model",
      "model van",
      "model tot",
      "klopt",
      "door het model gebruikt",
    ],
    trendCaption:
      "Slachtoffers in een jaar (prevalentie), zoals de schattingen ze tellen: verborgen slachtoffers plus wie in het jaar in beeld kwam.",
    ranges: "Slachtoffers in een jaar tegen de bandbreedte van de schattingen",
    rangesColumns: ["model", "ondergrens", "bovengrens", "binnen"],
    rangesCaption:
      "2018–2019: de bronnen drukken de bovengrens af als 6.300–7.000; de smallere 6.300 is gebruikt.",
    justice: "Strafrechtketen: model tegen cijfers",
    justiceColumns: ["waargenomen", "model"],
    justiceIndicator: {
      convictions: "veroordelingen",
      om_suspects: "verdachten bij het OM",
      police_om_suspects: "verdachten via de politie",
    },
    justiceCaption:
      "De verdachten bij het OM in 2013 en 2017 zijn gefit; de rest is validatie (S32, S34, S39, S40).",
    central: "Eén centrale run: effect van elke maatregel in 2030 (met tegen zonder)",
    centralCaption:
      "Zonder onzekerheid, bij de gekalibreerde waarden; de conclusies bovenaan geven de bandbreedte.",
  },
  checks: {
    title: "Realiteitstoetsen",
    table: (passed, total) => `Realiteitstoetsen: ${passed} van ${total} geslaagd`,
    columns: ["geslaagd", "gezien"],
  },
  sources: "Bronnen",
  summary: {
    reconstruction:
      "De oorspronkelijke systeemkaart van TNO en de kerngroep (MARVEL, 2018) is nooit gepubliceerd. Deze systeemkaart is een reconstructie uit openbare bronnen (S1–S71, K162), met een MARVEL-evaluatie van de maatregelen van Samen tegen mensenhandel en een voorraad-stroommodel dat op de geregistreerde slachtoffers is gekalibreerd. Maatregelen die vóór 2021 golden zitten in de basis; maatregelen worden vanaf 2021 beoordeeld, of als bijdrage (de basis tegen een run zonder de maatregel).",
    holdout: (out, inSample, full) =>
      `Toets buiten de steekproef: gefit op 2013–2018 voorspelt het model de registraties van 2019–2020 met een gemiddelde afwijking van ${out}, tegen ${inSample} op de jaren die de fit zag. Het verschil zegt hoeveel van de goede passing op alle jaren (${full}) aan het fitten zelf ligt.`,
    trendFollowed: (from, to) =>
      `De schattingen (MSE) dalen van 2014–15 naar 2018–19 en het model daalt mee (${from} → ${to}).`,
    trendMissed: (from, to) =>
      `Het model volgt de daling van de schattingen (MSE) van 2014–15 naar 2018–19 niet: het aantal slachtoffers in een jaar gaat in het model van ${from} naar ${to}. De reden: het model heeft geen bron voor de daling van seksuele uitbuiting die de tweede schatting laat zien (S14); de minder goede signalering van 2015–2018 laat slachtoffers in het model langer onopgemerkt, en dat verhoogt het totaal. Uitspraken over het totale aantal slachtoffers zijn daarom zwak.`,
    worst: (series, mape, source) =>
      `De reeks die het slechtst past is ${series} (${mape} gemiddelde afwijking, ${source}); zie de validatie.`,
    limitations: "Bekende beperkingen staan in docs/mensenhandel.md.",
  },
  facts: {
    factors: "factoren",
    links: "verbanden",
    reinforcing: "versterkende lussen",
    balancing: "balancerende lussen",
    mape: "MAPE kalibratie (NRM 2013–2020)",
    holdout: "MAPE buiten de steekproef (fit 2013–2018, toets 2019–2020)",
    inSample: "MAPE binnen de steekproef van dezelfde fit",
    trend: "daling 2014–15 → 2018–19 van de schattingen gevolgd",
    ranges: "slachtoffers in een jaar binnen de bandbreedte van de schattingen",
    checks: "realiteitstoetsen geslaagd",
    of: (passed, total) => `${passed} van ${total}`,
  },
  diagram: "Systeemkaart (reconstructie uit openbare bronnen)",
};

const EN: ReportText = {
  title:
    "Systems analysis of the Dutch approach to human trafficking: a reconstruction from public sources",
  conclusions: "Conclusions for the core group",
  yes: "yes",
  no: "no",
  rises: "rises",
  falls: "falls",
  role: { active: "active", reactive: "reactive", critical: "critical", buffering: "buffering" },
  seriesNotes: {
    form_sexual: "a victim of more than one form counts in each form",
    form_labour_criminal: "in 2020 a victim of more than one form counts in each form",
    channel_police:
      "the model uses this series for the loss of priority and the COVID-19 fall: not an independent test; sources count reporters, and a victim can have more than one",
    channel_care: "the GDPR threshold comes from the voluntary reports of 2014–2018, a wider group",
    police_om_suspects:
      "the model counts all suspects sent to the Public Prosecution Service, not only those from the police",
    share_seen: "the sources give 0.25–0.33; compared with the middle, 0.29",
  },
  size: (measure) => `size: ${measure}`,
  leverage: {
    title: "Intervention points and leverage of the systeemkaart",
    actionable: "Intervention points for policy (factors a measure changes)",
    structural: "Leverage table of the systeemkaart (structural)",
    columns: ["active", "passive", "loops", "role"],
    caption:
      "Active: how much a factor influences others; passive: how much it is influenced itself; loops: how many feedback loops pass through it. The structural table below also ranks statistics high, such as the number of registered victims: many loops meet there, but no one can set them directly.",
  },
  marvel: {
    title: "MARVEL: the measures on the systeemkaart",
    perIndicator: "MARVEL per indicator: right after 1 · 2 · 5 · 10 years, and robustness",
    perIndicatorCaption: (samples, seed) =>
      `✓: the indicator moves the desired way at that moment; in brackets the mean share of ${samples} samples of the strength and speed classes in which that still holds (seed ${seed}).`,
    ranking: "MARVEL ranking of the measures (from 2018)",
    rankingColumns: ["score", "share right", "robust"],
    score:
      "Score: the weighted mean over the indicators and moments of how far each indicator moves the desired way, so that a higher score means a more favourable measure.",
    okShare:
      "Share right: the part of the combinations of indicator and moment (1, 2, 5 and 10 years) in which the indicator moves the desired way.",
    robust: (samples) =>
      `Robust: the part of ${samples} samples, in which the strength and speed classes of the links shift by one class at random, in which the indicators still move the desired way.`,
  },
  uncertainty: {
    title: "Uncertainty: what the sample varies",
    method: (samples, seed) =>
      `The stock-and-flow model runs ${samples} times (Latin hypercube, seed ${seed}), each sample under each scenario, so that a measure's effect is computed per sample (with versus without). Varied are all constants that are an assumption and the size of measures that was chosen; sourced constants and sizes derived from figures stay fixed. The model is not fitted again.`,
    noBound: "No fitted constant ended at a bound of its range.",
    atBound: (names) =>
      `Fitted constants that ended at a bound of their range (the figures do not determine them within the range): ${names}.`,
    distributions: "Distributions (triangular: lowest, most likely, highest value)",
    columns: ["kind", "distribution", "reasoning"],
    assumption: "assumption",
    measureSize: "size of measure",
  },
  validation: {
    title: "Calibration and validation",
    calibration: "Calibration: registered victims (NRM)",
    calibrationColumns: ["observed", "model"],
    calibrationCaption: (mape) => `mean absolute percentage error (MAPE) ${mape}`,
    holdout: "Out-of-sample test: fit on 2013–2018, prediction of 2019–2020",
    holdoutColumns: ["observed (NRM)", "model", "used in the fit"],
    holdoutCaption: (inSample, out, full) =>
      `MAPE in sample (2013–2018) ${inSample}, out of sample (2019–2020) ${out}; against ${full} for the fit on all years 2013–2020`,
    series: "Validation: series the model was not fitted to",
    seriesColumns: ["source", "points", "MAPE", "note"],
    trend: "Trend of the estimates (MSE) against the model",
    trendColumns: ["estimate", "model", "model from", "model to", "agrees", "used by the model"],
    trendCaption:
      "Victims in a year (prevalence), as the estimates count them: hidden victims plus those who came into view in the year.",
    ranges: "Victims in a year against the range of the estimates",
    rangesColumns: ["model", "lower bound", "upper bound", "inside"],
    rangesCaption:
      "2018–2019: the sources print the upper bound as 6,300–7,000; the narrower 6,300 is used.",
    justice: "Criminal-justice chain: model against figures",
    justiceColumns: ["observed", "model"],
    justiceIndicator: {
      convictions: "convictions",
      om_suspects: "suspects at the Public Prosecution Service",
      police_om_suspects: "suspects via the police",
    },
    justiceCaption:
      "The suspects at the Public Prosecution Service in 2013 and 2017 are fitted; the rest is validation (S32, S34, S39, S40).",
    central: "One central run: effect of each measure in 2030 (with versus without)",
    centralCaption:
      "Without uncertainty, at the calibrated values; the conclusions at the top give the range.",
  },
  checks: {
    title: "Reality checks",
    table: (passed, total) => `Reality checks: ${passed} of ${total} passed`,
    columns: ["passed", "seen"],
  },
  sources: "Sources",
  summary: {
    reconstruction:
      "The original systeemkaart (system map) of TNO and the core group (MARVEL, 2018) was never published. This systeemkaart is a reconstruction from public sources (S1–S71, K162), with a MARVEL evaluation of the measures of Samen tegen mensenhandel (Together against human trafficking) and a stock-and-flow model calibrated on the registered victims. Measures in force before 2021 are in the baseline; measures are scored from 2021, or as a contribution (the baseline against a run without the measure).",
    holdout: (out, inSample, full) =>
      `Out-of-sample test: fitted on 2013–2018, the model predicts the registrations of 2019–2020 with a mean error of ${out}, against ${inSample} on the years the fit saw. The difference says how much of the good fit on all years (${full}) is owed to the fitting itself.`,
    trendFollowed: (from, to) =>
      `The estimates (MSE) fall from 2014–15 to 2018–19 and the model falls with them (${from} → ${to}).`,
    trendMissed: (from, to) =>
      `The model does not follow the fall of the estimates (MSE) from 2014–15 to 2018–19: the number of victims in a year goes from ${from} to ${to} in the model. The reason: the model has no source for the fall in sexual exploitation that the second estimate shows (S14); the weaker signalling of 2015–2018 leaves victims unseen for longer in the model, and that raises the total. Statements about the total number of victims are therefore weak.`,
    worst: (series, mape, source) =>
      `The series that fits worst is ${series} (${mape} mean error, ${source}); see the validation.`,
    limitations: "Known limitations are in docs/mensenhandel.md.",
  },
  facts: {
    factors: "factors",
    links: "links",
    reinforcing: "reinforcing loops",
    balancing: "balancing loops",
    mape: "MAPE of the calibration (NRM 2013–2020)",
    holdout: "MAPE out of sample (fit 2013–2018, test 2019–2020)",
    inSample: "MAPE in sample of the same fit",
    trend: "fall 2014–15 → 2018–19 of the estimates followed",
    ranges: "victims in a year within the range of the estimates",
    checks: "reality checks passed",
    of: (passed, total) => `${passed} of ${total}`,
  },
  diagram: "Systeemkaart (a reconstruction from public sources)",
};

/** The part of a bilingual "nl / en" check name in `lang`. */
export function checkName(name: string, lang: Lang): string {
  const parts = name.split(" / ");
  return (lang === "en" ? parts[1] : parts[0]) ?? name;
}

/** The report's words in `lang`. */
export const REPORT_TEXT: Readonly<Record<Lang, ReportText>> = { nl: NL, en: EN };
