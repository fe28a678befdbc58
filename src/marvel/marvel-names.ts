/**
 * The ids of the variables the MARVEL compiler generates, in one place so that the compiler, the
 * evaluation and the docs agree. Factor and intervention ids are canonical, so these are too.
 */
import type { CausalLink, SpeedClass, StrengthClass } from "../model/types.js";

/** Names of generated variables. */
export const marvelNames = {
  /** Aux: the change of a factor from its initial value. */
  change: (factor: string) => `change_of_${factor}`,
  /** Stock (or aux for a link without delay): what a link has passed on so far. */
  effect: (link: Pick<CausalLink, "from" | "to">) => `effect_${link.from}_to_${link.to}`,
  /** Flow that moves a link's effect towards its target. */
  effectFlow: (link: Pick<CausalLink, "from" | "to">) => `effect_${link.from}_to_${link.to}_flow`,
  /** `bsl`: stock of change in transit along a link. */
  transit: (link: Pick<CausalLink, "from" | "to">) => `in_transit_${link.from}_to_${link.to}`,
  /** `bsl`: flow of change into a link's transit stock. */
  entering: (link: Pick<CausalLink, "from" | "to">) => `entering_${link.from}_to_${link.to}`,
  /** `bsl`: flow of change out of a link's transit stock into its target. */
  arriving: (link: Pick<CausalLink, "from" | "to">) => `arriving_${link.from}_to_${link.to}`,
  /** `bsl`: aux, the net rate of change of a factor. */
  netRate: (factor: string) => `net_rate_of_${factor}`,
  /** Stock: what an accumulating factor has integrated. */
  accumulation: (factor: string) => `accumulation_of_${factor}`,
  /** Flow into an accumulating factor's stock. */
  accumulating: (factor: string) => `accumulating_${factor}`,
  /** Aux: the sum of the effects that reach an accumulating, normalised factor. */
  netEffect: (factor: string) => `net_effect_on_${factor}`,
  /** Constant: the factor of a strength class. */
  strength: (cls: StrengthClass) => `strength_${cls}`,
  /** Constant: the delay of a speed class. */
  delay: (cls: SpeedClass) => `delay_${cls}`,
  /** Constant: a link's own strength (with `linkConstants`). */
  linkStrength: (link: Pick<CausalLink, "from" | "to">) => `strength_${link.from}_to_${link.to}`,
  /** Constant: a link's explicit delay, or its own delay (with `linkConstants`). */
  linkDelay: (link: Pick<CausalLink, "from" | "to">) => `delay_${link.from}_to_${link.to}`,
  /** Constant: 1 when the intervention is switched on, 0 otherwise. */
  active: (intervention: string) => `active_${intervention}`,
  /** Constant: the size of a step or ramp, or the value of a setpoint. */
  size: (intervention: string) => `size_${intervention}`,
  /** Constant: the adjustment time of a setpoint control. */
  adjustmentTime: (intervention: string) => `adjustment_time_${intervention}`,
  /** Stock: the change a setpoint control has imposed so far. */
  control: (intervention: string) => `control_${intervention}`,
  /** Flow of a setpoint control. */
  controlFlow: (intervention: string) => `control_${intervention}_flow`,
  /** `bsl`: flow imposing a step or ramp intervention on its factor's stock. */
  imposing: (intervention: string) => `imposing_${intervention}`,
} as const;
