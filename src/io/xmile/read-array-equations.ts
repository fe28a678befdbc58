/**
 * The equations of an arrayed XMILE variable (XMILE 1.0 §3.7.1.1), in one of four forms:
 * one apply-to-all `<eqn>`; one `<element subscript="a, b">` per element, each with its own
 * `<eqn>` (and optionally `<gf>`), non-apply-to-all; several `<eqn>` children, one per element in
 * row-major order; or one `<eqn>` holding a list of numbers (`1, 2, 3`, rows separated by `;`),
 * one per element in row-major order. The last two are what PySD's test files and xmutil write.
 *
 * An `<eqn>` beside `<element>`s is read as the equation of every element not listed (stockflow
 * writes an apply-to-all equation with exceptions so).
 */
import type { Dimension } from "../../model/types.js";
import type { XmileContext } from "./xmile-context.js";
import { decodeXmileName, xmileNameToId } from "./xmile-names.js";
import { child, childrenNamed, type XmlElement } from "./xml-element.js";

/** The equation of one element. */
export interface ArrayCell {
  /** Element ids joined with `,`, one per dimension. */
  readonly key: string;
  /** The XMILE equation text. */
  readonly text: string;
  /** The element the text came from, for diagnostics. */
  readonly at: XmlElement;
  readonly path: string;
  /** The element's own `<gf>`, when it has one. */
  readonly gf?: XmlElement;
}

/** The equations of an arrayed variable. */
export interface ArrayEquations {
  /** The apply-to-all `<eqn>`, when there is one. */
  readonly eqn?: XmlElement;
  /** Per-element equations, row-major; empty for an apply-to-all equation. */
  readonly cells: readonly ArrayCell[];
  /** Every element key, row-major. */
  readonly keys: readonly string[];
}

const NUMBER_LIST = /^\s*[-+]?[0-9.][0-9.eE+-]*(\s*[,;]\s*[-+]?[0-9.][0-9.eE+-]*)+\s*;?\s*$/;

/** Read the equations; undefined after reporting a problem to `ctx`. */
export function readArrayEquations(
  el: XmlElement,
  dims: readonly Dimension[],
  path: string,
  variable: string,
  ctx: XmileContext,
): ArrayEquations | undefined {
  const keys = dims
    .reduce<string[][]>((acc, d) => acc.flatMap((p) => d.elements.map((e) => [...p, e])), [[]])
    .map((k) => k.join(","));
  const eqns = childrenNamed(el, "eqn");
  const elements = childrenNamed(el, "element");
  const fail = (message: string, at: XmlElement, value?: string) => {
    const site = { path, element: at, variable, ...(value !== undefined ? { value } : {}) };
    ctx.error("bad-array", message, site);
    return undefined;
  };
  if (elements.length > 0) {
    const byKey = new Map<string, ArrayCell>();
    for (const e of elements) {
      const subscript = e.attrs.subscript ?? "";
      const key = elementKey(subscript, dims);
      if (typeof key !== "string")
        return fail(
          `subscript "${subscript}" does not fit the dimensions of ${variable}: ${key.problem}`,
          e,
          subscript,
        );
      if (byKey.has(key)) return fail(`element ${subscript} is defined twice`, e, subscript);
      const eqn = child(e, "eqn");
      const elPath = `${path}/element[@subscript=${JSON.stringify(subscript)}]`;
      if (eqn === undefined) return fail(`element ${subscript} has no <eqn>`, e, subscript);
      const gf = child(e, "gf");
      byKey.set(key, {
        key,
        text: eqn.text,
        at: eqn,
        path: `${elPath}/eqn`,
        ...(gf ? { gf } : {}),
      });
    }
    const cells = keys.flatMap((k) => byKey.get(k) ?? []);
    const eqn = eqns[0];
    if (eqn === undefined && cells.length < keys.length) {
      const missing = keys.find((k) => !byKey.has(k))!;
      return fail(`element ${missing} of ${variable} has no equation`, el, missing);
    }
    return { ...(eqn !== undefined ? { eqn } : {}), cells, keys };
  }
  if (eqns.length >= 2) {
    if (eqns.length !== keys.length) {
      return fail(`${variable} has ${keys.length} elements but ${eqns.length} <eqn>s`, el);
    }
    const cells = eqns.map((eqn, i) => ({
      key: keys[i]!,
      text: eqn.text,
      at: eqn,
      path: `${path}/eqn`,
    }));
    return { cells, keys };
  }
  const eqn = eqns[0];
  if (eqn !== undefined && NUMBER_LIST.test(eqn.text)) {
    const numbers = eqn.text
      .split(/[,;]/)
      .map((n) => n.trim())
      .filter((n) => n !== "");
    if (numbers.length !== keys.length) {
      return fail(
        `${variable} has ${keys.length} elements but ${numbers.length} numbers`,
        eqn,
        eqn.text.trim(),
      );
    }
    const cells = numbers.map((text, i) => ({ key: keys[i]!, text, at: eqn, path: `${path}/eqn` }));
    return { cells, keys };
  }
  return { ...(eqn !== undefined ? { eqn } : {}), cells: [], keys };
}

/**
 * `"North, 2"` → `north,_2`: names (or 1-based indices) of one element per dimension, spaces
 * around the commas allowed; or why the subscript does not fit.
 */
function elementKey(
  subscript: string,
  dims: readonly Dimension[],
): string | { readonly problem: string } {
  const parts = subscript.split(",").map((p) => decodeXmileName(p));
  if (parts.length !== dims.length) {
    return { problem: `${parts.length} element(s) for ${dims.length} dimension(s)` };
  }
  const ids: string[] = [];
  for (const [i, part] of parts.entries()) {
    const dim = dims[i]!;
    const id = xmileNameToId(part);
    const index = Number(part);
    const element = dim.elements.includes(id)
      ? id
      : Number.isInteger(index)
        ? dim.elements[index - 1]
        : undefined;
    if (element === undefined) {
      const which = dims.length > 1 ? ` (dimension ${i + 1} of ${dims.length})` : "";
      return {
        problem: `${part} is not an element of ${dim.name ?? dim.id}${which}, whose elements are ${(dim.elementNames ?? dim.elements).join(", ")}`,
      };
    }
    ids.push(element);
  }
  return ids.join(",");
}
