/**
 * XMILE graphical functions (`<gf>`, XMILE 1.0 §3.1.4): `type` continuous (the default),
 * extrapolate or discrete; points as `<xscale min max/>` with evenly spaced `<ypts>`, or as
 * `<xpts>` and `<ypts>` pairs (older files say `discrete="true"`); each point list separated
 * by commas unless its `sep` attribute names another separator; `<yscale>` kept for display.
 */
import type { GraphicalFunction, GraphicalFunctionType } from "../../model/types.js";
import type { XmileContext } from "./xmile-context.js";
import { child, type XmlElement } from "./xml-element.js";

const TYPES: ReadonlySet<string> = new Set(["continuous", "extrapolate", "discrete"]);

/** Read a `<gf>` element; undefined (with an error in the context) when it cannot be used. */
export function readGraphicalFunction(
  gf: XmlElement,
  path: string,
  variable: string,
  ctx: XmileContext,
): GraphicalFunction | undefined {
  const site = { path, element: gf, variable };
  const points = (name: string): number[] | undefined => {
    const el = child(gf, name);
    if (el === undefined) return undefined;
    const sep = el.attrs.sep ?? ",";
    const parts = el.text.split(sep).map((p) => p.trim());
    const values = parts.filter((p) => p !== "").map(Number);
    const bad = parts.find((p) => p === "" || !Number.isFinite(Number(p)));
    if (bad !== undefined) {
      ctx.error("bad-number", `<${name}> holds a value that is not a number`, {
        ...site,
        path: `${path}/${name}`,
        element: el,
        value: bad,
      });
      return undefined;
    }
    return values;
  };
  const range = (name: string): { min: number; max: number } | undefined => {
    const el = child(gf, name);
    if (el === undefined) return undefined;
    const min = Number(el.attrs.min);
    const max = Number(el.attrs.max);
    if (el.attrs.min === undefined || el.attrs.max === undefined || !(min <= max)) {
      ctx.error("bad-range", `<${name}> needs numbers min <= max`, {
        ...site,
        path: `${path}/${name}`,
        element: el,
        value: `${el.attrs.min ?? ""}..${el.attrs.max ?? ""}`,
      });
      return undefined;
    }
    return { min, max };
  };

  const y = points("ypts");
  if (y === undefined) {
    if (child(gf, "ypts") === undefined) ctx.error("missing-element", "<gf> without <ypts>", site);
    return undefined;
  }
  const x = points("xpts");
  const xscale = range("xscale");
  const yscale = range("yscale");
  if (x === undefined && xscale === undefined) {
    ctx.error("missing-element", "<gf> needs <xscale> or <xpts>", site);
    return undefined;
  }
  if (x !== undefined && x.length !== y.length) {
    ctx.error("gf-length", `<gf> has ${x.length} x values and ${y.length} y values`, site);
    return undefined;
  }
  if (y.length === 0) {
    ctx.error("gf-length", "<gf> has no points", site);
    return undefined;
  }
  // Older files say `discrete="true"` instead of `type="discrete"`.
  const rawType =
    gf.attrs.type?.trim().toLowerCase() ??
    (gf.attrs.discrete?.trim().toLowerCase() === "true" ? "discrete" : undefined);
  let type: GraphicalFunctionType | undefined;
  if (rawType !== undefined) {
    if (TYPES.has(rawType)) type = rawType as GraphicalFunctionType;
    else ctx.warning("unknown-gf-type", `unknown gf type ${rawType}, using continuous`, site);
  }
  return {
    ...(type !== undefined ? { type } : {}),
    ...(x !== undefined ? { x } : { xscale: xscale! }),
    y,
    ...(yscale !== undefined ? { yscale } : {}),
  };
}
