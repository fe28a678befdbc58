/**
 * The links of a compiled model's expanded structure (hidden nodes of delays and smooths
 * included), and generated code that re-evaluates each link's target with only its source moved
 * forward — the ceteris-paribus change of the Loops That Matter method (Schoenberg, Davidsen and
 * Eberlein, System Dynamics Review 36(2), 2020).
 *
 * Every stock S gets a pseudo-node `rate:S` whose equation is S's net rate, so that a flow → stock
 * link is the algebraic link flow → rate:S followed by the integration rate:S → S. Re-evaluating
 * the net rate with one flow moved gives ±Δflow, so the link score |Δflow / Δnet| with the sign
 * of the flow's role is exactly the corrected flow-to-stock score of Schoenberg, Hayward and
 * Eberlein (System Dynamics Review 39(2), 2023).
 */
import type { CompiledModel } from "../../compile/compile-model.js";
import { exprToJs } from "../../compile/expr-to-js.js";
import { chunked } from "../../compile/generate-program.js";
import { instantiate } from "../../compile/instantiate.js";
import type { IrNode } from "../../compile/ir.js";
import { RUNTIME_FUNCTIONS, type RuntimeFunctions } from "../../compile/runtime-functions.js";
import { expectCompiled, expectOptions } from "../../diagnostics/check-argument.js";
import { references } from "../../expr/references.js";
import type { Expr } from "../../expr/types.js";

/** How a link passes a change on. */
export type ElementaryLinkKind =
  /** Re-evaluated with only the source moved (auxiliaries, flows, and net rates). */
  | "algebraic"
  /** From a stock's net rate to the stock. */
  | "integration"
  /** Into a memory or pipeline: the change arrives later, whole. */
  | "delay";

/** A link of the expanded structure. `rate:S` is the net-rate pseudo-node of stock S. */
export interface ElementaryLink {
  readonly from: string;
  readonly to: string;
  readonly kind: ElementaryLinkKind;
}

/** Where the value of a node of the expanded structure is read. */
export type ValueRef = { readonly rate: number } | { readonly slot: number };

/** The expanded structure's links, with a generated function for the algebraic ones. */
export interface ElementaryStructure {
  readonly links: readonly ElementaryLink[];
  /** Where to read each node's value; `rate:S` from the rates array. */
  readonly valueRefs: ReadonlyMap<string, ValueRef>;
  /** Owner (user variable) of each node; `rate:S` belongs to S. */
  readonly ownerOf: ReadonlyMap<string, string>;
  /** Hidden nodes (made by the expander) and rate pseudo-nodes. */
  readonly internal: ReadonlySet<string>;
  /**
   * Writes to `out[j]` the value of link j's target re-evaluated with link j's source at its
   * current value (`v`) and everything else at its previous value (`w`, time `t`); only
   * algebraic links are written.
   */
  readonly partials: (
    v: Float64Array,
    w: Float64Array,
    p: Float64Array,
    t: number,
    dt: number,
    c: unknown,
    out: Float64Array,
  ) => void;
}

const rateId = (stock: string) => `rate:${stock}`;

function inputsOf(expr: Expr, valued: ReadonlyMap<string, ValueRef>): string[] {
  return [...references(expr)].filter((id) => valued.has(id));
}

/** Build the expanded structure of a compiled model. */
export function elementaryStructure(
  compiled: CompiledModel,
  functions: RuntimeFunctions = RUNTIME_FUNCTIONS,
): ElementaryStructure {
  expectCompiled("elementaryStructure", "compiled", compiled);
  expectOptions("elementaryStructure", functions, {}, "functions");
  const { nodes, slots, paramIndex, tableIndex, stocks } = compiled.structure;
  const valueRefs = new Map<string, ValueRef>();
  const ownerOf = new Map<string, string>();
  const internal = new Set<string>();
  const changing = (n: IrNode) => n.kind !== "param" && n.kind !== "static";
  for (const n of nodes) {
    if (!changing(n)) continue;
    valueRefs.set(n.id, { slot: slots.get(n.id)! });
    ownerOf.set(n.id, n.owner);
    if (n.hidden) internal.add(n.id);
  }
  stocks.forEach((s, i) => {
    valueRefs.set(rateId(s.id), { rate: i });
    ownerOf.set(rateId(s.id), s.owner);
    internal.add(rateId(s.id));
  });

  const links: ElementaryLink[] = [];
  const statements: string[] = [];
  const algebraic = (target: string, expr: Expr, wrap: (js: string) => string) => {
    for (const source of inputsOf(expr, valueRefs)) {
      const j = links.length;
      links.push({ from: source, to: target, kind: "algebraic" });
      const js = exprToJs(expr, {
        access: (id) => {
          if (id === source) return `v[${slots.get(id)}]`;
          const slot = slots.get(id);
          if (slot !== undefined) return `w[${slot}]`;
          return `p[${paramIndex.get(id)}]`;
        },
        table: (id) => tableIndex.get(id)!,
      });
      statements.push(`out[${j}] = ${wrap(js)};`);
    }
  };
  for (const n of nodes) {
    switch (n.kind) {
      case "aux": {
        const gf = n.gf ? tableIndex.get(n.id) : undefined;
        algebraic(n.id, n.expr, (js) => {
          const read = gf === undefined ? js : `F.lookup(g[${gf}], ${js})`;
          return n.nonNegative ? `F.max(0, ${read})` : read;
        });
        break;
      }
      case "stock":
        algebraic(rateId(n.id), n.rate, (js) => js);
        links.push({ from: rateId(n.id), to: n.id, kind: "integration" });
        break;
      case "memory":
        for (const source of inputsOf(n.update, valueRefs))
          links.push({ from: source, to: n.id, kind: "delay" });
        break;
      case "pipeline":
        for (const source of inputsOf(n.input, valueRefs))
          links.push({ from: source, to: n.id, kind: "delay" });
        break;
      case "param":
      case "static":
        break;
    }
  }
  const source = `"use strict";\n${chunked("partials", statements, "v, w, p, t, dt, c, out")}\nreturn partials;`;
  // Built only from slot numbers, numbers, operators and builtin names, like the run's own code.
  const partials = instantiate<ElementaryStructure["partials"]>(source, functions);
  return { links, valueRefs, ownerOf, internal, partials };
}
