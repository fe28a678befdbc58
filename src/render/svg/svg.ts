/**
 * A picture as an SVG string that also displays itself in notebooks.
 *
 * Deno's Jupyter kernel shows any value with a `Symbol.for("Jupyter.display")` method returning a
 * MIME bundle (Deno.jupyter.Displayable); Observable and others take the plain string from
 * `toString()` or `svg`.
 */

const JUPYTER_DISPLAY = Symbol.for("Jupyter.display");

/** An SVG picture: the markup plus its size. */
export class Svg {
  /** The complete SVG document, starting with `<svg`. */
  readonly svg: string;
  readonly width: number;
  readonly height: number;

  constructor(svg: string, width: number, height: number) {
    this.svg = svg;
    this.width = width;
    this.height = height;
  }

  /** The SVG markup. */
  toString(): string {
    return this.svg;
  }

  /** The MIME bundle for Jupyter kernels (Deno). */
  [JUPYTER_DISPLAY](): Record<string, string> {
    return { "image/svg+xml": this.svg, "text/plain": `Svg ${this.width}×${this.height}` };
  }
}
