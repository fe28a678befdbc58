import type { Aux, Flow, Stock } from "../../../src/model/types.js";
import type { DimId } from "./dimensions.js";

/** What every computed variable of the stock-and-flow model states: id, Dutch and English name, units. */
interface Common {
  readonly id: string;
  readonly nl: string;
  readonly en: string;
  readonly units: string;
  readonly dims?: readonly DimId[];
  readonly doc?: string;
}

function base(c: Common) {
  return {
    id: c.id,
    name: c.nl,
    labels: { nl: c.nl, en: c.en },
    units: c.units,
    ...(c.dims === undefined ? {} : { dims: c.dims }),
    ...(c.doc === undefined ? {} : { doc: c.doc }),
  };
}

/**
 * A stock. Not marked non-negative: the engine's outflow limits would tie the flows of the
 * victim cycle into an algebraic loop; every outflow is first order with a time constant of at
 * least twice dt, so the stocks stay non-negative by construction (a reality check tests it).
 */
export function sfdStock(
  c: Common & { initial: string; inflows: readonly string[]; outflows: readonly string[] },
): Stock {
  return {
    kind: "stock",
    ...base(c),
    initial: c.initial,
    inflows: c.inflows,
    outflows: c.outflows,
  };
}

/** A flow; a uniflow (never below zero) unless `biflow` is set. */
export function sfdFlow(
  c: Common & { equation: string; elements?: Record<string, string>; biflow?: boolean },
): Flow {
  return {
    kind: "flow",
    ...base(c),
    equation: c.equation,
    ...(c.elements === undefined ? {} : { elements: c.elements }),
    ...(c.biflow === true ? {} : { nonNegative: true }),
  };
}

/** An auxiliary. */
export function sfdAux(c: Common & { equation: string; elements?: Record<string, string> }): Aux {
  return {
    kind: "aux",
    ...base(c),
    equation: c.equation,
    ...(c.elements === undefined ? {} : { elements: c.elements }),
  };
}
