/**
 * The array parts of an XMILE file a stockflow model is written as (XMILE 1.0 §3.7.1): the
 * top-level `<dimensions>`, a variable's `<dimensions>`, its per-element `<element>`s, and how
 * subscripts are written in equations. Numeric dimensions (`1` … `n`) are written with `size`.
 *
 * XMILE 1.0 has no subranges or dimension mappings: subranges are written as plain dimensions,
 * and a mapping by position as Stella's `<isee:maps_to>`.
 * An apply-to-all equation with exceptions is written as an `<eqn>` beside the `<element>`s
 * (which {@link readArrayEquations} reads back); when every element has its own equation the
 * `<eqn>` is left out unless it differs from the first element's.
 */
import type { Subscript } from "../../expr/types.js";
import type { Dimension, Model, Variable } from "../../model/types.js";
import { encodeXmileName, xmileNameInEquation, xmileNameToId } from "./xmile-names.js";
import { escapeXml, escapeXmlText } from "./xml-text.js";

/** Names of dimensions and elements for the writer. */
export interface XmileArrayNames {
  /** The XMILE name of a dimension. */
  dimensionName(id: string): string;
  /** The XMILE name of element `element` of dimension `dim`. */
  elementName(dim: string, element: string): string;
  /** Whether an id names a dimension or an element, for parsing stockflow equations. */
  subscriptKind(id: string): "dimension" | "element" | undefined;
  /**
   * The text of one subscript of a reference to `id`, for {@link printXmileExpr}, in the equation
   * of a variable over `defining` (its dimensions).
   */
  subscriptText(sub: Subscript, id: string, position: number, defining?: readonly string[]): string;
  /** Every element key (element ids joined with `,`) over these dimensions, row-major. */
  elementKeys(dims: readonly string[]): string[];
}

/** Array names of a model; `isBuiltin` tells which words must be quoted in equations. */
export function xmileArrayNames(
  model: Model,
  isBuiltin: (word: string) => boolean,
): XmileArrayNames {
  const dims = new Map((model.dimensions ?? []).map((d) => [d.id, d]));
  const elements = new Set((model.dimensions ?? []).flatMap((d) => d.elements));
  const varDims = new Map(model.variables.map((v) => [v.id, v.dims ?? []]));
  const dimensionName = (id: string) => {
    const name = dims.get(id)?.name;
    return name !== undefined && xmileNameToId(name) === id ? name : id;
  };
  const elementName = (dim: string, element: string) => {
    const d = dims.get(dim);
    const name = d?.elementNames?.[d.elements.indexOf(element)];
    return name !== undefined && xmileNameToId(name) === element ? name : element;
  };
  const inEquation = (name: string) =>
    /^[0-9]+$/.test(name) ? name : xmileNameInEquation(name, isBuiltin);
  return {
    dimensionName,
    elementName,
    elementKeys: (ids) =>
      ids
        .map((d) => dims.get(d)?.elements ?? [])
        .reduce<string[][]>((acc, list) => acc.flatMap((p) => list.map((e) => [...p, e])), [[]])
        .map((k) => k.join(",")),
    subscriptKind: (id) => (dims.has(id) ? "dimension" : elements.has(id) ? "element" : undefined),
    subscriptText: (sub, id, position, defining = []) => {
      switch (sub.kind) {
        case "dimension":
          return inEquation(dimensionName(sub.dim));
        case "element": {
          const dim = varDims.get(id)?.[position] ?? "";
          const home = dims.get(dim)?.elements.includes(sub.element)
            ? dim
            : ([...dims.values()].find((d) => d.elements.includes(sub.element))?.id ?? dim);
          return inEquation(elementName(home, sub.element));
        }
        case "reduce": {
          // `*` is every element of the dimension at this position. Every element of another
          // dimension (a subrange, or the dimension of another array it runs along) is written
          // by name, which §3.7.1.3 reads as the whole dimension, as long as the variable being
          // defined does not have that dimension.
          const at = varDims.get(id)?.[position];
          if (at === sub.dim || defining.includes(sub.dim)) return "*";
          return inEquation(dimensionName(sub.dim));
        }
      }
    },
  };
}

/** The top-level `<dimensions>` lines (none for a model without dimensions). */
export function writeXmileDimensions(model: Model, names: XmileArrayNames): string[] {
  const list = model.dimensions ?? [];
  if (list.length === 0) return [];
  const attr = (name: string) => escapeXml(encodeXmileName(name));
  const out = ["  <dimensions>"];
  for (const d of list) {
    const open = `    <dim name="${attr(names.dimensionName(d.id))}"`;
    if (isNumeric(d)) {
      out.push(`${open} size="${d.elements.length}"/>`);
      continue;
    }
    out.push(`${open}>`);
    for (const e of d.elements)
      out.push(`      <elem name="${attr(names.elementName(d.id, e))}"/>`);
    // Stella's mapping by position; a Vensim mapping onto a list of elements has no XMILE form.
    for (const m of d.maps ?? []) {
      if (m.elements === undefined) {
        out.push(`      <isee:maps_to>${attr(names.dimensionName(m.to))}</isee:maps_to>`);
      }
    }
    out.push("    </dim>");
  }
  out.push("  </dimensions>");
  return out;
}

/**
 * The array lines of a variable's body: its `<dimensions>`, then its equations as `<eqn>` and
 * `<element>`s. `equation` prints stockflow equation text as XMILE.
 */
export function writeArrayBody(
  v: Variable,
  names: XmileArrayNames,
  equation: (text: string) => string,
): string[] {
  const dims = v.dims ?? [];
  const lines = [
    "<dimensions>",
    ...dims.map((d) => `  <dim name="${escapeXml(encodeXmileName(names.dimensionName(d)))}"/>`),
    "</dimensions>",
  ];
  const eqn = (text: string) => `<eqn>${escapeXmlText(text)}</eqn>`;
  const element = (key: string, text: string) => {
    const subscript = key
      .split(",")
      .map((e, i) => names.elementName(dims[i] ?? "", e))
      .join(", ");
    return [`<element subscript="${escapeXml(subscript)}">`, `  ${eqn(text)}`, "</element>"];
  };
  const perElement = (all: string, cells: Readonly<Record<string, string>> | undefined) => {
    const keys = Object.keys(cells ?? {});
    if (keys.length === 0) return [eqn(equation(all))];
    const covered = keys.length === names.elementKeys(dims).length;
    const first = cells![keys[0]!]!;
    const out = covered && first === all ? [] : [eqn(equation(all))];
    for (const k of keys) out.push(...element(k, equation(cells![k]!)));
    return out;
  };
  switch (v.kind) {
    case "stock":
      return [...lines, ...perElement(v.initial, v.initialElements)];
    case "flow":
    case "aux":
      return [...lines, ...perElement(v.equation, v.elements)];
    case "constant": {
      if (v.values === undefined) return [...lines, eqn(String(v.value))];
      const keys = names.elementKeys(dims);
      return [...lines, ...keys.flatMap((k, i) => element(k, String(v.values![i] ?? v.value)))];
    }
    case "lookup":
      return lines;
  }
}

function isNumeric(d: Dimension): boolean {
  return d.elements.every(
    (e, i) => e === `_${i + 1}` && (d.elementNames?.[i] ?? `${i + 1}`) === `${i + 1}`,
  );
}
