/**
 * The column names and cell words of the analysis's tables (CSV files and the workbook), in
 * Dutch and English. Both have the same tables with the same number of columns.
 */
import type { Lang } from "../../../src/render/strings.js";

/** The tables' heads and words in one language. */
export interface TableText {
  readonly conclusions: readonly string[];
  readonly leverage: readonly string[];
  readonly loops: readonly string[];
  readonly marvel: readonly string[];
  readonly marvelIndicators: readonly string[];
  readonly calibration: readonly string[];
  readonly estimates: readonly string[];
  readonly justice: readonly string[];
  readonly parameters: readonly string[];
  readonly scenarios: readonly string[];
  readonly inputs: readonly string[];
  readonly validation: readonly string[];
  readonly holdout: readonly string[];
  readonly trend: readonly string[];
  readonly checks: readonly string[];
  readonly up: string;
  readonly down: string;
  readonly rises: string;
  readonly falls: string;
  readonly assumption: string;
  readonly measureSize: string;
}

const NL: TableText = {
  conclusions: [
    "maatregel",
    "indicator",
    "jaar",
    "mediaan (relatief)",
    "p05 (relatief)",
    "p95 (relatief)",
    "mediaan",
    "p05",
    "p95",
  ],
  leverage: ["rang", "factor", "naam", "rol", "actief", "passief", "lussen", "tussenliggendheid"],
  loops: ["lus", "polariteit", "lengte", "factoren"],
  marvel: ["rang", "scenario", "naam", "score", "aandeel goed", "robuust"],
  marvelIndicators: [
    "scenario",
    "indicator",
    "gewenst",
    "moment (jaar)",
    "verandering",
    "goed",
    "robuust",
  ],
  calibration: ["jaar", "waargenomen", "model"],
  estimates: ["jaar", "model", "ondergrens", "bovengrens", "binnen"],
  justice: ["indicator", "jaar", "waargenomen", "model"],
  parameters: ["constante", "waarde", "op grens"],
  scenarios: [
    "maatregel",
    "beoordeeld als",
    "indicator",
    "jaar",
    "met",
    "zonder",
    "verandering",
    "relatieve verandering",
  ],
  inputs: ["soort", "invoer", "verdeling", "onderbouwing"],
  validation: ["reeks", "bron", "jaar", "waargenomen", "model"],
  holdout: ["jaar", "waargenomen", "model", "in de fit"],
  trend: [
    "van",
    "tot",
    "schatting",
    "model",
    "model van",
    "model tot",
    "klopt",
    "door model gebruikt",
  ],
  checks: ["toets", "geslaagd", "gezien"],
  up: "omhoog",
  down: "omlaag",
  rises: "stijgt",
  falls: "daalt",
  assumption: "aanname",
  measureSize: "omvang maatregel",
};

const EN: TableText = {
  conclusions: [
    "measure",
    "indicator",
    "year",
    "median (relative)",
    "p05 (relative)",
    "p95 (relative)",
    "median",
    "p05",
    "p95",
  ],
  leverage: [
    "rank",
    "factor",
    "label",
    "role",
    "active sum",
    "passive sum",
    "loops",
    "betweenness",
  ],
  loops: ["loop", "polarity", "length", "factors"],
  marvel: ["rank", "scenario", "label", "score", "share right", "robust"],
  marvelIndicators: [
    "scenario",
    "indicator",
    "desired",
    "moment (year)",
    "change",
    "right",
    "robust",
  ],
  calibration: ["year", "observed", "model"],
  estimates: ["year", "model", "lower bound", "upper bound", "inside"],
  justice: ["indicator", "year", "observed", "model"],
  parameters: ["constant", "value", "at bound"],
  scenarios: [
    "measure",
    "scored as",
    "indicator",
    "year",
    "with",
    "without",
    "change",
    "relative change",
  ],
  inputs: ["kind", "input", "distribution", "reasoning"],
  validation: ["series", "source", "year", "observed", "model"],
  holdout: ["year", "observed", "model", "in the fit"],
  trend: ["from", "to", "estimate", "model", "model from", "model to", "agrees", "used by model"],
  checks: ["check", "passed", "seen"],
  up: "up",
  down: "down",
  rises: "rises",
  falls: "falls",
  assumption: "assumption",
  measureSize: "size of measure",
};

/** The tables' words in `lang`. */
export const TABLE_TEXT: Readonly<Record<Lang, TableText>> = { nl: NL, en: EN };
