/**
 * Which constants carry a link's strength and delay: the constant of its strength class (or of
 * the default class), and the constant of its speed class unless the link gives an explicit
 * delay, which then becomes a constant of its own. With `linkConstants`, every link has its own
 * strength and delay constants.
 */
import type { CausalLink } from "../model/types.js";
import { marvelNames as n } from "./marvel-names.js";
import type { MarvelSettings } from "./marvel-settings.js";

/** Id of the constant holding the link's strength. */
export function linkStrengthId(link: CausalLink, settings: MarvelSettings): string {
  if (settings.linkConstants) return n.linkStrength(link);
  return n.strength(link.strength ?? settings.defaultStrength);
}

/** The link's strength and delay in numbers, from its classes or explicit delay. */
export function linkValues(
  link: CausalLink,
  settings: MarvelSettings,
): { readonly strength: number; readonly delay: number } {
  return {
    strength: settings.strengths[link.strength ?? settings.defaultStrength],
    delay: link.delay ?? settings.delays[link.speed ?? settings.defaultSpeed],
  };
}

/** Id of the constant holding the link's delay, or undefined for an explicit delay of 0. */
export function linkDelayId(link: CausalLink, settings: MarvelSettings): string | undefined {
  if (link.delay === 0) return undefined;
  if (link.delay !== undefined || settings.linkConstants) return n.linkDelay(link);
  return n.delay(link.speed ?? settings.defaultSpeed);
}

/** `k * change_of_a` with the link's sign: `strength_strong * x` or `-strength_strong * x`. */
export function signedTerm(link: CausalLink, settings: MarvelSettings, input: string): string {
  const term = `${linkStrengthId(link, settings)} * ${input}`;
  return link.polarity === "-" ? `-${term}` : term;
}

/** `a -> b (+, strong, high)`, for docs of generated variables. */
export function describeLink(link: CausalLink, settings: MarvelSettings): string {
  const strength = link.strength ?? `${settings.defaultStrength} by default`;
  const speed =
    link.delay !== undefined
      ? `delay ${link.delay}`
      : (link.speed ?? `${settings.defaultSpeed} by default`);
  return `${link.from} -> ${link.to} (${link.polarity}, ${strength}, ${speed})`;
}
