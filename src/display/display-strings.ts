/**
 * The words of the notebook views, in Dutch and English; words the pictures already have
 * (`time`, `loop`, `stocks`, …) come from their table in `render/strings.ts`.
 */
import { type Lang, type StringKey, t } from "../render/strings.js";

const WORDS = {
  rowsOf: { en: "rows of", nl: "rijen van" },
  constants: { en: "constants", nl: "constanten" },
  lookups: { en: "lookup tables", nl: "tabelfuncties" },
  kind: { en: "kind", nl: "soort" },
  count: { en: "number", nl: "aantal" },
  names: { en: "names", nl: "namen" },
  andMore: { en: "and {n} more", nl: "en nog {n}" },
  specs: { en: "time axis", nl: "tijdas" },
  warnings: { en: "warnings", nl: "waarschuwingen" },
  none: { en: "none", nl: "geen" },
  delay: { en: "delay", nl: "vertraging" },
  R: { en: "reinforcing", nl: "versterkend" },
  B: { en: "balancing", nl: "balancerend" },
  U: { en: "undetermined", nl: "onbepaald" },
  truncated: {
    en: "the search stopped at its limit: more loops exist",
    nl: "de zoektocht stopte bij de grens: er zijn meer lussen",
  },
  scenario: { en: "scenario", nl: "scenario" },
  median: { en: "median", nl: "mediaan" },
  band: { en: "5–95 %", nl: "5–95 %" },
  change: { en: "change of the median", nl: "verandering mediaan" },
  runs: { en: "runs", nl: "runs" },
  indicator: { en: "indicator", nl: "indicator" },
  desired: { en: "desired", nl: "gewenst" },
  up: { en: "up", nl: "omhoog" },
  down: { en: "down", nl: "omlaag" },
  pattern: { en: "pattern", nl: "patroon" },
  monotone: { en: "monotone", nl: "eenduidig" },
  "worse-before-better": { en: "worse before better", nl: "eerst slechter, dan beter" },
  "better-before-worse": { en: "better before worse", nl: "eerst beter, dan slechter" },
  oscillating: { en: "oscillating", nl: "schommelend" },
  score: { en: "score", nl: "score" },
  okShare: { en: "share good", nl: "aandeel goed" },
  robust: { en: "robust", nl: "robuust" },
  ok: { en: "good", nl: "goed" },
  notOk: { en: "not good", nl: "niet goed" },
  after: { en: "after", nl: "na" },
  samples: { en: "samples", nl: "steekproeven" },
} as const;

/** Keys of the word table, and of the pictures' table. */
export type WordKey = keyof typeof WORDS | StringKey;

/** The word `key` in `lang`, with `{n}` replaced when given. */
export function word(key: WordKey, lang: Lang, n?: number | string): string {
  const text: string =
    key in WORDS ? WORDS[key as keyof typeof WORDS][lang] : t(key as StringKey, lang);
  return n === undefined ? text : text.replace("{n}", String(n));
}
