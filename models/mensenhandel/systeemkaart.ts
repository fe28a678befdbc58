import type { CausalMap, Factor } from "../../src/model/types.js";
import type { FactorSpec } from "./factor-spec.js";
import { factors } from "./factors.js";
import { indicators } from "./indicators.js";
import { links } from "./links.js";
import { interventions, packages } from "./measures.js";

/**
 * The systeemkaart of the Dutch approach to human trafficking as one {@link CausalMap}: the
 * factors and links, the measures of *Samen tegen mensenhandel* as MARVEL interventions and
 * packages, and the performance indicators. Model time is in calendar years. The catalogue
 * numbers (F1–F30) stay in the typed factors; the map carries what the file format knows.
 */
export const systeemkaart: CausalMap = {
  kind: "causal-map",
  name: "systeemkaart_mensenhandel",
  labels: {
    nl: "Systeemkaart aanpak mensenhandel",
    en: "Causal map of the Dutch approach to human trafficking",
  },
  doc: "Factors, links, measures and indicators of the Dutch human-trafficking domain after the 2018 systems analysis (TNO MARVEL method, for CoMensha and a core group of chain partners). Every link cites the source ids of the project's research file or states its assumption. Time in years.",
  factors: factors.map(toFactor),
  links,
  interventions,
  packages,
  indicators: indicators.map(({ factor, desired, weight }) => ({ factor, desired, weight })),
};

/** A factor as the file format has it: the Dutch label as display name, no catalogue number. */
function toFactor({ catalogue: _catalogue, ...factor }: FactorSpec): Factor {
  return { ...factor, name: factor.labels.nl };
}
