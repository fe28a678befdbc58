/**
 * The words of the conclusions section, in Dutch and English. The English table has the same
 * keys as the Dutch one (a missing sentence is a type error), so both reports say the same.
 */
import type { Lang } from "../../../src/render/strings.js";
import type { Direction } from "./conclusion-indicators.js";

/** The words of the conclusions in one language. */
export interface ConclusionsText {
  readonly direction: Readonly<Record<Direction, string>>;
  readonly marvelDirection: Readonly<Record<"up" | "down" | "none", string>>;
  readonly to: string;
  readonly desired: { readonly up: string; readonly down: string };
  readonly kind: {
    readonly counterfactual: string;
    readonly addition: string;
    readonly mixed: string;
  };
  readonly robust: string;
  readonly tableTitle: string;
  readonly marvelColumn: string;
  readonly caption: (samples: number, seed: number) => string;
  readonly noneClear: string;
  readonly clear: (names: string) => string;
  readonly unsure: (names: string) => string;
  readonly notForecasts: string;
  readonly limitations: string;
  readonly noClash: string;
  readonly clashIntro: (n: number, measures: number) => string;
  readonly clashItem: (measure: string, indicators: string, sfd: string, marvel: string) => string;
  readonly because: string;
  readonly noLever: (factors: string) => string;
  readonly ended: (end: string) => string;
  readonly moreSeen: (change: string) => string;
  readonly mechanicsContribution: (variables: string) => string;
  readonly mechanics: (variables: string) => string;
  readonly noVariables: string;
}

const NL: ConclusionsText = {
  direction: { up: "stijgt", down: "daalt", unsure: "onzeker", none: "geen effect" },
  marvelDirection: { up: "stijgt", down: "daalt", none: "geen effect" },
  to: "tot",
  desired: { up: "↑ gewenst", down: "↓ gewenst" },
  kind: { counterfactual: "bijdrage", addition: "toevoeging", mixed: "pakket" },
  robust: "robuust",
  tableTitle: "Maatregel × indicator: verandering met tegen zonder de maatregel (mediaan, 5–95 %)",
  marvelColumn: "MARVEL: indicatoren goed na 1 · 2 · 5 · 10 jaar",
  caption: (samples, seed) =>
    `Voorraad-stroommodel: ${samples} steekproeven (Latijnse hyperkubus, seed ${seed}) over de aannames en de gekozen omvang van maatregelen. ↑/↓: de hele 5–95 %-band ligt aan één kant van nul; ±: de band omvat nul. "Bijdrage" is de basis tegen een run zonder de maatregel (maatregelen van vóór 2021); "toevoeging" is de basis met de maatregel vanaf zijn eigen start.`,
  noneClear:
    "Geen enkele maatregel verlaagt het aantal slachtoffers in een jaar in 2030 zeker: bij elke maatregel omvat de 5–95 %-band ook geen effect of een stijging.",
  clear: (names) =>
    `In 2030 verlagen deze maatregelen het aantal slachtoffers in een jaar over de hele 5–95 %-band: ${names}.`,
  unsure: (names) => `Onzeker (de band omvat nul): ${names}.`,
  notForecasts:
    "De getallen zijn relatieve veranderingen van het model, geen voorspellingen: de omvang hangt aan aannames die in de bijlage met hun bereik staan, en het model volgt de daling van de schattingen tussen 2014–15 en 2018–19 niet (zie de validatie). Gebruik de tabel om maatregelen te vergelijken en om te zien waar de onzekerheid zit, niet om aantallen slachtoffers te beloven.",
  limitations:
    "Wat de tabel niet kan zeggen staat in de bekende beperkingen (docs/mensenhandel.md, Bekende beperkingen).",
  noClash:
    "Het voorraad-stroommodel en MARVEL wijzen voor geen enkele maatregel en indicator een tegengestelde kant op (2030 tegen 10 jaar).",
  clashIntro: (n, m) =>
    `Waar het voorraad-stroommodel (2030) en MARVEL (na 10 jaar) verschillen: ${n} keer, bij ${m} maatregelen. MARVEL rekent met de systeemkaart (relatieve veranderingen, sterkte- en snelheidsklassen); het voorraad-stroommodel met voorraden, capaciteit en gekalibreerde aantallen. Voor de totale aantallen vergelijkt deze toets MARVELs nieuwe slachtoffers met de nieuwe slachtoffers van het model.`,
  clashItem: (measure, indicators, sfd, marvel) =>
    `${measure} · ${indicators}: voorraad-stroommodel ${sfd}, MARVEL ${marvel}.`,
  because: "Waarom:",
  noLever: (factors) =>
    `het voorraad-stroommodel heeft geen hefboom voor ${factors}; MARVEL laat de maatregel via de kaart doorwerken.`,
  ended: (end) =>
    `de maatregel liep tot ${end}. In het voorraad-stroommodel is haar effect in 2030 uitgewerkt; MARVEL meet na 10 jaar, in 2028, en laat een verandering langs de trage verbanden van de kaart nog naijlen.`,
  moreSeen: (change) =>
    `de maatregel brengt meer slachtoffers in beeld (aandeel in beeld ${change} in 2030). In het voorraad-stroommodel komen die in de keten terecht: meer wachtenden op een opvangplek met vaste capaciteit, meer zaken en veroordelingen, en meer herhaald slachtofferschap onder wie in beeld kwam. MARVEL laat via de kaart de daling van het totale aantal slachtoffers overheersen.`,
  mechanicsContribution: (variables) =>
    `het voorraad-stroommodel meet de bijdrage van een maatregel die al in de basis zit, via ${variables}, met capaciteitsgrenzen en de gekalibreerde omvang; MARVEL zet de maatregel op de kaart en telt elke verbinding met haar sterkteklasse mee.`,
  mechanics: (variables) =>
    `in het voorraad-stroommodel werkt de maatregel via ${variables}, met voorraden en capaciteitsgrenzen (opsporing, opvang) die een effect kunnen afremmen of omkeren; MARVEL telt relatieve veranderingen langs alle verbanden van de kaart.`,
  noVariables: "geen variabele",
};

