/**
 * Units as the page's reader reads them: the model writes units in English (`persons/years`);
 * the Dutch page shows the same units in Dutch words. Units the table does not know are shown
 * as written.
 */

const DUTCH: Readonly<Record<string, string>> = {
  person: "persoon",
  persons: "personen",
  people: "personen",
  year: "jaar",
  years: "jaar",
  month: "maand",
  months: "maanden",
  week: "week",
  weeks: "weken",
  day: "dag",
  days: "dagen",
  places: "plaatsen",
  beds: "bedden",
  cases: "zaken",
  individuals: "individuen",
  // a dimensionless number needs no unit word beside it
  dmnl: "",
};

/** `units` in `lang`. */
export function unitLabel(units: string, lang: "nl" | "en"): string {
  if (lang === "en") return units;
  return units.replace(/[A-Za-z]+/g, (word) => DUTCH[word.toLowerCase()] ?? word).trim();
}
