/**
 * Read an XMILE 1.0 file (or a Stella `.stmx`, including the older Stella dialect) into a
 * stockflow {@link Model}. See `docs/formats.md` for what is supported.
 *
 * The root `<model>` is the one without a `name` (else the first); the other `<model>`s are
 * submodels, flattened where a `<module>` instantiates them. Every problem is collected as a
 * located diagnostic; {@link readXmile} throws them all at once in a {@link ModelError}.
 */

import { expectOptions, expectString } from "../../diagnostics/check-argument.js";
import type { Diagnostic } from "../../diagnostics/diagnostic.js";
import { ModelError } from "../../diagnostics/errors.js";
import { printExpr } from "../../expr/print-expr.js";
import { canonicalId } from "../../model/canonical.js";
import type { Dimension, Model, SimSpecs, Variable } from "../../model/types.js";
import { elementTableId } from "./build-arrayed-variable.js";
import { buildVariable, readNonNegative, type XmileBehavior } from "./build-variable.js";
import { collectVariables, type RawVariable, resolveXmileName } from "./collect-variables.js";
import { findTableUses } from "./find-table-uses.js";
import type { XmileExprScope } from "./parse-xmile-expr.js";
import { applyConveyors, markDrivenFlows } from "./read-conveyors.js";
import { readDimensions } from "./read-dimensions.js";
import { readModelUnits } from "./read-model-units.js";
import { readSimSpecs } from "./read-sim-specs.js";
import { readView } from "./read-view.js";
import { parseSafeXml, type SafeXmlOptions, type XmlDocument } from "./safe-xml.js";
import { XmileContext } from "./xmile-context.js";
import { readXmileMacros, type XmileMacros } from "./xmile-macros.js";
import { decodeXmileName, xmileNameToId } from "./xmile-names.js";
import { child, childrenNamed, childText, isPrefixed, type XmlElement } from "./xml-element.js";

/** Options of {@link readXmile}. */
export type ReadXmileOptions = SafeXmlOptions;

/** A model read from XMILE with its warnings, or the errors that stopped it. */
export interface XmileReading {
  /** Undefined when there are errors. */
  readonly model?: Model;
  readonly diagnostics: readonly Diagnostic[];
}

const TOP_LEVEL = new Set([
  "header",
  "sim_specs",
  "model_units",
  "dimensions",
  "behavior",
  "style",
  "data",
  "macro",
  "model",
  "equation_prefs",
]);

/** Read XMILE text; throws {@link ModelError} with every error found. */
export function readXmile(text: string, options: ReadXmileOptions = {}): Model {
  expectString("readXmile", "text", text);
  expectOptions("readXmile", options, { file: "string", maxChars: "number", maxDepth: "number" });
  const reading = readXmileWithDiagnostics(text, options);
  if (reading.model === undefined) {
    const where = options.file !== undefined ? ` ${options.file}` : "";
    throw new ModelError(reading.diagnostics, `cannot read xmile${where}`);
  }
  return reading.model;
}

