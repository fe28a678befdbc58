/**
 * The intermediate representation between a parsed model and generated code: every element is
 * a node with a slot, and stateful builtins have already been expanded into hidden nodes, so
 * the orderer and the code generator only know these kinds.
 */
import type { Expr } from "../expr/types.js";
import type { GraphicalFunction } from "../model/types.js";

/** What a node is, which decides when it is computed. */
export type NodeKind =
  /** Integrated: `initial` in the initial pass, then `rate` after each aux pass. */
  | "stock"
  /** Computed in the initial pass and in every aux pass. */
  | "aux"
  /** A parameter: a constant in the parameter array. */
  | "param"
  /** Computed in the initial pass only (INITIAL, and auxes that depend on parameters alone). */
  | "static"
  /** Holds a value from one step to the next: set from `initial`, then from `update` after each step. */
  | "memory"
  /** A pipeline delay (DELAY FIXED, DELAY MATERIAL): its output is read from a buffer. */
  | "pipeline";

interface NodeBase {
  /** Canonical id, or a hidden id containing `$` for nodes made by the expander. */
  readonly id: string;
  /** The user variable this node belongs to (itself, or the one whose equation made it). */
  readonly owner: string;
  readonly hidden: boolean;
}

/** A stock: its net rate is `rate` (inflows minus outflows for a user stock). */
export interface StockNode extends NodeBase {
  readonly kind: "stock";
  readonly initial: Expr;
  readonly rate: Expr;
  readonly inflows: readonly string[];
  readonly outflows: readonly string[];
  readonly nonNegative: boolean;
}

/** An auxiliary or a flow. `init` replaces `expr` in the initial pass (ACTIVE INITIAL). */
export interface AuxNode extends NodeBase {
  readonly kind: "aux";
  readonly expr: Expr;
  readonly init?: Expr;
  readonly gf?: GraphicalFunction;
  readonly flow: boolean;
  /** A uniflow: clamped at zero. */
  readonly nonNegative: boolean;
}

export interface ParamNode extends NodeBase {
  readonly kind: "param";
  readonly value: number;
}

export interface StaticNode extends NodeBase {
  readonly kind: "static";
  readonly expr: Expr;
  readonly gf?: GraphicalFunction;
}

/** PREVIOUS and SAMPLE IF TRUE memories. */
export interface MemoryNode extends NodeBase {
  readonly kind: "memory";
  readonly initial: Expr;
  /** Evaluated with the values of the step that just ended; becomes the value of the next step. */
  readonly update: Expr;
}

export interface PipelineNode extends NodeBase {
  readonly kind: "pipeline";
  /** `fixed`: delay taken at the start; `material`: delay taken when material enters, conserving it. */
  readonly mode: "fixed" | "material";
  readonly input: Expr;
  readonly delay: Expr;
  /** Output until the first input arrives. */
  readonly initial: Expr;
}

/** Any node. */
export type IrNode = StockNode | AuxNode | ParamNode | StaticNode | MemoryNode | PipelineNode;
