/**
 * The rich display shared by every view: Deno's Jupyter kernel shows any value with a
 * `Symbol.for("Jupyter.display")` method returning a MIME bundle (Deno.jupyter.Displayable);
 * Observable and plain pages take the HTML of `toHTML()`; `toString()` is the plain-text form
 * Jupyter falls back on.
 */

/** The symbol Deno's Jupyter kernel looks up on a cell's value. */
export const JUPYTER_DISPLAY = Symbol.for("Jupyter.display");

/** A MIME bundle: representations by MIME type. */
export type MimeBundle = Readonly<Record<string, string>>;

/** A value that displays itself as HTML, with a plain-text fallback. */
export abstract class HtmlView {
  /** The view as a self-contained HTML fragment (text escaped, pictures inline). */
  abstract toHTML(): string;

  /** The view as plain text. */
  abstract toString(): string;

  /** The MIME bundle for Jupyter kernels: `text/html` and `text/plain`. */
  [JUPYTER_DISPLAY](): MimeBundle {
    return { "text/html": this.toHTML(), "text/plain": this.toString() };
  }
}

let views = 0;

/** A fresh prefix for the ids inside a view's pictures, so that views on one page never clash. */
export function nextIdPrefix(): string {
  views += 1;
  return `sfv${views}-`;
}