/** Read XMILE text, returning the model (when there are no errors) and all diagnostics. */
export function readXmileWithDiagnostics(
  text: string,
  options: ReadXmileOptions = {},
): XmileReading {
  expectString("readXmileWithDiagnostics", "text", text);
  expectOptions("readXmileWithDiagnostics", options, {
    file: "string",
    maxChars: "number",
    maxDepth: "number",
  });
  let doc: XmlDocument;
  try {
    doc = parseSafeXml(text, options);
  } catch (error) {
    if (error instanceof ModelError) return { diagnostics: error.diagnostics };
    throw error;
  }
  const ctx = new XmileContext(doc, text);
  const root = doc.root;
  if (root.name !== "xmile") {
    ctx.error("not-xmile", `root element is <${root.name}>, not <xmile>`, {
      path: root.name,
      element: root,
    });
    return { diagnostics: ctx.diagnostics };
  }
  for (const el of root.children) {
    if (!TOP_LEVEL.has(el.name) && !isPrefixed(el)) {
      ctx.warning("unknown-element", `unknown element <${el.name}> ignored`, {
        path: `xmile/${el.name}`,
        element: el,
      });
    }
  }
  const macros = readXmileMacros(root, ctx);
  const models = childrenNamed(root, "model");
  const main = models.find((m) => m.attrs.name === undefined) ?? models[0];
  if (main === undefined) {
    ctx.error("missing-element", "missing <model>", { path: "xmile", element: root });
    return { diagnostics: ctx.diagnostics };
  }
  const submodels = new Map(
    models
      .filter((m) => m !== main && m.attrs.name !== undefined)
      .map((m) => [xmileNameToId(decodeXmileName(m.attrs.name!)), m]),
  );
  const specs = readSimSpecs(child(root, "sim_specs"), ctx);
  const behavior = readBehavior(child(root, "behavior"));
  const dimensions = [...readDimensions(child(root, "dimensions"), ctx)];
  const units = readModelUnits(child(root, "model_units"), ctx);
  const raws = collectVariables(main, submodels, ctx);
  const ranges: Dimension[] = [];
  const variables = buildAll(raws, behavior, dimensions, macros, ctx, ranges);
  dimensions.push(...ranges);

  const headerName = childText(child(root, "header") ?? root, "name");
  const modelDoc = childText(main, "doc");
  const view = readView(main, variables);
  const model: Model = {
    kind: "stock-flow",
    ...(dimensions.length > 0 ? { dimensions } : {}),
    ...(headerName ? { name: headerName } : {}),
    ...(modelDoc ? { doc: modelDoc } : {}),
    specs: withSavePeriod(specs, variables),
    ...(units.length > 0 ? { units } : {}),
    variables,
    ...(view !== undefined ? { view } : {}),
    ...(options.file !== undefined ? { source: options.file } : {}),
  };
  const failed = ctx.diagnostics.some((d) => d.severity === "error");
  return failed ? { diagnostics: ctx.diagnostics } : { model, diagnostics: ctx.diagnostics };
}

function buildAll(
  collected: readonly RawVariable[],
  behavior: XmileBehavior,
  dimensions: readonly Dimension[],
  macros: XmileMacros,
  ctx: XmileContext,
  ranges: Dimension[],
) {
  let raws = collected;
  const dimTable = new Map(dimensions.map((d) => [d.id, d]));
  // A range subscript (`a[1:3]`) reads a subrange of its dimension, made once per range.
  const rangeDimension = (parent: Dimension, from: number, to: number): string => {
    const elements = parent.elements.slice(from, to + 1);
    const base = `${parent.id}_${from + 1}_to_${to + 1}`;
    let id = base;
    for (let n = 2; dimTable.has(id); n++) {
      if (dimTable.get(id)!.elements.join(",") === elements.join(",")) return id;
      id = `${base}_${n}`;
    }
    const names = parent.elementNames?.slice(from, to + 1);
    const range: Dimension = {
      id,
      name: `${parent.name ?? parent.id} ${from + 1} to ${to + 1}`,
      elements,
      ...(names !== undefined ? { elementNames: names } : {}),
      parent: parent.id,
    };
    dimTable.set(id, range);
    ranges.push(range);
    return id;
  };
  const dimsOf = new Map<string, string[]>();
  const ids = new Set(collected.map((r) => r.id));
  const flat = flatModuleIds(raws);
  const resolve = (name: string, prefix: string) =>
    flat(resolveXmileName(name, prefix, (id) => ids.has(id)));
  raws = raws.map((r) => ({
    ...r,
    id: flat(r.id),
    ...(r.connectedFrom !== undefined ? { connectedFrom: flat(r.connectedFrom) } : {}),
  }));
  const tables = findTableUses(raws, resolve);
  const kinds = new Map<string, "value" | "lookup">();
  const arrayedTables = new Set<string>();
  for (const raw of raws) {
    if (tables.has(raw.id) && raw.connectedFrom === undefined) raw.asTable = true;
    if (kinds.has(raw.id)) {
      ctx.error("duplicate-name", `two variables have the id ${raw.id}`, {
        path: raw.path,
        element: raw.element,
        variable: raw.id,
        value: raw.name,
      });
    }
    kinds.set(raw.id, isLookup(raw) ? "lookup" : "value");
    if (raw.asTable === true && child(raw.element, "dimensions") !== undefined) {
      arrayedTables.add(raw.id);
    }
    const dims = child(raw.element, "dimensions");
    if (dims !== undefined && raw.connectedFrom === undefined) {
      const names = childrenNamed(dims, "dim").map((d) => decodeXmileName(d.attrs.name ?? ""));
      if (names.length > 0) dimsOf.set(raw.id, names.map(xmileNameToId));
    }
  }
  const scopes = new Map<string, XmileExprScope>();
  const scopeOf = (prefix: string): XmileExprScope => {
    let scope = scopes.get(prefix);
    if (scope === undefined) {
      scope = {
        resolve: (name) => resolve(name, prefix),
        kindOf: (id) => kinds.get(id),
        dimsOf: (id) => dimsOf.get(id),
        dimensions: dimTable,
        macros,
        elementTable: (id, elements) =>
          arrayedTables.has(id) ? elementTableId(id, elements) : undefined,
        rangeDimension,
      };
      scopes.set(prefix, scope);
    }
    return scope;
  };
  for (const prefix of new Set(raws.map((r) => r.prefix)))
    markDrivenFlows(
      raws.filter((r) => r.prefix === prefix),
      scopeOf,
    );
  const variables: Variable[] = [];
  for (const raw of raws) {
    const built = buildVariable(raw, scopeOf(raw.prefix), behavior, printExpr, ctx);
    if (built !== undefined) variables.push(...built);
  }
  return applyConveyors(variables, { raws, scopeOf, print: printExpr, ctx });
}

