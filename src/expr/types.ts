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

/** A call of a stand-alone graphical function (a `lookup` variable) with its input. */
export interface LookupExpr {
  readonly kind: "lookup";
  readonly table: string;
  readonly arg: Expr;
  readonly span?: Span;
}

/** An expression. */
export type Expr = NumberExpr | RefExpr | UnaryExpr | BinaryExpr | IfExpr | CallExpr | LookupExpr;
