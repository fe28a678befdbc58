import { expectKind, expectOneOf, expectString } from "../../src/diagnostics/check-argument.js";
import type {
  CausalLink,
  Evidence,
  Polarity,
  SpeedClass,
  StrengthClass,
} from "../../src/model/types.js";
import type { FactorId } from "./factors.js";

/** A link of the systeemkaart: both ends are factor ids, and strength, speed and evidence are required. */
export interface MapLink extends CausalLink {
  readonly from: FactorId;
  readonly to: FactorId;
  readonly polarity: Exclude<Polarity, "?">;
  readonly strength: StrengthClass;
  readonly speed: SpeedClass;
  readonly evidence: Evidence;
}

/** The note of a link that is an identity of the structure rather than an observed effect. */
export const DEFINITIONAL = "definitional";

/**
 * A link `from → to` with its MARVEL classes and evidence. Strength is the class of the
 * elasticity (a sustained relative change of 1 in `from` moves `to` by weak 0.2, average 0.5,
 * strong 1 or very strong 1.2 in MARVEL's defaults); speed is the class of the delay, from
 * very_high (a quarter year) to low (years). The map's rule: an assumption is at most `average`
 * unless the link is {@link DEFINITIONAL} (an identity such as stock = inflow × duration, which is
 * `strong`), so that guesses do not dominate the loops.
 */
export function link(
  from: FactorId,
  to: FactorId,
  polarity: "+" | "-",
  strength: StrengthClass,
  speed: SpeedClass,
  evidence: Evidence,
  note?: string,
): MapLink {
  expectString("link", "from", from);
  expectString("link", "to", to);
  expectOneOf("link", "polarity", polarity, ["+", "-"]);
  expectOneOf("link", "strength", strength, ["weak", "average", "strong", "very_strong"]);
  expectOneOf("link", "speed", speed, ["average", "very_high", "high", "low"]);
  expectKind("link", "evidence", evidence, "evidence (a source or an assumption)", [
    "source",
    "assumption",
  ]);
  if (note !== undefined) expectString("link", "note", note);
  const base = { kind: "link", from, to, polarity, strength, speed, evidence } as const;
  return note === undefined ? base : { ...base, note };
}
