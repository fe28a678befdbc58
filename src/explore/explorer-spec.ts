/**
 * What an explorer page holds: the model as data, the parameters a reader may move (with their
 * ranges), the measures as switches, the indicators and the data to overlay, the ensemble to
 * sample and, optionally, a causal map with its loops. Plain JSON, embedded in the page and
 * read by the browser code, so the page needs nothing but itself.
 */
import type { Model } from "../model/types.js";
import type { Measure } from "../scenario/scenario.js";
import type { Distribution } from "../sensitivity/distribution.js";

/** A text in both languages of the page. */
export interface Bilingual {
  readonly nl: string;
  readonly en: string;
}

/** A constant with a range: a slider. */
export interface ExplorerParameter {
  /** Id of the constant in the model. */
  readonly id: string;
  readonly label: Bilingual;
  readonly doc?: Bilingual;
  readonly units: string;
  readonly min: number;
  readonly max: number;
  /** The model's own value, where the slider starts. */
  readonly value: number;
  readonly step: number;
}

/**
 * A switch: one measure (its scenario measures) or a package (the switches it holds). Size is
 * relative to the planned size (1 = as planned); start moves every measure by the same years.
 */
export interface ExplorerSwitch {
  readonly id: string;
  readonly label: Bilingual;
  /** The planned size and timing in words. */
  readonly doc?: Bilingual;
  readonly measures: readonly Measure[];
  /** For a package: ids of the switches it switches on, in order. */
  readonly members?: readonly string[];
  /** Planned start (the earliest `from` of its measures). */
  readonly start: number;
  /** On in the baseline (a measure already in force); default off. */
  readonly on?: boolean;
}

/** An indicator: a saved variable, drawn and tabulated. */
export interface ExplorerIndicator {
  readonly id: string;
  readonly label: Bilingual;
  readonly units: string;
  /** The direction the measures aim for. */
  readonly desired?: "up" | "down";
}

/** Observed values of an indicator, drawn as points. */
export interface ExplorerObserved {
  readonly indicator: string;
  readonly label: Bilingual;
  readonly time: readonly number[];
  readonly values: readonly number[];
}

/** A loop of the map, with the story it tells. */
export interface ExplorerLoop {
  readonly id: string;
  readonly name: Bilingual;
  /** Reinforcing, balancing, or undecided (`?`). */
  readonly polarity: "R" | "B" | "?";
  readonly variables: readonly string[];
  readonly story?: Bilingual;
}

/**
 * A causal map: its SVG in each language (factors `g.factor[data-id]`, links
 * `g.link[data-from][data-to]`, as `causalLoopDiagram` draws them).
 */
export interface ExplorerMap {
  readonly title: Bilingual;
  readonly svg: Bilingual;
  readonly factors: readonly { readonly id: string; readonly label: Bilingual }[];
  readonly loops: readonly ExplorerLoop[];
}

/** The seeded sample ensemble behind the range switch. */
export interface ExplorerEnsemble {
  readonly runs: number;
  readonly seed: number;
  readonly parameters: readonly { readonly id: string; readonly distribution: Distribution }[];
}

/** Everything an explorer page shows. */
export interface ExplorerSpec {
  readonly title: Bilingual;
  readonly lang: "nl" | "en";
  readonly model: Model;
  readonly parameters: readonly ExplorerParameter[];
  readonly switches: readonly ExplorerSwitch[];
  readonly indicators: readonly ExplorerIndicator[];
  readonly observed: readonly ExplorerObserved[];
  /** Years of the measure × indicator table. */
  readonly years: readonly number[];
  readonly ensemble: ExplorerEnsemble;
  readonly map?: ExplorerMap;
  /**
   * Every scenario holds the measures of every switch, in page order, those of switches that
   * are off made neutral (add 0, multiply by 1): one model structure for every choice, as a
   * model calibrated with its measures in place is run.
   */
  readonly neutralOff?: boolean;
}
