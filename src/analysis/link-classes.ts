/**
 * The numbers behind MARVEL's strength and speed classes of a causal link, in one place so that
 * the structural analysis (Vester sums, path delays) and the MARVEL compiler read the same table.
 *
 * Strength: weak 0.2, average 0.5, strong 1, very strong 1.2 — a link without a class counts
 * as 1 (the plain 0/1 influence matrix of Vester's Papiercomputer). Speed: the delay in time units
 * (years in the MARVEL models) of very high 0.25, high 0.5, average 1, low 3; a link without a
 * speed class and without an explicit delay has delay 0.
 */

import { expectObject, expectOptions } from "../diagnostics/check-argument.js";
import type { CausalLink, SpeedClass, StrengthClass } from "../model/types.js";

/** Numeric values of the strength and speed classes. */
export interface LinkClassValues {
  readonly strength: Readonly<Record<StrengthClass, number>>;
  /** Weight of a link that has no strength class. */
  readonly unclassifiedStrength: number;
  readonly speedDelay: Readonly<Record<SpeedClass, number>>;
  /** Delay of a link that has neither a speed class nor an explicit delay. */
  readonly unclassifiedDelay: number;
}

/** The default class values (MARVEL practice; see `docs/analysis.md`). */
export const LINK_CLASS_DEFAULTS: LinkClassValues = Object.freeze({
  strength: Object.freeze({ weak: 0.2, average: 0.5, strong: 1, very_strong: 1.2 }),
  unclassifiedStrength: 1,
  speedDelay: Object.freeze({ very_high: 0.25, high: 0.5, average: 1, low: 3 }),
  unclassifiedDelay: 0,
});

/** The weight of a link: the value of its strength class, or the unclassified weight. */
export function linkStrength(
  link: Pick<CausalLink, "strength">,
  values: LinkClassValues = LINK_CLASS_DEFAULTS,
): number {
  expectObject("linkStrength", "link", link);
  expectOptions(
    "linkStrength",
    values,
    {
      strength: "object",
      unclassifiedStrength: "number",
      speedDelay: "object",
      unclassifiedDelay: "number",
    },
    "values",
  );
  return link.strength === undefined ? values.unclassifiedStrength : values.strength[link.strength];
}

/** The delay of a link: its explicit delay, else its speed class's delay, else the unclassified delay. */
export function linkDelay(
  link: Pick<CausalLink, "speed" | "delay">,
  values: LinkClassValues = LINK_CLASS_DEFAULTS,
): number {
  expectObject("linkDelay", "link", link);
  expectOptions(
    "linkDelay",
    values,
    {
      strength: "object",
      unclassifiedStrength: "number",
      speedDelay: "object",
      unclassifiedDelay: "number",
    },
    "values",
  );
  if (link.delay !== undefined) return link.delay;
  return link.speed === undefined ? values.unclassifiedDelay : values.speedDelay[link.speed];
}
