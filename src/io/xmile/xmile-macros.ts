/**
 * XMILE macros (XMILE 1.0 §3.6 and §4.8): a top-level `<macro name="…">` with `<parm>`s (a
 * `default` attribute makes a trailing parameter optional) and an `<eqn>` over those parameters
 * is a function the model's equations may call. A call is expanded inline: the macro's equation
 * with each parameter replaced by the call's argument. A macro may call other macros; the same
 * name may be defined once per number of parameters. Macros that keep state (`<variables>`
 * with stocks inside the macro) are reported as unsupported, not guessed.
 */
import { mapChildren } from "../../expr/map-children.js";
import type { Expr } from "../../expr/types.js";
import { canonicalId } from "../../model/canonical.js";
import { parseXmileExpr, XmileExprError, type XmileExprScope } from "./parse-xmile-expr.js";
import { pathStep, type XmileContext } from "./xmile-context.js";
import { decodeXmileName } from "./xmile-names.js";
import { XmileSyntaxError } from "./xmile-tokenize.js";
import { child, childrenNamed, childText, type XmlElement } from "./xml-element.js";

/** One definition of a macro, its equation not yet parsed. */
interface MacroSource {
  readonly name: string;
  readonly params: readonly { readonly id: string; readonly default?: string }[];
  readonly eqn: string;
  readonly element: XmlElement;
  readonly path: string;
}

/** The macros of a file, by canonical name; expands calls. */
export interface XmileMacros {
  /** Whether a macro of this name exists (any arity). */
  has(name: string): boolean;
  /** The expression a call expands to; throws {@link XmileExprError} on a bad call. */
  expand(name: string, args: readonly Expr[], offset: number): Expr;
}

const MAX_DEPTH = 16;
/** Parameters are parsed as refs to these ids, then replaced by the arguments. */
const PARAM = "\u0000parm";

/** Read the `<macro>` elements under `root`; problems go to `ctx`. */
export function readXmileMacros(root: XmlElement, ctx: XmileContext): XmileMacros {
  const byName = new Map<string, MacroSource[]>();
  // Macros with variables are not read; a call of one is unsupported, even where a builtin has
  // the same name (the file's own definition is what the call means, not stockflow's builtin).
  const withVariables = new Set<string>();
  for (const el of childrenNamed(root, "macro")) {
    const path = `xmile/${pathStep(el)}`;
    const name = decodeXmileName(el.attrs.name ?? "");
    if (name === "") {
      ctx.error("missing-name", "<macro> without a name", { path, element: el });
      continue;
    }
    const vars = child(el, "variables");
    if (vars !== undefined && vars.children.length > 0) {
      ctx.warning("unsupported", `unsupported: macro ${name} with variables (ignored)`, {
        path,
        element: el,
        value: name,
      });
      withVariables.add(canonicalId(name));
      continue;
    }
    const eqn = childText(el, "eqn")?.trim();
    if (eqn === undefined || eqn === "") {
      ctx.error("missing-element", `macro ${name} has no <eqn>`, { path, element: el });
      continue;
    }
    const params = childrenNamed(el, "parm").map((p) => ({
      id: canonicalId(decodeXmileName(p.text)),
      ...(p.attrs.default !== undefined ? { default: p.attrs.default } : {}),
    }));
    const key = canonicalId(name);
    byName.set(key, [...(byName.get(key) ?? []), { name, params, eqn, element: el, path }]);
  }

  let depth = 0;
  const parsed = new Map<MacroSource, Expr>();
  const body = (m: MacroSource, offset: number): Expr => {
    const known = parsed.get(m);
    if (known !== undefined) return known;
    const index = new Map(m.params.map((p, i) => [p.id, i]));
    const scope: XmileExprScope = {
      resolve: (n) => {
        const i = index.get(canonicalId(n));
        return i === undefined ? canonicalId(n) : `${PARAM}${i}`;
      },
      kindOf: (id) => (id.startsWith(PARAM) ? "value" : undefined),
      macros,
    };
    let expr: Expr;
    try {
      expr = parseXmileExpr(m.eqn, scope);
    } catch (error) {
      if (!(error instanceof XmileSyntaxError)) throw error;
      throw new XmileExprError(
        error instanceof XmileExprError ? error.code : "xmile-syntax",
        `in macro ${m.name}: ${error.message}`,
        offset,
      );
    }
    const stray = freeRef(expr);
    if (stray !== undefined) {
      throw new XmileExprError(
        "xmile-syntax",
        `in macro ${m.name}: ${stray} is not one of its parameters`,
        offset,
      );
    }
    parsed.set(m, expr);
    return expr;
  };

  const macros: XmileMacros = {
    has: (name) => byName.has(canonicalId(name)) || withVariables.has(canonicalId(name)),
    expand(name, args, offset) {
      if (!byName.has(canonicalId(name)) && withVariables.has(canonicalId(name))) {
        throw new XmileExprError(
          "unsupported",
          `unsupported: ${name}, a macro with variables`,
          offset,
        );
      }
      const defs = byName.get(canonicalId(name)) ?? [];
      const m =
        defs.find((d) => d.params.length === args.length) ??
        defs.find(
          (d) =>
            d.params.length > args.length &&
            d.params.slice(args.length).every((p) => p.default !== undefined),
        );
      if (m === undefined) {
        const counts = defs.map((d) => d.params.length).join(" or ");
        throw new XmileExprError(
          "wrong-arity",
          `macro ${name} takes ${counts} argument(s), got ${args.length}`,
          offset,
        );
      }
      if (depth >= MAX_DEPTH) {
        throw new XmileExprError(
          "unsupported",
          `unsupported: macro ${m.name} calls itself (recursion)`,
          offset,
        );
      }
      depth += 1;
      try {
        const all = m.params.map((p, i) => args[i] ?? defaultOf(p.default!, m, offset));
        return substitute(body(m, offset), all);
      } finally {
        depth -= 1;
      }
    },
  };

  const defaultOf = (text: string, m: MacroSource, offset: number): Expr => {
    try {
      return parseXmileExpr(text, { resolve: canonicalId, kindOf: () => undefined, macros });
    } catch (error) {
      if (!(error instanceof XmileSyntaxError)) throw error;
      throw new XmileExprError(
        "xmile-syntax",
        `macro ${m.name}: bad default ${JSON.stringify(text)}`,
        offset,
      );
    }
  };
  return macros;
}

/** A ref in a macro's equation that is not a parameter, if any. */
function freeRef(e: Expr): string | undefined {
  switch (e.kind) {
    case "number":
      return undefined;
    case "ref":
      return e.id.startsWith(PARAM) ? undefined : e.id;
    case "unary":
      return freeRef(e.arg);
    case "binary":
      return freeRef(e.left) ?? freeRef(e.right);
    case "if":
      return freeRef(e.cond) ?? freeRef(e.then) ?? freeRef(e.else);
    case "call":
      return e.args.map(freeRef).find((r) => r !== undefined);
    case "lookup":
      return e.table;
  }
}

/** `e` with each parameter ref replaced by its argument. */
function substitute(e: Expr, args: readonly Expr[]): Expr {
  if (e.kind === "ref" && e.id.startsWith(PARAM)) return args[Number(e.id.slice(PARAM.length))]!;
  return mapChildren(e, (child) => substitute(child, args));
}
