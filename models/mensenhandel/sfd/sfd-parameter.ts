import type { Constant, Evidence, Labels } from "../../../src/model/types.js";
import type { DimId } from "./dimensions.js";

/**
 * A constant of the stock-and-flow model with why it has its value: a source (research.md ids,
 * with the arithmetic in the note when derived) or a plainly stated assumption. `fit` marks the
 * few constants calibration may move, within bounds.
 */
export interface SfdParameter {
  readonly id: string;
  readonly labels: Required<Labels>;
  readonly units: string;
  readonly value: number;
  readonly dims?: readonly DimId[];
  /** Row-major values of an arrayed constant. */
  readonly values?: readonly number[];
  readonly evidence: Evidence;
  readonly fit?: { readonly lo: number; readonly hi: number };
}

/** The model constant of a parameter, its value replaced when `override` is given. */
export function toConstant(p: SfdParameter, override?: number): Constant {
  return {
    kind: "constant",
    id: p.id,
    name: p.labels.nl,
    labels: p.labels,
    units: p.units,
    value: override ?? p.value,
    ...(p.dims === undefined ? {} : { dims: p.dims }),
    ...(p.values === undefined ? {} : { values: p.values }),
  };
}
