/**
 * Structural checks of a stock-and-flow model that a schema cannot express: ids unique and
 * canonical, stocks naming flows that exist, graphical functions and sim specs well-formed, and
 * diagram elements naming variables that exist. Equations are checked later, by the compiler.
 */

import { expectModel } from "../diagnostics/check-argument.js";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { canonicalId, isCanonicalId } from "./canonical.js";
import { checkGraphicalFunction } from "./check-graphical-function.js";
import { checkSimSpecs } from "./check-sim-specs.js";
import { valueText } from "./object-path.js";
import type { Model, Variable } from "./types.js";

/** Every structural problem of `model`, each with its object path (`variables[3].outflows[0]`). */
export function checkModelStructure(model: Model): Diagnostic[] {
  expectModel("checkModelStructure", "model", model, ["stock-flow"]);
  const out: Diagnostic[] = [...checkSimSpecs(model.specs)];
  const byId = new Map<string, Variable>();
  model.variables.forEach((v, i) => {
    const path = `variables[${i}]`;
    if (!isCanonicalId(v.id)) {
      out.push({
        severity: "error",
        code: "non-canonical-id",
        message: `id "${v.id}" is not canonical`,
        path: `${path}.id`,
        value: valueText(v.id),
        hint: `use "${canonicalId(v.id)}" and keep "${v.id}" as the name`,
      });
    }
    if (byId.has(v.id)) {
      out.push({
        severity: "error",
        code: "duplicate-id",
        message: `duplicate id "${v.id}"`,
        variable: v.id,
        path: `${path}.id`,
        value: valueText(v.id),
      });
    } else {
      byId.set(v.id, v);
    }
    if ((v.kind === "flow" || v.kind === "aux" || v.kind === "lookup") && v.gf !== undefined) {
      out.push(...checkGraphicalFunction(v.gf, `${path}.gf`, v.id));
    }
  });
  model.variables.forEach((v, i) => {
    if (v.kind !== "stock") return;
    const seen = new Map<string, string>();
    for (const side of ["inflows", "outflows"] as const) {
      v[side].forEach((flowId, j) => {
        const before = seen.get(flowId);
        if (before !== undefined) {
          // Twice on one side counts twice (wrong); once on each side cancels (odd, allowed).
          const twice = before === side;
          out.push({
            severity: twice ? "error" : "warning",
            code: "repeated-flow",
            message: twice
              ? `stock "${v.id}" names flow "${flowId}" more than once; it would count twice`
              : `stock "${v.id}" names flow "${flowId}" as an inflow and an outflow; they cancel`,
            hint: "list each inflow and outflow once",
            variable: v.id,
            path: `variables[${i}].${side}[${j}]`,
            value: valueText(flowId),
          });
        }
        seen.set(flowId, side);
        const target = byId.get(flowId);
        if (target?.kind === "flow") return;
        out.push({
          severity: "error",
          code: "unknown-flow",
          message:
            target === undefined
              ? `stock "${v.id}" names flow "${flowId}", which does not exist`
              : `stock "${v.id}" names "${flowId}" in ${side}, which is a ${target.kind}, not a flow`,
          variable: v.id,
          path: `variables[${i}].${side}[${j}]`,
          value: valueText(flowId),
        });
      });
    }
  });
  out.push(...checkControlVariables(model, byId));
  out.push(...checkViewNames(model, byId));
  return out;
}

/** Control values set by variables must name scalar variables that have a value. */
function checkControlVariables(model: Model, byId: ReadonlyMap<string, Variable>): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const [field, id] of Object.entries(model.specs.control ?? {})) {
    if (id === undefined) continue;
    const v = byId.get(id);
    const problem =
      v === undefined
        ? "which does not exist"
        : v.kind === "lookup"
          ? "which is a lookup"
          : v.dims !== undefined && v.dims.length > 0
            ? "which is an array"
            : undefined;
    if (problem === undefined) continue;
    out.push({
      severity: "error",
      code: "bad-specs",
      message: `specs.control.${field} names "${id}", ${problem}; it must be a scalar variable`,
      path: `specs.control.${field}`,
      value: valueText(id),
    });
  }
  return out;
}

function checkViewNames(model: Model, byId: ReadonlyMap<string, Variable>): Diagnostic[] {
  const out: Diagnostic[] = [];
  model.view?.elements.forEach((element, i) => {
    const names: [string, string][] = [];
    switch (element.kind) {
      case "node":
        names.push(["variable", element.variable]);
        break;
      case "pipe":
      case "cloud":
        names.push(["flow", element.flow]);
        break;
      case "connector":
        names.push(["from", element.from], ["to", element.to]);
        break;
      default: {
        const unreachable: never = element;
        void unreachable;
      }
    }
    for (const [field, name] of names) {
      if (byId.has(name)) continue;
      out.push({
        severity: "warning",
        code: "unknown-name",
        message: `the view names "${name}", which is not a variable`,
        path: `view.elements[${i}].${field}`,
        value: valueText(name),
      });
    }
  });
  return out;
}