const EN: ConclusionsText = {
  direction: { up: "rises", down: "falls", unsure: "unsure", none: "no effect" },
  marvelDirection: { up: "rises", down: "falls", none: "no effect" },
  to: "to",
  desired: { up: "↑ desired", down: "↓ desired" },
  kind: { counterfactual: "contribution", addition: "addition", mixed: "package" },
  robust: "robust",
  tableTitle: "Measure × indicator: change with versus without the measure (median, 5–95 %)",
  marvelColumn: "MARVEL: indicators right after 1 · 2 · 5 · 10 years",
  caption: (samples, seed) =>
    `Stock-and-flow model: ${samples} samples (Latin hypercube, seed ${seed}) over the assumptions and the chosen size of measures. ↑/↓: the whole 5–95 % band lies on one side of zero; ±: the band includes zero. "Contribution" is the baseline against a run without the measure (measures from before 2021); "addition" is the baseline with the measure from its own start.`,
  noneClear:
    "No measure surely lowers the number of victims in a year in 2030: for every measure the 5–95 % band also includes no effect or a rise.",
  clear: (names) =>
    `In 2030 these measures lower the number of victims in a year across the whole 5–95 % band: ${names}.`,
  unsure: (names) => `Unsure (the band includes zero): ${names}.`,
  notForecasts:
    "The figures are relative changes of the model, not forecasts: their size rests on assumptions listed with their ranges in the appendix, and the model does not follow the fall of the estimates between 2014–15 and 2018–19 (see the validation). Use the table to compare measures and to see where the uncertainty lies, not to promise numbers of victims.",
  limitations:
    "What the table cannot say is in the known limitations (docs/mensenhandel.md, Known limitations).",
  noClash:
    "The stock-and-flow model and MARVEL point opposite ways for no measure and indicator (2030 against 10 years).",
  clashIntro: (n, m) =>
    `Where the stock-and-flow model (2030) and MARVEL (after 10 years) differ: ${n} times, for ${m} measures. MARVEL computes on the systeemkaart (relative changes, strength and speed classes); the stock-and-flow model with stocks, capacity and calibrated numbers. For the total numbers this comparison sets MARVEL's new victims against the model's new victims.`,
  clashItem: (measure, indicators, sfd, marvel) =>
    `${measure} · ${indicators}: stock-and-flow model ${sfd}, MARVEL ${marvel}.`,
  because: "Why:",
  noLever: (factors) =>
    `the stock-and-flow model has no lever for ${factors}; MARVEL lets the measure work through the map.`,
  ended: (end) =>
    `the measure ran until ${end}. In the stock-and-flow model its effect has worn off by 2030; MARVEL measures after 10 years, in 2028, and lets a change still echo along the map's slow links.`,
  moreSeen: (change) =>
    `the measure brings more victims into view (share seen ${change} in 2030). In the stock-and-flow model they enter the chain: more waiting for a shelter place of fixed capacity, more cases and convictions, and more re-victimisation among those who were seen. MARVEL lets the fall of the total number of victims dominate through the map.`,
  mechanicsContribution: (variables) =>
    `the stock-and-flow model measures the contribution of a measure already in the baseline, through ${variables}, with capacity limits and the calibrated size; MARVEL puts the measure on the map and counts every link with its strength class.`,
  mechanics: (variables) =>
    `in the stock-and-flow model the measure works through ${variables}, with stocks and capacity limits (investigation, shelter) that can slow or reverse an effect; MARVEL counts relative changes along all links of the map.`,
  noVariables: "no variable",
};

/** The words of the conclusions in `lang`. */
export const CONCLUSIONS_TEXT: Readonly<Record<Lang, ConclusionsText>> = { nl: NL, en: EN };
