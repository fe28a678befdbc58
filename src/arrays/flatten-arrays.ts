/**
 * Arrays compile to flat models: every element of an arrayed variable becomes an ordinary
 * variable (`pop[north]`, id `pop_north`), its equation instantiated for that element, in
 * row-major order so that the elements take contiguous slots. Everything after this stage —
 * expansion, ordering, code generation, analysis — knows only scalars, and an arrayed model runs
 * as fast as the same model written element by element.
 */
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { ModelError } from "../diagnostics/errors.js";
import { checkLimit } from "../diagnostics/limits.js";
import { equationScope } from "../expr/equation-scope.js";
import { parseEquation } from "../expr/parse-equation.js";
import { printExpr } from "../expr/print-expr.js";
import { canonicalId, displayName } from "../model/canonical.js";
import type { Model, Variable } from "../model/types.js";
import { cartesian, isArrayValue, type SubstitutionContext } from "./array-value.js";
import { dimensionTable } from "./dimension-table.js";
import { substituteSubscripts } from "./substitute-subscripts.js";

/** True when the model has arrays to flatten. */
export function hasArrays(model: Model): boolean {
  return (
    (model.dimensions?.length ?? 0) > 0 || model.variables.some((v) => (v.dims?.length ?? 0) > 0)
  );
}

