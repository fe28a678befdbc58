/** The words of the analysis's charts, in Dutch and English (the same keys in both). */
import type { Lang } from "../../../src/render/strings.js";

/** The chart words of one language. */
export interface ChartText {
  readonly map: string;
  readonly year: string;
  readonly victimsPerYear: string;
  readonly victimsPerYearUnit: string;
  readonly victimsInYear: string;
  readonly calibration: string;
  readonly totals: string;
  readonly estimate: string;
  readonly forms: Readonly<Record<"sexual" | "labour" | "criminal" | "other", string>>;
  readonly formsTitle: string;
  /** The scenarios a scenario chart draws, by run name, with their short names. */
  readonly scenarios: Readonly<
    Record<"basis" | "zonder_programma_2018" | "met_alle_maatregelen", string>
  >;
  readonly validation: (series: string, source: string) => string;
  readonly source: string;
  readonly holdoutSeries: (fit: string, test: string) => string;
  readonly holdout: string;
  readonly band: (indicator: string) => string;
  readonly baseline: string;
  /** The titles of the report's figures. */
  readonly figures: {
    readonly calibration: string;
    readonly forms: string;
    readonly totals: string;
    readonly scenarioVictims: string;
    readonly scenarioVictimsChart: string;
    readonly scenarioConvictions: string;
    readonly scenarioConvictionsChart: string;
    readonly holdout: string;
    readonly band: (indicator: string, samples: number) => string;
    readonly validation: (series: string) => string;
  };
}

const NL: ChartText = {
  map: "Systeemkaart aanpak mensenhandel",
  year: "jaar",
  victimsPerYear: "slachtoffers per jaar",
  victimsPerYearUnit: "slachtoffers/jaar",
  victimsInYear: "slachtoffers in een jaar",
  calibration: "Geregistreerde slachtoffers per jaar: model en NRM-reeks",
  totals: "Slachtoffers in een jaar: model en schattingen (MSE) met hun bandbreedte",
  estimate: "schatting",
  forms: { sexual: "seksueel", labour: "arbeid", criminal: "crimineel", other: "overig" },
  formsTitle: "Geregistreerde slachtoffers per jaar naar vorm van uitbuiting (model)",
  scenarios: {
    basis: "basis (maatregelen vóór 2021)",
    zonder_programma_2018: "zonder programma 2018",
    met_alle_maatregelen: "alle maatregelen",
  },
  validation: (series, source) => `${series}: model en cijfers (${source})`,
  source: "bron",
  holdoutSeries: (fit, test) => `fit ${fit}, voorspelling ${test}`,
  holdout: "Toets buiten de steekproef: geregistreerde slachtoffers (NRM)",
  band: (indicator) => `${indicator}: basis, mediaan met 5–95 %-band`,
  baseline: "basis",
  figures: {
    calibration: "Kalibratie op de NRM-reeks",
    forms: "Registraties naar vorm",
    totals: "Totaal tegen de schattingen",
    scenarioVictims: "Totaal slachtoffers per scenario",
    scenarioVictimsChart: "Slachtoffers in een jaar (totaal) per scenario",
    scenarioConvictions: "Veroordelingen per scenario",
    scenarioConvictionsChart: "Veroordelingen per jaar per scenario",
    holdout: "Toets buiten de steekproef (fit 2013–2018, voorspelling 2019–2020)",
    band: (indicator, samples) => `${indicator}: basis met 5–95 %-band (${samples} steekproeven)`,
    validation: (series) => `Validatie: ${series}`,
  },
};

const EN: ChartText = {
  map: "Systeemkaart (system map) of the approach to human trafficking",
  year: "year",
  victimsPerYear: "victims per year",
  victimsPerYearUnit: "victims/year",
  victimsInYear: "victims in a year",
  calibration: "Registered victims per year: model and NRM series",
  totals: "Victims in a year: model and the estimates (MSE) with their ranges",
  estimate: "estimate",
  forms: { sexual: "sexual", labour: "labour", criminal: "criminal", other: "other" },
  formsTitle: "Registered victims per year by form of exploitation (model)",
  scenarios: {
    basis: "baseline (measures before 2021)",
    zonder_programma_2018: "without the 2018 programme",
    met_alle_maatregelen: "all measures",
  },
  validation: (series, source) => `${series}: model and figures (${source})`,
  source: "source",
  holdoutSeries: (fit, test) => `fit ${fit}, prediction ${test}`,
  holdout: "Out-of-sample test: registered victims (NRM)",
  band: (indicator) => `${indicator}: baseline, median with 5–95 % band`,
  baseline: "baseline",
  figures: {
    calibration: "Calibration on the NRM series",
    forms: "Registrations by form",
    totals: "Total against the estimates",
    scenarioVictims: "Total victims per scenario",
    scenarioVictimsChart: "Victims in a year (total) per scenario",
    scenarioConvictions: "Convictions per scenario",
    scenarioConvictionsChart: "Convictions per year per scenario",
    holdout: "Out-of-sample test (fit 2013–2018, prediction 2019–2020)",
    band: (indicator, samples) => `${indicator}: baseline with 5–95 % band (${samples} samples)`,
    validation: (series) => `Validation: ${series}`,
  },
};

/** The chart words in `lang`. */
export const CHART_TEXT: Readonly<Record<Lang, ChartText>> = { nl: NL, en: EN };
