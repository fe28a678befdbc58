/**
 * The tree of a Vensim expression, before names are resolved: names are kept as written
 * (normalised blanks), so the same tree serves macros, stocks and the printer. Offsets are
 * 0-based in the entry's text.
 */
import type { GraphicalFunctionType } from "../../model/types.js";

/** A subscript as written: a dimension, an element, or `d!` (every element of d). */
export interface VensimSubscript {
  readonly name: string;
  readonly bang: boolean;
  readonly start: number;
}

/** A graphical function written inline: optional range, then points. */
export interface VensimTable {
  readonly points: readonly (readonly [number, number])[];
  /** How the table reads between points; linear (`continuous`) unless a data keyword says. */
  readonly type?: GraphicalFunctionType;
  readonly range?: {
    readonly xmin: number;
    readonly ymin: number;
    readonly xmax: number;
    readonly ymax: number;
  };
}

/** A Vensim expression. */
export type VensimExpr =
  | { readonly kind: "number"; readonly value: number; readonly start: number }
  | {
      readonly kind: "name";
      readonly name: string;
      readonly quoted: boolean;
      readonly subscripts: readonly VensimSubscript[];
      readonly start: number;
    }
  | {
      readonly kind: "call";
      readonly name: string;
      /** Subscripts written between the name and `(` (a subscripted lookup). */
      readonly subscripts: readonly VensimSubscript[];
      readonly args: readonly VensimExpr[];
      /** A macro call's output variables, the names after `:` (`MAC(a, b : out1, out2)`). */
      readonly outputs?: readonly { readonly name: string; readonly start: number }[];
      readonly start: number;
    }
  | {
      readonly kind: "unary";
      readonly op: "-" | "+" | "not";
      readonly arg: VensimExpr;
      readonly start: number;
    }
  | {
      readonly kind: "binary";
      readonly op:
        | "+"
        | "-"
        | "*"
        | "/"
        | "^"
        | "="
        | "<>"
        | "<"
        | "<="
        | ">"
        | ">="
        | "and"
        | "or";
      readonly left: VensimExpr;
      readonly right: VensimExpr;
      readonly start: number;
    }
  | { readonly kind: "table"; readonly table: VensimTable; readonly start: number }
  /** A list of numbers (tabbed array): rows separated by `;`. */
  | {
      readonly kind: "numbers";
      readonly rows: readonly (readonly number[])[];
      readonly start: number;
    };

/** Apply `f` to every direct child expression, rebuilding the node. */
export function mapChildren(e: VensimExpr, f: (child: VensimExpr) => VensimExpr): VensimExpr {
  switch (e.kind) {
    case "number":
    case "name":
    case "table":
    case "numbers":
      return e;
    case "call":
      return { ...e, args: e.args.map(f) };
    case "unary":
      return { ...e, arg: f(e.arg) };
    case "binary":
      return { ...e, left: f(e.left), right: f(e.right) };
  }
}

/** Every node of a tree, depth first. */
export function* walkVensim(e: VensimExpr): Generator<VensimExpr> {
  yield e;
  switch (e.kind) {
    case "call":
      for (const a of e.args) yield* walkVensim(a);
      return;
    case "unary":
      yield* walkVensim(e.arg);
      return;
    case "binary":
      yield* walkVensim(e.left);
      yield* walkVensim(e.right);
      return;
    default:
      return;
  }
}

/** How a data variable reads between its points (the keyword before `:=`). */
export type DataMode = "interpolate" | "raw" | "hold backward" | "look forward";
