/**
 * Turn one collected XMILE variable element into a stockflow {@link Variable}.
 *
 * Decisions: a stock's `<eqn>` is its initial value and its `<inflow>`/`<outflow>` lists keep
 * their order (outflow order is priority, §3.1.1); an aux whose equation is a plain number is
 * a `constant` (so scenarios can change it without recompiling); an aux or flow with a `<gf>`
 * reads its equation through it, and a `<gf>` (or an aux holding only a `<gf>`) is a `lookup`;
 * `<non_negative/>` (text `false` turns it off) overrides the `<behavior>` default; a variable
 * with `<dimensions>` is built by {@link buildArrayedVariable}; the flows of a `<conveyor>` or
 * `<queue>` stock get their equations afterwards (`read-conveyors.ts`).
 */
import type { Expr } from "../../expr/types.js";
import type { Dimension, GraphicalFunction, Variable } from "../../model/types.js";
import { buildArrayedVariable, PER_ELEMENT } from "./build-arrayed-variable.js";
import type { RawVariable } from "./collect-variables.js";
import {
  NeedsElementError,
  parseXmileExpr,
  XmileExprError,
  type XmileExprScope,
} from "./parse-xmile-expr.js";
import { readGraphicalFunction } from "./read-graphical-function.js";
import { reduceForeignDimensions } from "./reduce-foreign-dimensions.js";
import type { XmileContext } from "./xmile-context.js";
import { decodeXmileName, xmileNameToId } from "./xmile-names.js";
import { XmileSyntaxError } from "./xmile-tokenize.js";
import { child, childrenNamed, childText, type XmlElement } from "./xml-element.js";

/** Default non-negativity from `<behavior>`. */
export interface XmileBehavior {
  readonly stock: boolean;
  readonly flow: boolean;
}

/** Converts a translated expression to stockflow equation text. */
export type PrintEquation = (expr: Expr) => string;

/**
 * Build the variable (an arrayed one with any per-element lookups it needs), or undefined after
 * recording why it could not be built.
 */
