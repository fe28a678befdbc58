/**
 * Looking a measure up by id. In TypeScript the id is a {@link MeasureId}, so a misspelt id does
 * not compile; from JavaScript, a notebook or the command line the same mistake is an
 * {@link UnknownMeasureError} whose message names the closest ids, never a stack trace.
 */

import { expectString } from "../../../src/diagnostics/check-argument.js";
import { didYouMean, formatDidYouMean } from "../../../src/diagnostics/did-you-mean.js";
import { UsageError } from "../../../src/diagnostics/errors.js";
import type { Measure } from "../measure.js";
import { type MeasureId, measures } from "../measures.js";

/** A measure id that is not in the catalogue; the message suggests the closest ones. */
export class UnknownMeasureError extends UsageError {
  override name = "UnknownMeasureError";
  /** The id as given. */
  readonly id: string;

  constructor(id: string) {
    const hint = formatDidYouMean(
      didYouMean(
        id,
        measures.map((m) => m.id),
      ),
    );
    super(`unknown measure ${JSON.stringify(id)}: ${hint ?? "see measureIds for the catalogue"}`);
    this.id = id;
  }
}

/** Every measure id of the catalogue, in catalogue order. */
export const measureIds: readonly MeasureId[] = measures.map((m) => m.id);

/** Whether `id` names a measure of the catalogue. */
export function isMeasureId(id: string): id is MeasureId {
  return (measureIds as readonly string[]).includes(id);
}

/** `id` as a {@link MeasureId}, or an {@link UnknownMeasureError} with suggestions. */
export function checkMeasureId(id: string): MeasureId {
  expectString("checkMeasureId", "id", id);
  if (!isMeasureId(id)) throw new UnknownMeasureError(id);
  return id;
}

/** The measure with this id (checked at run time too, for callers without types). */
export function measureById(id: MeasureId): Measure {
  expectString("measureById", "id", id);
  const checked = checkMeasureId(id);
  return measures.find((m) => m.id === checked)!;
}
