/**
 * The words of the explorer page in Dutch and English.
 */

const STRINGS = {
  measures: { nl: "Maatregelen", en: "Measures" },
  parameters: { nl: "Aannames", en: "Assumptions" },
  size: { nl: "Omvang (% van plan)", en: "Size (% of plan)" },
  start: { nl: "Startjaar", en: "Start year" },
  package: { nl: "pakket", en: "package" },
  indicator: { nl: "Indicator", en: "Indicator" },
  baseline: { nl: "basis", en: "baseline" },
  choice: { nl: "huidige keuze", en: "current choice" },
  observed: { nl: "waargenomen", en: "observed" },
  band: { nl: "Bandbreedte (5–95 %)", en: "Range (5–95 %)" },
  noBand: {
    nl: "geen verdelingen opgegeven, dus geen bandbreedte",
    en: "no distributions given, so no range",
  },
  bandLegend: { nl: "5–95 % bandbreedte", en: "5–95 % range" },
  bandRunning: { nl: "bandbreedte wordt berekend", en: "computing the range" },
  bandDone: { nl: "runs, zaad", en: "runs, seed" },
  year: { nl: "jaar", en: "year" },
  table: { nl: "Maatregel × indicator", en: "Measure × indicator" },
  tableNote: {
    nl: "Elke maatregel die anders staat dan in de basis, alleen veranderd, en de keuze samen: verandering ten opzichte van de basis met dezelfde aannames, in procenten.",
    en: "Each measure set otherwise than in the baseline, changed alone, and the choice together: change against the baseline with the same assumptions, in per cent.",
  },
  measure: { nl: "Maatregel", en: "Measure" },
  allChosen: { nl: "Huidige keuze samen", en: "Current choice together" },
  noneOn: {
    nl: "Zet een maatregel aan of uit om het verschil met de basis te zien.",
    en: "Switch a measure on or off to see the difference with the baseline.",
  },
  value: { nl: "waarde", en: "value" },
  map: { nl: "Systeemkaart", en: "System map" },
  factor: { nl: "Factor", en: "Factor" },
  noFactor: { nl: "(geen)", en: "(none)" },
  loopsThrough: { nl: "Lussen door deze factor", en: "Loops through this factor" },
  noLoops: {
    nl: "Geen benoemde lus gaat door deze factor.",
    en: "No named loop passes through this factor.",
  },
  reinforcing: { nl: "versterkend", en: "reinforcing" },
  balancing: { nl: "balancerend", en: "balancing" },
  undecided: { nl: "richting onbepaald", en: "polarity undecided" },
  downloadCsv: { nl: "Download CSV", en: "Download CSV" },
  downloadSvg: { nl: "Download SVG", en: "Download SVG" },
  share: { nl: "Deellink", en: "Share link" },
  shareNote: {
    nl: "Deze link opent dit bestand met dezelfde instellingen.",
    en: "This link opens this file with the same settings.",
  },
  language: { nl: "Taal", en: "Language" },
  problems: { nl: "Niet gebruikt uit de link", en: "Not used from the link" },
  error: { nl: "Fout", en: "Error" },
  time: { nl: "jaar", en: "year" },
} as const;

/** Keys of the explorer's strings. */
export type ExplorerStringKey = keyof typeof STRINGS;

/** The text of `key` in `lang`. */
export function explorerText(key: ExplorerStringKey, lang: "nl" | "en"): string {
  return STRINGS[key][lang];
}
