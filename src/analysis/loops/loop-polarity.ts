/**
 * Polarity of a chain of links (Richardson, "Problems with causal-loop diagrams", System Dynamics
 * Review 2(2), 1986): the product of the link signs, so an even number of `-` links makes a loop
 * reinforcing (`R`) and an odd number balancing (`B`); one unknown link makes the whole chain
 * unknown, since its sign decides the product.
 */

import { expectIterable } from "../../diagnostics/check-argument.js";
import type { Polarity } from "../../model/types.js";

/** Loop polarity: `R` reinforcing, `B` balancing, `?` undetermined. */
export type LoopPolarity = "R" | "B" | "?";

/** The sign of a chain of links: `+` for an even number of `-`, `-` for odd, `?` if any is `?`. */
export function chainPolarity(signs: Iterable<Polarity>): Polarity {
  expectIterable("chainPolarity", "signs", signs);
  let negative = false;
  for (const sign of signs) {
    switch (sign) {
      case "+":
        break;
      case "-":
        negative = !negative;
        break;
      case "?":
        return "?";
    }
  }
  return negative ? "-" : "+";
}

/** The polarity of a closed loop of links. */
export function loopPolarity(signs: Iterable<Polarity>): LoopPolarity {
  expectIterable("loopPolarity", "signs", signs);
  switch (chainPolarity(signs)) {
    case "+":
      return "R";
    case "-":
      return "B";
    case "?":
      return "?";
  }
}
