/**
 * The errors of the XMILE expression parser: a located failure with a diagnostic code, and the
 * signal that an arrayed equation must be read once per element.
 */
import { XmileSyntaxError } from "./xmile-tokenize.js";

/** A parse failure with a diagnostic code and the offset in the equation text. */
export class XmileExprError extends XmileSyntaxError {
  override name = "XmileExprError";
  constructor(
    readonly code: "xmile-syntax" | "unsupported" | "wrong-arity",
    message: string,
    offset: number,
  ) {
    super(message, offset);
  }
}

/**
 * The equation uses the position of the element being defined along `dim` (`dim` as a value,
 * `table[dim]` of a graphical function): read it again once per element, with `binding` set.
 */
export class NeedsElementError extends XmileExprError {
  override name = "NeedsElementError";
  constructor(
    readonly dim: string,
    offset: number,
  ) {
    super("unsupported", `unsupported: ${dim} used where only one element of it can be`, offset);
  }
}
