/**
 * The settings of a MARVEL run: what the strength and speed classes mean in numbers, which
 * formulation the compiler writes, and the time axis. The class mappings become model constants
 * (`strength_weak`, `delay_low`, …), so scenarios and the robustness sample change them without
 * recompiling.
 */
import { LINK_CLASS_DEFAULTS } from "../analysis/link-classes.js";
import { expectOptions, type Field } from "../diagnostics/check-argument.js";
import type { IntegrationMethod, SpeedClass, StrengthClass } from "../model/types.js";

/**
 * How a link passes a change on. `change` (the default) smooths the source's change from its
 * initial value into an effect on the target; `bsl` writes the Business Simulation Library's
 * `ProportionalityDelayed` structure: every factor a stock whose inflow is the source's net rate
 * of change times the factor, through a first-order material delay. See `docs/marvel.md`.
 */
export type MarvelFormulation = "change" | "bsl";

/** Settings of {@link compileCausalMap} and {@link evaluateMarvel}. */
export interface MarvelSettings {
  /** The factor of each strength class. */
  readonly strengths: Readonly<Record<StrengthClass, number>>;
  /** The delay (time units) of each speed class. */
  readonly delays: Readonly<Record<SpeedClass, number>>;
  /** The class of a link that has no strength class. */
  readonly defaultStrength: StrengthClass;
  /** The class of a link that has neither a speed class nor an explicit delay. */
  readonly defaultSpeed: SpeedClass;
  readonly formulation: MarvelFormulation;
  /**
   * Give every link its own constants `strength_a_to_b` and `delay_a_to_b`, holding its class
   * values, instead of sharing the class constants, so that a run or a sample can change one
   * link. Off by default; the link-level robustness check turns it on.
   */
  readonly linkConstants: boolean;
  /** Start time of the run. */
  readonly start: number;
  /** Length of the run after the start. */
  readonly horizon: number;
  /** Time step: small beside the shortest delay (the default is a sixteenth of a year). */
  readonly dt: number;
  readonly method: IntegrationMethod;
  readonly timeUnits: string;
}

/**
 * The default settings. Class values follow the Business Simulation Library's version of the
 * MARVEL example (strength weak 0.2, average 0.5, strong 1.0, very strong 1.2; delay very high
 * 0.25, high 0.5, average 1, low 3 years): a published interpretation, not TNO's calibration.
 */
export const MARVEL_DEFAULTS: MarvelSettings = Object.freeze({
  // One table with the structural analysis (Vester sums, path delays): `analysis/link-classes.ts`.
  strengths: LINK_CLASS_DEFAULTS.strength,
  delays: LINK_CLASS_DEFAULTS.speedDelay,
  defaultStrength: "average",
  defaultSpeed: "average",
  formulation: "change",
  linkConstants: false,
  start: 0,
  horizon: 10,
  dt: 1 / 16,
  method: "rk4",
  timeUnits: "years",
});

/** The settings and what each must hold, as the entry points check them. */
export const MARVEL_SETTING_FIELDS = {
  strengths: "object",
  delays: "object",
  defaultStrength: ["weak", "average", "strong", "very_strong"],
  defaultSpeed: ["average", "very_high", "high", "low"],
  formulation: ["change", "bsl"],
  start: "number",
  horizon: "number",
  dt: "number",
  method: ["euler", "rk2", "rk4"],
  timeUnits: "string",
} as const satisfies Readonly<Record<string, Field>>;

/**
 * Settings with the defaults filled in; class tables are merged class by class. The `bsl`
 * formulation imposes a step as a pulse one `dt` wide, which only Euler integrates exactly (the
 * last Runge-Kutta stage falls after the pulse), so it defaults to Euler.
 */
export function marvelSettings(settings: Partial<MarvelSettings> = {}): MarvelSettings {
  expectOptions("marvelSettings", settings, MARVEL_SETTING_FIELDS, "settings");
  return {
    ...MARVEL_DEFAULTS,
    ...(settings.formulation === "bsl" ? { method: "euler" as const } : {}),
    ...settings,
    strengths: { ...MARVEL_DEFAULTS.strengths, ...settings.strengths },
    delays: { ...MARVEL_DEFAULTS.delays, ...settings.delays },
  };
}
