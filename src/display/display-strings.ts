/** The words of the notebook views, in Dutch and English. */
import type { Lang } from "../render/strings.js";

const WORDS = {
  time: { en: "time", nl: "tijd" },
  rowsOf: { en: "rows of", nl: "rijen van" },
  stock: { en: "stocks", nl: "voorraden" },
  flow: { en: "flows", nl: "stromen" },
  aux: { en: "auxiliaries", nl: "hulpvariabelen" },
  constant: { en: "constants", nl: "constanten" },
  lookup: { en: "lookup tables", nl: "tabelfuncties" },
  module: { en: "modules", nl: "modules" },
  factor: { en: "factors", nl: "factoren" },
  link: { en: "links", nl: "verbanden" },
  kind: { en: "kind", nl: "soort" },
  count: { en: "number", nl: "aantal" },
  names: { en: "names", nl: "namen" },
  andMore: { en: "and {n} more", nl: "en nog {n}" },
  specs: { en: "time axis", nl: "tijdas" },
  warnings: { en: "warnings", nl: "waarschuwingen" },
  none: { en: "none", nl: "geen" },
  loop: { en: "loop", nl: "lus" },
  polarity: { en: "polarity", nl: "polariteit" },
  length: { en: "length", nl: "lengte" },
  delay: { en: "delay", nl: "vertraging" },
  variables: { en: "variables", nl: "variabelen" },
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

/** Keys of the word table. */
export type WordKey = keyof typeof WORDS;

/** The word `key` in `lang`, with `{n}` replaced when given. */
export function word(key: WordKey, lang: Lang, n?: number | string): string {
  const text: string = WORDS[key][lang];
  return n === undefined ? text : text.replace("{n}", String(n));
}
