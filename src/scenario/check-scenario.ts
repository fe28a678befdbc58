/**
 * A scenario checked against its model before anything runs: every name exists and is of a kind
 * the scenario may change, every time lies within the run, every number is usable. Diagnostics
 * carry the object path (`measures[1].from`) so that a file reader can add line and column.
 */

import { expectModel, expectObject } from "../diagnostics/check-argument.js";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { checkGraphicalFunction } from "../model/check-graphical-function.js";
import type { Model } from "../model/types.js";
import { unknownVariable, variableResolver } from "./resolve-variable.js";
import type { Scenario } from "./scenario.js";
import { scenarioModel } from "./scenario-model.js";

const error = (code: string, message: string, path: string, value: unknown): Diagnostic => ({
  severity: "error",
  code,
  message,
  path,
  value: String(value),
});

/** Every problem of `scenario` as a scenario of `model`; empty when it can run. */
export function checkScenario(source: Model, scenario: Scenario): Diagnostic[] {
  expectModel("checkScenario", "source", source, ["stock-flow"]);
  expectObject("checkScenario", "scenario", scenario);
  // Names of single elements of arrays (`victims[sexual]`) and of whole arrays are both fine.
  const model = scenarioModel(source).names;
  const out: Diagnostic[] = [];
  const resolve = variableResolver(model);
  const { start, stop } = model.specs;
  const constants = model.variables.filter((v) => v.kind === "constant");
  for (const [name, value] of Object.entries(scenario.set ?? {})) {
    const v = resolve(name);
    const path = `set[${JSON.stringify(name)}]`.replace(/^set\["([A-Za-z_]\w*)"\]$/, "set.$1");
    if (v === undefined) out.push(unknownVariable(model, name, path, "constant", constants));
    else if (v.kind !== "constant")
      out.push(error("not-a-constant", `${v.id} is a ${v.kind}, not a constant`, path, name));
    else if (!Number.isFinite(value))
      out.push(error("bad-value", `${v.id} must be a finite number`, path, value));
  }
  for (const [name, gf] of Object.entries(scenario.tables ?? {})) {
    const v = resolve(name);
    const path = `tables.${name}`;
    const withTable = model.variables.filter((x) => x.kind === "lookup" || "gf" in x);
    if (v === undefined)
      out.push(unknownVariable(model, name, path, "graphical function", withTable));
    else if (!(v.kind === "lookup" || ("gf" in v && v.gf !== undefined)))
      out.push(error("no-table", `${v.id} has no graphical function`, path, name));
    else out.push(...checkGraphicalFunction(gf, path, v.id).filter((d) => d.severity === "error"));
  }
  (scenario.measures ?? []).forEach((m, i) => {
    const at = `measures[${i}]`;
    const v = resolve(m.variable);
    if (v === undefined) out.push(unknownVariable(model, m.variable, `${at}.variable`));
    else if (v.kind === "stock" || v.kind === "lookup")
      out.push(
        error(
          "not-measurable",
          `a measure cannot change the ${v.kind} ${v.id}`,
          `${at}.variable`,
          m.variable,
        ),
      );
    const size = Object.values(m.change)[0];
    if (typeof size !== "number" || !Number.isFinite(size))
      out.push(error("bad-value", "the change must be a finite number", `${at}.change`, size));
    if (!Number.isFinite(m.from) || m.from < start || m.from > stop)
      out.push(
        error(
          "time-outside-run",
          `from ${m.from} is outside the run ${start}..${stop}`,
          `${at}.from`,
          m.from,
        ),
      );
    if (m.ramp !== undefined && !(m.ramp >= 0 && Number.isFinite(m.ramp)))
      out.push(error("bad-value", "ramp must be a duration of 0 or more", `${at}.ramp`, m.ramp));
    if (m.until !== undefined && !(m.until > m.from))
      out.push(
        error("bad-value", `until ${m.until} is not after from ${m.from}`, `${at}.until`, m.until),
      );
    else if (m.until !== undefined && m.until > stop)
      out.push(
        error(
          "time-outside-run",
          `until ${m.until} is outside the run ${start}..${stop}`,
          `${at}.until`,
          m.until,
        ),
      );
  });
  return out;
}
