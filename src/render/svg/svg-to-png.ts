/**
 * PNG from SVG, for memos and slides, with resvg (a well-kept Rust SVG renderer shipped as
 * prebuilt npm packages). It is imported only when a PNG is asked for, so drawing SVG never
 * loads the native module.
 */

import { argumentError, expectOptions } from "../../diagnostics/check-argument.js";
import { checkLimit } from "../../diagnostics/limits.js";
import { Svg } from "./svg.js";

/** Options of {@link svgToPng}. */
export interface PngOptions {
  /** Pixels per SVG unit; default 2 (sharp on high-density screens and in print). */
  readonly scale?: number;
  /** The installed font used for the generic `sans-serif` family; default `Liberation Sans`. */
  readonly sansSerifFamily?: string;
}

/** The defaults of {@link PngOptions}. */
export const PNG_DEFAULTS = { scale: 2, sansSerifFamily: "Liberation Sans" } as const;

/**
 * Render an SVG picture to PNG bytes, using the system's fonts. A picture of more pixels than
 * the `pixels` limit is refused before any pixel is allocated.
 */
export async function svgToPng(svg: Svg | string, options: PngOptions = {}): Promise<Uint8Array> {
  if (typeof svg !== "string" && !(svg instanceof Svg))
    throw argumentError("svgToPng", "svg", "an Svg or an SVG string", svg);
  expectOptions("svgToPng", options, { scale: "number", sansSerifFamily: "string" });
  const { Resvg } = await import("@resvg/resvg-js");
  const scale = options.scale ?? PNG_DEFAULTS.scale;
  const resvg = new Resvg(String(svg), {
    fitTo: { mode: "zoom", value: scale },
    font: {
      loadSystemFonts: true,
      sansSerifFamily: options.sansSerifFamily ?? PNG_DEFAULTS.sansSerifFamily,
    },
  });
  const [w, h] = [Math.ceil(resvg.width * scale), Math.ceil(resvg.height * scale)];
  checkLimit("pixels", w * h, `a PNG of ${w} × ${h} pixels`);
  return new Uint8Array(resvg.render().asPng());
}
