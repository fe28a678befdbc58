/**
 * PNG from SVG, for memos and slides, with resvg (a well-kept Rust SVG renderer shipped as
 * prebuilt npm packages). It is imported only when a PNG is asked for, so drawing SVG never
 * loads the native module.
 */
import type { Svg } from "./svg.js";

/** Options of {@link svgToPng}. */
export interface PngOptions {
  /** Pixels per SVG unit; default 2 (sharp on high-density screens and in print). */
  readonly scale?: number;
  /** The installed font used for the generic `sans-serif` family; default `Liberation Sans`. */
  readonly sansSerifFamily?: string;
}

/** The defaults of {@link PngOptions}. */
export const PNG_DEFAULTS = { scale: 2, sansSerifFamily: "Liberation Sans" } as const;

/** Render an SVG picture to PNG bytes, using the system's fonts. */
export async function svgToPng(svg: Svg | string, options: PngOptions = {}): Promise<Uint8Array> {
  const { Resvg } = await import("@resvg/resvg-js");
  const resvg = new Resvg(String(svg), {
    fitTo: { mode: "zoom", value: options.scale ?? PNG_DEFAULTS.scale },
    font: {
      loadSystemFonts: true,
      sansSerifFamily: options.sansSerifFamily ?? PNG_DEFAULTS.sansSerifFamily,
    },
  });
  return new Uint8Array(resvg.render().asPng());
}