export function buildVariable(
  raw: RawVariable,
  scope: XmileExprScope,
  behavior: XmileBehavior,
  print: PrintEquation,
  ctx: XmileContext,
): Variable[] | undefined {
  const { element: el, id, path } = raw;
  const site = { path, element: el, variable: id };
  const dims = variableDimensions(raw, scope.dimensions ?? new Map(), ctx);
  if (dims === undefined) return undefined;
  const units = childText(el, "units");
  const doc = childText(el, "doc");
  const file = ctx.doc.file;
  const position = ctx.doc.locate(el.offset);
  const base = {
    id,
    ...(dims.length > 0 ? { dims: dims.map((d) => d.id) } : {}),
    name: raw.name,
    ...(units ? { units } : {}),
    ...(doc ? { doc } : {}),
    loc: { ...(file !== undefined ? { file } : {}), ...position, path },
  };

  const eqnElement = child(el, "eqn");
  const hasEqn = eqnElement !== undefined && eqnElement.text.trim() !== "";
  const parse = (
    text: string,
    at: XmlElement,
    atPath: string,
    binding?: ReadonlyMap<string, string>,
  ): Expr | typeof PER_ELEMENT | undefined => {
    if (/^\s*\?+\s*$/.test(text)) {
      // xmutil writes `???` where it could not translate a Vensim equation.
      const message = "the equation is ??? (the tool that wrote the file could not translate it)";
      ctx.error("untranslated", message, {
        ...site,
        path: atPath,
        element: at,
        value: text.trim(),
      });
      return undefined;
    }
    try {
      const definingDims = base.dims ?? [];
      return reduceForeignDimensions(
        parseXmileExpr(text, {
          ...scope,
          definingDims,
          self: id,
          ...(binding !== undefined ? { binding } : {}),
        }),
        definingDims,
        scope.dimensions,
      );
    } catch (error) {
      if (!(error instanceof XmileSyntaxError)) throw error;
      if (error instanceof NeedsElementError && binding === undefined && dims.length > 0) {
        return PER_ELEMENT;
      }
      const code = error instanceof XmileExprError ? error.code : "xmile-syntax";
      const offset = at.text.indexOf(text);
      ctx.error(code, error.message, {
        ...site,
        path: atPath,
        element: at,
        textOffset: Math.max(offset, 0) + error.offset,
        value: text.trim(),
      });
      return undefined;
    }
  };
  const translate = (): Expr | undefined => {
    if (raw.connectedFrom !== undefined) return { kind: "ref", id: raw.connectedFrom };
    if (!hasEqn) {
      // Stella runs a variable without an equation as 0; say so rather than guess quietly.
      ctx.warning("missing-equation", `<${el.name}> without <eqn> runs as 0, as in Stella`, site);
      return { kind: "number", value: 0 };
    }
    const expr = parse(eqnElement!.text, eqnElement!, `${path}/eqn`);
    return expr === undefined || expr === PER_ELEMENT ? undefined : withInitial(expr);
  };
  // `<init_eqn>`: the value at the start of the run (as ACTIVE INITIAL); the equation after.
  const withInitial = (expr: Expr): Expr | undefined => {
    const initEl = child(el, "init_eqn");
    if (initEl === undefined || initEl.text.trim() === "" || raw.tag === "stock") return expr;
    const init = parse(initEl.text, initEl, `${path}/init_eqn`);
    return init === undefined || init === PER_ELEMENT
      ? undefined
      : { kind: "call", fn: "active_initial", args: [expr, init] };
  };
  const gfOf = (): GraphicalFunction | undefined | null => {
    const gf = el.name === "gf" ? el : child(el, "gf");
    return gf === undefined ? null : readGraphicalFunction(gf, path, id, ctx);
  };
  const nonNegative = (fallback: boolean): { nonNegative?: true } =>
    (readNonNegative(el) ?? fallback) ? { nonNegative: true } : {};

  const flows = (tag: string) =>
    childrenNamed(el, tag).map((f) => scope.resolve(decodeXmileName(f.text)));

  if (raw.driven === true && raw.tag === "flow") {
    // A conveyor or queue outflow: a placeholder until `read-conveyors.ts` gives its equation.
    return [{ kind: "flow", ...base, equation: "0" }];
  }
  if (raw.connectedFrom !== undefined) {
    // A module input (or an outer variable fed by a module output) is just that value.
    const expr: Expr = { kind: "ref", id: raw.connectedFrom };
    return [{ kind: "aux", ...base, equation: print(expr) }];
  }
  if (dims.length > 0) {
    const extra =
      raw.tag === "stock"
        ? { inflows: flows("inflow"), outflows: flows("outflow"), ...nonNegative(behavior.stock) }
        : raw.tag === "flow"
          ? nonNegative(behavior.flow)
          : {};
    const readGf = (gf: XmlElement) => readGraphicalFunction(gf, path, id, ctx);
    const parts = { base, dims, translate: parse, readGf, print, numberValue, extra };
    return buildArrayedVariable(raw, parts, ctx);
  }
  const scalar = buildScalar();
  return scalar === undefined ? undefined : [scalar];

  function buildScalar(): Variable | undefined {
    switch (raw.tag) {
      case "gf": {
        const gf = gfOf();
        return gf ? { kind: "lookup", ...base, gf } : undefined;
      }
      case "aux": {
        const gf = gfOf();
        if (gf === undefined) return undefined;
        if (gf !== null && (!hasEqn || raw.asTable === true)) {
          const input = eqnElement?.text.trim() ?? "";
          if (hasEqn && !/^[-+]?[0-9.]+(e[-+]?[0-9]+)?$/i.test(input)) {
            ctx.warning("equation-ignored", "used as a lookup table, so its equation is ignored", {
              ...site,
              value: input,
            });
          }
          return { kind: "lookup", ...base, gf };
        }
        const expr = translate();
        if (expr === undefined) return undefined;
        if (gf !== null) return { kind: "aux", ...base, equation: print(expr), gf };
        const value = numberValue(expr);
        if (value !== undefined) return { kind: "constant", ...base, value };
        return { kind: "aux", ...base, equation: print(expr) };
      }
      case "flow": {
        const gf = gfOf();
        const expr = translate();
        if (expr === undefined || gf === undefined) return undefined;
        return {
          kind: "flow",
          ...base,
          equation: print(expr),
          ...(gf !== null ? { gf } : {}),
          ...nonNegative(behavior.flow),
        };
      }
      case "stock": {
        const expr = translate();
        if (expr === undefined) return undefined;
        return {
          kind: "stock",
          ...base,
          initial: print(expr),
          inflows: flows("inflow"),
          outflows: flows("outflow"),
          ...nonNegative(behavior.stock),
        };
      }
    }
  }
}

/** The model dimensions named in the variable's `<dimensions>`; undefined after an error. */
function variableDimensions(
  raw: RawVariable,
  table: ReadonlyMap<string, Dimension>,
  ctx: XmileContext,
): Dimension[] | undefined {
  const el = child(raw.element, "dimensions");
  if (el === undefined) return [];
  const out: Dimension[] = [];
  for (const d of childrenNamed(el, "dim")) {
    const name = decodeXmileName(d.attrs.name ?? "");
    const dim = table.get(xmileNameToId(name));
    if (dim === undefined) {
      const site = {
        path: `${raw.path}/dimensions/dim`,
        element: d,
        variable: raw.id,
        value: name,
      };
      ctx.error("unknown-dimension", `unknown dimension ${name}`, site);
      return undefined;
    }
    out.push(dim);
  }
  return out;
}

/** `<non_negative/>` → true, `<non_negative>false</non_negative>` → false, absent → undefined. */
export function readNonNegative(el: XmlElement): boolean | undefined {
  const flag = child(el, "non_negative");
  if (flag === undefined) return undefined;
  return flag.text.trim().toLowerCase() !== "false";
}

/** The value of a plain number, possibly signed. */
export function numberValue(expr: Expr): number | undefined {
  if (expr.kind === "number") return expr.value;
  if (expr.kind === "unary" && expr.arg.kind === "number") {
    if (expr.op === "-") return -expr.arg.value;
    if (expr.op === "+") return expr.arg.value;
  }
  return undefined;
}
