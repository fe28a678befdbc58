/**
 * What the expansion of stateful builtins works with: its context (where hidden nodes go, the
 * parameters that fix structure) and the small builders of hidden nodes that every expansion
 * uses (a fresh id, an argument held in an aux, a stock).
 */
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import type { Expr } from "../expr/types.js";
import { ref } from "./expr-builders.js";
import type { IrNode } from "./ir.js";

/** What the expander needs to know and where it puts what it makes. */
export interface ExpandContext {
  /** Hidden nodes are appended here. */
  readonly nodes: IrNode[];
  /** Parameter values, for arguments that fix structure (orders). */
  readonly params: ReadonlyMap<string, number>;
  readonly diagnostics: Diagnostic[];
  /** Counter for unique hidden ids. */
  counter: { value: number };
  /** Stage times of material delays and smooths, checked against dt when a run starts. */
  readonly stages: StageCheck[];
  /** Structure laid out for the model's dt (conveyor slats, fitted DELAY N orders). */
  readonly dtFixed: DtFixedStructure[];
  /** Start and dt of the model's sim specs: structure-fixing arguments are read there. */
  readonly clock?: {
    readonly start: number;
    readonly dt: number;
    readonly equation?: (id: string) => Expr | undefined;
  };
}

/** A delay or smooth stage whose time is checked against dt (see `docs/engine.md`). */
export interface StageCheck {
  readonly owner: string;
  /** The builtin as written in docs, e.g. `delay3`. */
  readonly builtin: string;
  /** The time of one stage (delay ÷ order): a number or a reference. */
  readonly stage: Expr;
  readonly order: number;
}

/**
 * Structure an expansion fixed from the model's TIME STEP, which a run with another time step
 * would silently change: the slats of a conveyor (`round(transit / dt)`) or the order of a DELAY
 * N reduced to fit (`floor(delay / dt)` when below the order asked for).
 */
export type DtFixedStructure =
  | {
      readonly owner: string;
      readonly kind: "slats";
      readonly transit: number;
      readonly count: number;
      readonly dt: number;
    }
  | {
      readonly owner: string;
      readonly kind: "order";
      readonly delay: number;
      readonly requested: number;
      readonly order: number;
      readonly dt: number;
    };

/** A fresh id for a hidden node of `owner`. */
export function hiddenId(owner: string, what: string, ctx: ExpandContext): string {
  ctx.counter.value += 1;
  return `${owner}$${what}${ctx.counter.value}`;
}

/** A reference to `e` itself when it is a number or a reference, else to a hidden aux holding it. */
export function atom(e: Expr, owner: string, what: string, ctx: ExpandContext): Expr {
  if (e.kind === "number" || e.kind === "ref") return e;
  const id = hiddenId(owner, what, ctx);
  ctx.nodes.push({
    kind: "aux",
    id,
    owner,
    hidden: true,
    expr: e,
    flow: false,
    nonNegative: false,
  });
  return ref(id);
}

/** A hidden stock of `owner` with its initial value and net rate. */
export function stockNode(id: string, owner: string, initial: Expr, rate: Expr): IrNode {
  return {
    kind: "stock",
    id,
    owner,
    hidden: true,
    initial,
    rate,
    inflows: [],
    outflows: [],
    nonNegative: false,
  };
}
