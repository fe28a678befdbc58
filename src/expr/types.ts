/**
 * The project's own expression tree. Only the parser (`parse-equation.ts`) knows mathjs; the
 * XMILE and Vensim readers translate their own syntax into text that parses to this same tree.
 * Every `switch` over `kind` or `op` is exhaustive.
 */

/** A range of characters in the equation text: `start` inclusive, `end` exclusive, 0-based. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** Binary operators. Comparisons and logic give 1 for true and 0 for false. */
export type BinaryOp =
  | "+"
  | "-"
  | "*"
  | "/"
  | "^"
  | "mod"
  | "<"
  | "<="
  | ">"
  | ">="
  | "=="
  | "!="
  | "and"
  | "or";

/** Unary operators. */
export type UnaryOp = "-" | "+" | "not";

/** A number literal. */
export interface NumberExpr {
  readonly kind: "number";
  readonly value: number;
  readonly span?: Span;
}

/**
 * A subscript of a reference to an arrayed variable: a dimension bound to the current element of
 * the equation being defined (`pop[region]`), one fixed element (`pop[north]`), or every element
 * of a dimension, for array builtins (`sum(pop[region!])`).
 */
export type Subscript =
  | { readonly kind: "dimension"; readonly dim: string }
  | { readonly kind: "element"; readonly element: string }
  | { readonly kind: "reduce"; readonly dim: string };

/**
 * A reference to a model variable by canonical id; `subscripts` select elements of an arrayed
 * variable. Code that looks only at which variables an equation reads can ignore them.
 */
export interface RefExpr {
  readonly kind: "ref";
  readonly id: string;
  readonly subscripts?: readonly Subscript[];
  readonly span?: Span;
}

export interface UnaryExpr {
  readonly kind: "unary";
  readonly op: UnaryOp;
  readonly arg: Expr;
  readonly span?: Span;
}

export interface BinaryExpr {
  readonly kind: "binary";
  readonly op: BinaryOp;
  readonly left: Expr;
  readonly right: Expr;
  readonly span?: Span;
}

/** `if_then_else(cond, then, else)` and `cond ? then : else`: only the chosen branch is evaluated. */
export interface IfExpr {
  readonly kind: "if";
  readonly cond: Expr;
  readonly then: Expr;
  readonly else: Expr;
  readonly span?: Span;
}

/** A call of a builtin, by its canonical name in {@link BUILTINS} (zero-argument builtins such as `time` too). */
export interface CallExpr {
  readonly kind: "call";
  readonly fn: string;
  readonly args: readonly Expr[];
  readonly span?: Span;
}

/**
 * How a lookup is read other than by its own interpolation (Vensim's LOOKUP functions):
 * `extrapolate` extends the end segments linearly; `forward` takes the y of the first point at
 * or after the input, `backward` that of the last point at or before it; `invert` finds the
 * smallest input giving the argument as output; `area` is the area under the table from its
 * first x point to the argument.
 */
export type LookupMode = "extrapolate" | "forward" | "backward" | "invert" | "area";

/**
 * A call of a stand-alone graphical function (a `lookup` variable) with its input: `table(x)`,
 * or with a `mode`, `lookup_forward(table, x)` and the like.
 */
export interface LookupExpr {
  readonly kind: "lookup";
  readonly table: string;
  readonly arg: Expr;
  /** Absent for the table's own reading. */
  readonly mode?: LookupMode;
  readonly span?: Span;
}

/** An expression. */
export type Expr = NumberExpr | RefExpr | UnaryExpr | BinaryExpr | IfExpr | CallExpr | LookupExpr;

/** The kinds of {@link Expr}, for checking an expression handed to the API. */
export const EXPR_KINDS: readonly Expr["kind"][] = Object.keys({
  number: 0,
  ref: 0,
  unary: 0,
  binary: 0,
  if: 0,
  call: 0,
  lookup: 0,
} satisfies Record<Expr["kind"], 0>) as Expr["kind"][];