/**
 * The ids of flattened module variables: `tank__k` (how modules are resolved while reading) is
 * not a canonical id, so each becomes its canonical form `tank_k`, with `_2`, `_3` … added when
 * a variable of the model already has that id. Top-level ids stay as they are.
 */
function flatModuleIds(raws: readonly RawVariable[]): (id: string) => string {
  const taken = new Set(raws.filter((r) => !r.id.includes("__")).map((r) => r.id));
  const renamed = new Map<string, string>();
  for (const r of raws) {
    if (!r.id.includes("__") || renamed.has(r.id)) continue;
    const base = canonicalId(r.id);
    let id = base;
    for (let n = 2; taken.has(id); n += 1) id = `${base}_${n}`;
    taken.add(id);
    renamed.set(r.id, id);
  }
  return (id) => renamed.get(id) ?? id;
}

function isLookup(raw: RawVariable): boolean {
  // An arrayed graphical function stays a value; its elements' lookups serve LOOKUP calls.
  if (raw.tag === "gf") return true;
  if (child(raw.element, "dimensions") !== undefined) return false;
  if (raw.asTable === true) return true;
  if (raw.tag !== "aux" || raw.connectedFrom !== undefined) return false;
  const eqn = child(raw.element, "eqn");
  return child(raw.element, "gf") !== undefined && (eqn === undefined || eqn.text.trim() === "");
}

/** `<behavior>`: `<non_negative/>` for all, or inside `<stock>`/`<flow>` for one kind. */
function readBehavior(el: XmlElement | undefined): XmileBehavior {
  if (el === undefined) return { stock: false, flow: false };
  const all = readNonNegative(el) ?? false;
  const of = (tag: string) => {
    const section = child(el, tag);
    return section === undefined ? all : (readNonNegative(section) ?? all);
  };
  return { stock: of("stock"), flow: of("flow") };
}

/**
 * xmutil keeps Vensim's SAVEPER as a variable instead of a save period in `<sim_specs>`: when
 * the file gives none, a constant `saveper` that is a whole number of steps becomes the period.
 */
function withSavePeriod(specs: SimSpecs, variables: readonly Variable[]): SimSpecs {
  if (specs.saveper !== undefined) return specs;
  const saveper = variables.find((v) => v.id === "saveper");
  if (saveper?.kind !== "constant" || !(saveper.value > 0)) return specs;
  const steps = saveper.value / specs.dt;
  return Math.abs(steps - Math.round(steps)) < 1e-9 && steps >= 1
    ? { ...specs, saveper: saveper.value }
    : specs;
}
