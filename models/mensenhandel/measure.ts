import {
  expectArray,
  expectKind,
  expectNumber,
  expectNumeric,
  expectObject,
  expectString,
} from "../../src/diagnostics/check-argument.js";
import type { Intervention, Labels } from "../../src/model/types.js";
import type { Actor } from "./actors.js";
import type { FactorId } from "./factors.js";
import type { SourceId } from "./sources.js";

/**
 * How the relative size of a change follows from what the sources state: `derived` shows the
 * arithmetic on sourced figures; `assumption` says why a size was chosen where no source gives
 * one.
 */
export type SizeBasis =
  | { readonly kind: "derived"; readonly arithmetic: string }
  | { readonly kind: "assumption"; readonly reasoning: string };

/**
 * One imposed change of a measure on a factor, in MARVEL terms (see `Intervention` in
 * `src/model/types.ts`). `size` is relative to the factor's level before the measure: 0.25 is a
 * quarter more. Times are calendar years (2019.25 is April 2019).
 */
export type MeasureChange =
  | {
      readonly kind: "step";
      readonly factor: FactorId;
      readonly size: number;
      readonly start: number;
      /** Year the change is withdrawn; by default never. */
      readonly end?: number;
      readonly basis: SizeBasis;
    }
  | {
      readonly kind: "ramp";
      readonly factor: FactorId;
      readonly size: number;
      readonly start: number;
      /** Years from the start to the full size. */
      readonly duration: number;
      readonly basis: SizeBasis;
    };

/** Where a measure stands: in force, temporary, an ended pilot, a bill, or a scenario lever only. */
export type MeasureStatus = "in_force" | "temporary" | "pilot_ended" | "bill" | "scenario";

/** A measure of the programme *Samen tegen mensenhandel* or a related plan (research.md §4.2). */
export interface Measure {
  readonly id: string;
  readonly labels: Required<Labels>;
  readonly actors: readonly Actor[];
  /** Size and timing in the words of the sources. */
  readonly stated: string;
  readonly status: MeasureStatus;
  /** Part of the 2018 programme package (research.md §4.1). */
  readonly programme: boolean;
  readonly changes: readonly MeasureChange[];
  readonly sources: readonly SourceId[];
}

/** The kinds of {@link SizeBasis}, for the argument checks. */
const BASIS_KINDS: readonly SizeBasis["kind"][] = ["derived", "assumption"];

/** A step of `size` on `factor` from `start`, withdrawn at `end` when given. */
export function step(
  factor: FactorId,
  size: number,
  start: number,
  basis: SizeBasis,
  end?: number,
): MeasureChange {
  expectString("step", "factor", factor);
  expectNumber("step", "size", size);
  expectNumber("step", "start", start);
  expectKind("step", "basis", basis, "a size basis (derived or assumption)", BASIS_KINDS);
  if (end !== undefined) expectNumeric("step", "end", end);
  return end === undefined
    ? { kind: "step", factor, size, start, basis }
    : { kind: "step", factor, size, start, end, basis };
}

/** A ramp on `factor` from `start` to the full `size` at `start + duration`. */
export function ramp(
  factor: FactorId,
  size: number,
  start: number,
  duration: number,
  basis: SizeBasis,
): MeasureChange {
  expectString("ramp", "factor", factor);
  expectNumber("ramp", "size", size);
  expectNumber("ramp", "start", start);
  expectNumber("ramp", "duration", duration);
  expectKind("ramp", "basis", basis, "a size basis (derived or assumption)", BASIS_KINDS);
  return { kind: "ramp", factor, size, start, duration, basis };
}

/** Size basis: arithmetic on sourced figures. */
export function derived(arithmetic: string): SizeBasis {
  expectString("derived", "arithmetic", arithmetic);
  return { kind: "derived", arithmetic };
}

/** Size basis: a chosen size, with the reason. */
export function chosen(reasoning: string): SizeBasis {
  expectString("chosen", "reasoning", reasoning);
  return { kind: "assumption", reasoning };
}

/** What {@link measureInterventions} needs of a measure; historical events have the same shape. */
export type ImposedChanges = Pick<Measure, "id" | "labels" | "changes" | "sources"> & {
  readonly actors?: readonly Actor[];
};

/**
 * The MARVEL interventions of a measure: one per change, with id `<measure>` when the measure
 * has one change and `<measure>_<factor>` (canonical ids have no double underscore) when it has several.
 */
export function measureInterventions(measure: ImposedChanges): Intervention[] {
  expectObject("measureInterventions", "measure", measure);
  expectArray("measureInterventions", "measure.changes", measure.changes);
  return measure.changes.map((change) =>
    toIntervention(
      measure,
      change,
      measure.changes.length === 1 ? measure.id : `${measure.id}_${change.factor}`,
    ),
  );
}

function toIntervention(measure: ImposedChanges, change: MeasureChange, id: string): Intervention {
  const base = {
    id,
    labels: measure.labels,
    factor: change.factor,
    start: change.start,
    ...(measure.actors === undefined ? {} : { actors: measure.actors }),
    sources: measure.sources,
  };
  switch (change.kind) {
    case "step":
      return change.end === undefined
        ? { ...base, kind: "step", size: change.size }
        : { ...base, kind: "step", size: change.size, end: change.end };
    case "ramp":
      return { ...base, kind: "ramp", size: change.size, duration: change.duration };
  }
}