/** The flat model of an arrayed model. Throws a ModelError with every problem found. */
export function flattenArrays(model: Model): Model {
  if (!hasArrays(model)) return model;
  const diagnostics: Diagnostic[] = [];
  const table = dimensionTable(model, diagnostics);
  const arrayed = new Map<string, readonly string[]>();
  for (const v of model.variables) {
    if (!v.dims || v.dims.length === 0) continue;
    for (const d of v.dims) {
      if (!table.dims.has(d)) {
        diagnostics.push({
          severity: "error",
          code: "unknown-dimension",
          message: `unknown dimension ${d}`,
          variable: v.id,
          value: d,
        });
      }
    }
    arrayed.set(v.id, v.dims);
  }
  if (diagnostics.length > 0) throw new ModelError(diagnostics);
  // Count the elements before making any: three nested ranges of 1,000 would be a billion.
  let total = 0;
  for (const [id, dims] of arrayed) {
    const count = dims.reduce((n, d) => n * table.elementsOf(d).length, 1);
    checkLimit("arrayElements", count, `variable ${id}`);
    total += count;
  }
  checkLimit("arrayElements", total, "all array variables");

  // Flat ids: the canonical form of `id[e1,e2]`, kept unique.
  const taken = new Set(model.variables.map((v) => v.id));
  const flat = new Map<string, string>();
  const flatId = (id: string, elements: readonly string[]): string => {
    const key = `${id}[${elements.join(",")}]`;
    let made = flat.get(key);
    if (made === undefined) {
      made = canonicalId(key);
      for (let n = 2; taken.has(made); n++) made = canonicalId(`${key}_${n}`);
      taken.add(made);
      flat.set(key, made);
    }
    return made;
  };
  const elementName = (dim: string, element: string): string => {
    const d = table.dims.get(dim)!;
    return d.elementNames?.[d.elements.indexOf(element)] ?? element;
  };

  const base = equationScope(model.variables);
  const scope = {
    ...base,
    subscriptKind: (id: string) =>
      table.dims.has(id) ? "dimension" : table.elements.has(id) ? "element" : undefined,
  } as const;
  let current = "";
  const ctx: SubstitutionContext = {
    table,
    arrayed,
    flatId,
    report: (d) => diagnostics.push({ severity: "error", variable: current, ...d }),
  };
  const parses = new Map<string, ReturnType<typeof parseEquation>>();
  const instantiate = (
    text: string,
    binding: ReadonlyMap<string, string>,
    where: string,
  ): string => {
    let parsed = parses.get(text);
    if (!parsed) {
      parses.set(text, (parsed = parseEquation(text, scope)));
      for (const d of parsed.diagnostics)
        diagnostics.push({ ...d, variable: current, path: where });
    }
    if (!parsed.expr) return "0";
    const value = substituteSubscripts(parsed.expr, binding, ctx);
    if (isArrayValue(value)) {
      ctx.report({
        code: "array-where-number",
        message:
          "an array where a number is needed (add a subscript or an array builtin such as sum)",
        path: where,
      });
      return "0";
    }
    return printExpr(value as never);
  };

  const variables: Variable[] = [];
  for (const v of model.variables) {
    current = v.id;
    const dims = arrayed.get(v.id);
    if (dims === undefined) {
      variables.push(flattenScalar(v, instantiate));
      continue;
    }
    if (v.kind === "lookup") {
      ctx.report({
        code: "unsupported",
        message: "unsupported: arrayed graphical functions (lookups)",
      });
      continue;
    }
    const lists = dims.map((d) => table.elementsOf(d));
    const cells = cartesian(lists);
    // An equation given for an element the dimensions lack would silently be dropped.
    const keys = new Set(cells.map((elements) => elements.join(",")));
    const given =
      v.kind === "stock" ? v.initialElements : v.kind === "constant" ? undefined : v.elements;
    for (const key of Object.keys(given ?? {})) {
      if (keys.has(key)) continue;
      ctx.report({
        code: "unknown-element",
        message: `${v.kind === "stock" ? "initialElements" : "elements"} names [${key}], which is not an element of ${dims.join(" × ")}`,
        value: key,
        hint: `elements are written as ${[...keys].slice(0, 3).join(" | ")}`,
      });
    }
    cells.forEach((elements, index) => {
      const binding = new Map(dims.map((d, i) => [d, elements[i]!]));
      const key = elements.join(",");
      const id = flatId(v.id, elements);
      const name = `${displayName(v)}[${elements.map((e, i) => elementName(dims[i]!, e)).join(",")}]`;
      const { dims: _dims, ...rest } = v;
      const common = { ...rest, id, name };
      switch (v.kind) {
        case "constant":
          variables.push({
            ...common,
            kind: "constant",
            value: v.values?.[index] ?? v.value,
          } as Variable);
          break;
        case "aux":
        case "flow": {
          const { elements: _elements, ...own } = common as typeof common & { elements?: unknown };
          const text = v.elements?.[key] ?? v.equation;
          variables.push({
            ...own,
            equation: instantiate(text, binding, `equation[${key}]`),
          } as Variable);
          break;
        }
        case "stock": {
          const { initialElements: _initial, ...own } = common as typeof common & {
            initialElements?: unknown;
          };
          const flowAt = (f: string): string => {
            const fd = arrayed.get(f);
            if (!fd) return f;
            const at = fd.map((d) => table.bind(d, binding));
            if (at.some((e) => e === undefined)) {
              ctx.report({
                code: "unsupported",
                message: `unsupported: flow ${f} has dimensions the stock does not`,
                value: f,
              });
              return f;
            }
            return flatId(f, at as string[]);
          };
          const text = v.initialElements?.[key] ?? v.initial;
          variables.push({
            ...own,
            initial: instantiate(text, binding, `initial[${key}]`),
            inflows: v.inflows.map(flowAt),
            outflows: v.outflows.map(flowAt),
          } as Variable);
          break;
        }
      }
    });
  }
  if (diagnostics.some((d) => d.severity === "error")) throw new ModelError(diagnostics);
  const { dimensions: _dimensions, view: _view, ...rest } = model;
  return { ...rest, variables };
}

/** A scalar variable whose equations may still read elements of arrays. */
function flattenScalar(
  v: Variable,
  instantiate: (text: string, binding: ReadonlyMap<string, string>, where: string) => string,
): Variable {
  const none = new Map<string, string>();
  switch (v.kind) {
    case "aux":
    case "flow":
      return { ...v, equation: instantiate(v.equation, none, "equation") };
    case "stock":
      return { ...v, initial: instantiate(v.initial, none, "initial") };
    case "constant":
    case "lookup":
      return v;
  }
}
