/**
 * Reality checks: assertions about how a model must behave, written next to it — "if detection
 * capacity is 0 from 2019, convictions fall to 0 within 3 years", "hidden victims are never
 * negative". Each check optionally changes the model (`given`) and then expects something of one
 * variable over a window of the run.
 */
import type { Measure } from "../scenario/scenario.js";

/** What a check expects of its variable, tagged by kind. */
export type Expectation = {
  readonly variable: string;
  /** Start of the window checked; default `given.from`, else the start of the run. */
  readonly from?: number;
  /** End of the window checked; default the end of the run. */
  readonly until?: number;
} & (
  | {
      readonly kind: "falls_to";
      readonly value: number;
      /** Time units after the window's start within which the value must be reached. */
      readonly within: number;
      /** Absolute tolerance; default 1 % of the value at the window's start, at least 1e-9. */
      readonly tolerance?: number;
    }
  | { readonly kind: "never_below"; readonly value: number }
  | { readonly kind: "never_above"; readonly value: number }
  | { readonly kind: "always_between"; readonly lo: number; readonly hi: number }
  | { readonly kind: "rises" }
  | { readonly kind: "falls" }
);

/** The kinds of {@link Expectation}, for checking one handed to the API. */
export const EXPECTATION_KINDS: readonly Expectation["kind"][] = Object.keys({
  falls_to: 0,
  never_below: 0,
  never_above: 0,
  always_between: 0,
  rises: 0,
  falls: 0,
} satisfies Record<Expectation["kind"], 0>) as Expectation["kind"][];

/** The change a check makes before running: constants set (from a time), and measures. */
export interface CheckGiven {
  readonly set?: Readonly<Record<string, number>>;
  /** When given, `set` applies from this time (as measures) instead of from the start. */
  readonly from?: number;
  readonly measures?: readonly Measure[];
}

/** One reality check. */
export interface RealityCheck {
  readonly name: string;
  readonly given?: CheckGiven;
  readonly expect: Expectation;
}

/** The outcome of one check. */
export interface RealityCheckResult {
  readonly name: string;
  readonly passed: boolean;
  /** What was seen, for example `min -0.3 at 2021`. */
  readonly detail: string;
}
