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

/**
 * A link `from → to` with its MARVEL classes and evidence. Strength: weak, average, strong,
 * very_strong; speed: very_high (about a quarter year), high, average, low (years).
 */
export function link(
  from: FactorId,
  to: FactorId,
  polarity: "+" | "-",
  strength: StrengthClass,
  speed: SpeedClass,
  evidence: Evidence,
): MapLink {
  return { kind: "link", from, to, polarity, strength, speed, evidence };
}
