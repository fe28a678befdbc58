/**
 * Write a stockflow {@link Model} as XMILE 1.0: header, sim_specs, one root model with its
 * variables and its view. Equations are parsed as stockflow text and printed in XMILE syntax
 * (builtins under their XMILE names and argument order); names are the display names when
 * they map back to the same ids, otherwise the ids. A model read from XMILE and written back
 * reads into an equal model. Labels and model `source` are not written.
 */

import { expectModel, expectOptions } from "../../diagnostics/check-argument.js";
import type { Diagnostic } from "../../diagnostics/diagnostic.js";
import { ModelError } from "../../diagnostics/errors.js";
import { equationScope } from "../../expr/equation-scope.js";
import { parseEquation } from "../../expr/parse-equation.js";
import type { Expr } from "../../expr/types.js";
import type { GraphicalFunction, Model, Variable } from "../../model/types.js";
import { printXmileExpr, type XmilePrintScope } from "./print-xmile-expr.js";
import {
  writeArrayBody,
  writeXmileDimensions,
  type XmileArrayNames,
  xmileArrayNames,
} from "./write-xmile-arrays.js";
import { writeXmileView } from "./write-xmile-view.js";
import { xmileFunction } from "./xmile-functions.js";
import { withoutLookupModes } from "./xmile-lookup-modes.js";
import {
  encodeXmileName,
  idToXmileName,
  xmileNameInEquation,
  xmileNameToId,
} from "./xmile-names.js";
import { escapeXml, escapeXmlText } from "./xml-text.js";

/** Options of {@link writeXmile}. */
export interface WriteXmileOptions {
  /** Written in the header's `<vendor>`. */
  readonly vendor?: string;
}

const DEFAULTS: Required<WriteXmileOptions> = { vendor: "stockflow" };

/**
 * The XMILE text of a model; throws {@link ModelError} when an equation does not parse or a
 * control value is set by a variable (`specs.control`), which XMILE cannot hold.
 */
export function writeXmile(model: Model, options: WriteXmileOptions = {}): string {
  expectModel("writeXmile", "model", model, ["stock-flow"]);
  expectOptions("writeXmile", options, { vendor: "string" });
  const { vendor } = { ...DEFAULTS, ...options };
  const byId = new Map(model.variables.map((v) => [v.id, v]));
  const nameOf = (id: string): string => {
    const v = byId.get(id);
    return v === undefined ? idToXmileName(id) : xmileNameOfVariable(v);
  };
  const isBuiltin = (w: string) => xmileFunction(w) !== undefined;
  const arrays = xmileArrayNames(model, isBuiltin);
  const printScope: XmilePrintScope = {
    nameOf: (id) => xmileNameInEquation(nameOf(id), isBuiltin),
    shadows: (word) => byId.has(word),
    subscriptText: arrays.subscriptText,
  };
  const scope = { ...equationScope(model.variables), subscriptKind: arrays.subscriptKind };
  const problems: Diagnostic[] = [];
  // XMILE's sim_specs hold numbers: a control value set by a variable cannot be written.
  for (const [field, id] of Object.entries(model.specs.control ?? {})) {
    problems.push({
      severity: "error",
      code: "unsupported",
      message: `unsupported: XMILE sim_specs hold numbers, but specs.control.${field} is set by the variable "${id}"`,
      path: `specs.control.${field}`,
      value: String(id),
    });
  }
  const equation = (v: Variable, text: string): string => {
    const parsed = parseEquation(text, scope);
    if (parsed.expr === undefined) {
      problems.push(...parsed.diagnostics.map((d) => ({ ...d, variable: v.id })));
      return "";
    }
    const written = withoutLookupModes(parsed.expr as Expr, (id) => {
      const table = byId.get(id);
      return table?.kind === "lookup" ? table.gf.type : undefined;
    });
    if ("unwritable" in written) {
      problems.push({
        severity: "error",
        code: "unsupported",
        message: `XMILE cannot express ${written.unwritable}: its graphical functions read only by interpolation, extrapolation or steps of their own type`,
        variable: v.id,
        value: text,
      });
      return "";
    }
    const dims = v.dims ?? [];
    return printXmileExpr(written.expr, {
      ...printScope,
      subscriptText: (sub, id, i) => arrays.subscriptText(sub, id, i, dims),
    });
  };

  const out: string[] = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<xmile version="1.0" xmlns="http://docs.oasis-open.org/xmile/ns/XMILE/v1.0" xmlns:isee="http://iseesystems.com/XMILE">',
    "  <header>",
    ...(model.name !== undefined ? [`    <name>${escapeXml(model.name)}</name>`] : []),
    `    <vendor>${escapeXml(vendor)}</vendor>`,
    `    <product lang="en">${escapeXml(vendor)}</product>`,
    "  </header>",
    simSpecs(model),
    ...modelUnits(model),
    ...writeXmileDimensions(model, arrays),
    "  <model>",
    ...(model.doc !== undefined ? [`    <doc>${escapeXml(model.doc)}</doc>`] : []),
    "    <variables>",
  ];
  for (const v of model.variables) out.push(...variable(v, nameOf, equation, arrays));
  out.push("    </variables>");
  if (model.view !== undefined) out.push(...writeXmileView(model.view, byId, nameOf));
  out.push("  </model>", "</xmile>", "");
  if (problems.length > 0) throw new ModelError(problems, "cannot write xmile");
  return out.join("\n");
}

