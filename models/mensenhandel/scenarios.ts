import { measures } from "./measures.js";
import type { Scenario } from "./scenario.js";

/** Every measure alone, each as a scenario with the measure's own id. */
export const singleMeasureScenarios: readonly Scenario[] = measures.map((m) => ({
  id: m.id,
  labels: m.labels,
  measures: [m.id],
}));

/** The 2018 programme *Samen tegen mensenhandel*: the measures research.md §4 attributes to it. */
export const programmeScenario: Scenario = {
  id: "programma_2018",
  labels: {
    nl: "Programma Samen tegen mensenhandel (2018)",
    en: "Programme Together against trafficking (2018)",
  },
  measures: measures.filter((m) => m.programme).map((m) => m.id),
};

/** Every measure of the catalogue together, bills and scenario levers included. */
export const allMeasuresScenario: Scenario = {
  id: "alle_maatregelen",
  labels: { nl: "Alle maatregelen", en: "All measures" },
  measures: measures.map((m) => m.id),
};
