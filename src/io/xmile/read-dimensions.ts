/**
 * XMILE array dimensions (XMILE 1.0 §3.7.1): the top-level `<dimensions>` with one `<dim>` per
 * dimension, either named elements (`<dim name="Region"><elem name="North"/>…</dim>`) or a size
 * (`<dim name="N" size="3"/>`, elements `1`, `2`, `3`, whose ids are `_1`, `_2`, `_3`). Ids are
 * {@link canonicalId}s of the names (`_prime` for a `'` when that id is taken); element names
 * are kept as written for display. Stella's `<isee:maps_to>other</isee:maps_to>` inside a `<dim>`
 * maps its elements, by position, onto those of `other` (what Vensim writes `-> other`).
 */
import type { Dimension } from "../../model/types.js";
import { pathStep, type XmileContext } from "./xmile-context.js";
import { decodeXmileName, xmileNameToId } from "./xmile-names.js";
import { childrenNamed, type XmlElement } from "./xml-element.js";

const MAX_SIZE = 1_000_000;

/** The dimensions declared under `<dimensions>`, in document order; problems go to `ctx`. */
export function readDimensions(el: XmlElement | undefined, ctx: XmileContext): Dimension[] {
  if (el === undefined) return [];
  const out: Dimension[] = [];
  const seen = new Set<string>();
  for (const dim of childrenNamed(el, "dim")) {
    const path = `xmile/dimensions/${pathStep(dim)}`;
    const name = decodeXmileName(dim.attrs.name ?? "");
    if (name === "") {
      ctx.error("missing-name", "<dim> without a name", { path, element: dim });
      continue;
    }
    // `DimC'` beside `DimC` (Vensim's equivalent range, kept by Stella) folds onto the same id;
    // it gets `_prime` for each `'`, as the Vensim reader does.
    const folded = xmileNameToId(name);
    const id = seen.has(folded) ? xmileNameToId(name.replace(/'/g, " prime ")) : folded;
    if (seen.has(id)) {
      ctx.error("duplicate-name", `two dimensions have the id ${id}`, {
        path,
        element: dim,
        value: name,
      });
      continue;
    }
    const elementNames = elementNamesOf(dim, path, ctx);
    if (elementNames === undefined) continue;
    const elements = elementNames.map((e) => xmileNameToId(e));
    const twice = elements.find((e, i) => elements.indexOf(e) !== i);
    if (twice !== undefined) {
      ctx.error("duplicate-element", `dimension ${name} has the element ${twice} twice`, {
        path,
        element: dim,
        value: twice,
      });
      continue;
    }
    seen.add(id);
    const maps = childrenNamed(dim, "isee:maps_to")
      .map((m) => decodeXmileName(m.text.trim()))
      .filter((to) => to !== "")
      .map((to) => ({ to: xmileNameToId(to) }));
    out.push({
      id,
      ...(name !== id ? { name } : {}),
      elements,
      elementNames,
      ...(maps.length > 0 ? { maps } : {}),
    });
  }
  return out;
}

/** Element names of one `<dim>`: its `<elem>`s, else `1` … `size`. */
function elementNamesOf(dim: XmlElement, path: string, ctx: XmileContext): string[] | undefined {
  const elems = childrenNamed(dim, "elem");
  if (elems.length > 0) {
    const names = elems.map((e) => decodeXmileName(e.attrs.name ?? ""));
    if (names.every((n) => n !== "")) return names;
    ctx.error("missing-name", "<elem> without a name", { path: `${path}/elem`, element: dim });
    return undefined;
  }
  const size = Number(dim.attrs.size);
  if (!Number.isInteger(size) || size < 1 || size > MAX_SIZE) {
    ctx.error("bad-dimension", "a <dim> needs <elem> children or a whole positive size", {
      path,
      element: dim,
      value: dim.attrs.size ?? "",
    });
    return undefined;
  }
  return Array.from({ length: size }, (_, i) => String(i + 1));
}