/** The XMILE name of a variable: its display name when that maps back to its id. */
export function xmileNameOfVariable(v: Variable): string {
  return v.name !== undefined && xmileNameToId(v.name) === v.id ? v.name : idToXmileName(v.id);
}

function modelUnits(model: Model): string[] {
  if (model.units === undefined || model.units.length === 0) return [];
  return [
    "  <model_units>",
    ...model.units.flatMap((u) => [
      `    <unit name="${escapeXml(encodeXmileName(u.name))}">`,
      ...(u.equation !== undefined ? [`      <eqn>${escapeXml(u.equation)}</eqn>`] : []),
      ...(u.aliases ?? []).map((a) => `      <alias>${escapeXml(a)}</alias>`),
      "    </unit>",
    ]),
    "  </model_units>",
  ];
}

function simSpecs(model: Model): string {
  const s = model.specs;
  const attrs = [
    ...(s.method !== undefined ? [`method="${s.method}"`] : []),
    ...(s.timeUnits !== undefined ? [`time_units="${escapeXml(s.timeUnits)}"`] : []),
    ...(s.saveper !== undefined ? [`isee:save_interval="${s.saveper}"`] : []),
  ];
  return [
    `  <sim_specs${attrs.map((a) => ` ${a}`).join("")}>`,
    `    <start>${s.start}</start>`,
    `    <stop>${s.stop}</stop>`,
    `    <dt>${s.dt}</dt>`,
    "  </sim_specs>",
  ].join("\n");
}

function variable(
  v: Variable,
  nameOf: (id: string) => string,
  equation: (v: Variable, text: string) => string,
  arrays: XmileArrayNames,
): string[] {
  const ref = (id: string) => escapeXml(encodeXmileName(nameOf(id)).replace(/ /g, "_"));
  const tag = { stock: "stock", flow: "flow", aux: "aux", constant: "aux", lookup: "gf" }[v.kind];
  const body: string[] = [];
  if (v.doc !== undefined) body.push(`<doc>${escapeXml(v.doc)}</doc>`);
  const arrayed = (v.dims?.length ?? 0) > 0 && v.kind !== "lookup";
  const eqn = (text: string) => `<eqn>${escapeXmlText(equation(v, text))}</eqn>`;
  if (arrayed) body.push(...writeArrayBody(v, arrays, (text) => equation(v, text)));
  switch (v.kind) {
    case "stock":
      if (!arrayed) body.push(eqn(v.initial));
      for (const f of v.inflows) body.push(`<inflow>${ref(f)}</inflow>`);
      for (const f of v.outflows) body.push(`<outflow>${ref(f)}</outflow>`);
      if (v.nonNegative) body.push("<non_negative/>");
      break;
    case "flow":
      if (!arrayed) body.push(eqn(v.equation));
      if (v.gf !== undefined) body.push(...gf(v.gf));
      if (v.nonNegative) body.push("<non_negative/>");
      break;
    case "aux":
      if (!arrayed) body.push(eqn(v.equation));
      if (v.gf !== undefined) body.push(...gf(v.gf));
      break;
    case "constant":
      if (!arrayed) body.push(`<eqn>${v.value}</eqn>`);
      break;
    case "lookup":
      body.push(
        ...gf(v.gf)
          .slice(1, -1)
          .map((line) => line.trim()),
      );
      break;
  }
  if (v.units !== undefined) body.push(`<units>${escapeXml(v.units)}</units>`);
  const open = `      <${tag} name="${escapeXml(encodeXmileName(nameOf(v.id)))}"`;
  const typeAttr = v.kind === "lookup" && v.gf.type !== undefined ? ` type="${v.gf.type}"` : "";
  return [`${open}${typeAttr}>`, ...body.map((line) => `        ${line}`), `      </${tag}>`];
}

function gf(g: GraphicalFunction): string[] {
  const list = (values: readonly number[]) => values.map(String).join(",");
  return [
    `<gf${g.type !== undefined ? ` type="${g.type}"` : ""}>`,
    ...(g.xscale !== undefined ? [`  <xscale min="${g.xscale.min}" max="${g.xscale.max}"/>`] : []),
    ...(g.yscale !== undefined ? [`  <yscale min="${g.yscale.min}" max="${g.yscale.max}"/>`] : []),
    ...(g.x !== undefined ? [`  <xpts>${list(g.x)}</xpts>`] : []),
    `  <ypts>${list(g.y)}</ypts>`,
    "</gf>",
  ];
}
