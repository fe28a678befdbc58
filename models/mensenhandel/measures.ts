import type { Intervention, InterventionPackage } from "../../src/model/types.js";
import { measureInterventions } from "./measure.js";
import { careSignallingMeasures } from "./measures-care-signalling.js";
import { enforcementMeasures } from "./measures-enforcement.js";

/** Every measure of the measure catalogue (research.md §4.2) and the scenario levers of §7. */
export const measures = [...careSignallingMeasures, ...enforcementMeasures] as const;

/** The id of a measure: a scenario naming a measure that does not exist fails to compile. */
export type MeasureId = (typeof measures)[number]["id"];

/** The MARVEL interventions of every measure. */
export const interventions: readonly Intervention[] = measures.flatMap(measureInterventions);

/**
 * The packages: one per measure with several changes (same id as the measure), the 2018
 * programme *Samen tegen mensenhandel*, and all measures at once.
 */
export const packages: readonly InterventionPackage[] = [
  ...measures
    .filter((m) => m.changes.length > 1)
    .map((m) => ({
      id: m.id,
      labels: m.labels,
      interventions: measureInterventions(m).map((i) => i.id),
    })),
  {
    id: "samen_tegen_mensenhandel",
    labels: {
      nl: "Programma Samen tegen mensenhandel (2018)",
      en: "Programme Together against trafficking (2018)",
    },
    interventions: measures
      .filter((m) => m.programme)
      .flatMap((m) => measureInterventions(m).map((i) => i.id)),
  },
  {
    id: "alle_maatregelen",
    labels: { nl: "Alle maatregelen", en: "All measures" },
    interventions: interventions.map((i) => i.id),
  },
];
