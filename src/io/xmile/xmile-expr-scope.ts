/** What the XMILE expression parser knows about the model: names, arrays and dimensions. */
import type { Dimension } from "../../model/types.js";
import type { XmileMacros } from "./xmile-macros.js";

/** What the parser needs to know about the model's names. */
export interface XmileExprScope {
  /** The id a (decoded) name refers to. */
  resolve(name: string): string;
  /** Whether a variable has this id, and whether it is a stand-alone graphical function. */
  kindOf(id: string): "value" | "lookup" | undefined;
  /** Dimension ids of an arrayed variable; undefined for a scalar. */
  dimsOf?(id: string): readonly string[] | undefined;
  /** The model's dimensions by id, for subscripts. */
  readonly dimensions?: ReadonlyMap<string, Dimension>;
  /** The file's macros, called like functions. */
  readonly macros?: XmileMacros;
  /** Dimension ids of the variable whose equation is parsed (for transposition). */
  readonly definingDims?: readonly string[];
  /** Id of the variable whose equation is parsed, what Stella's `SELF` names. */
  readonly self?: string;
  /** When an arrayed equation is read for one element: that element, by dimension id. */
  readonly binding?: ReadonlyMap<string, string>;
  /** The stand-alone lookup of one element of an arrayed graphical function, if it has one. */
  elementTable?(id: string, elements: readonly string[]): string | undefined;
  /**
   * The id of a subrange of `parent` holding its elements `from` … `to` (0-based, inclusive),
   * made for a range subscript (`a[1:3]`) and added to the model's dimensions.
   */
  rangeDimension?(parent: Dimension, from: number, to: number): string;
}
