/**
 * Reading reality checks from YAML or JSON: `checks:` is a list of `{ name, given?, expect }`
 * where `expect` names a variable and exactly one of `falls_to` (with `within`), `never_below`,
 * `never_above`, `always_between: [lo, hi]`, `rises: true` or `falls: true`. Problems are
 * located (file, line, column, path), and checked against the model when it is given.
 */
import { z } from "zod";
import { expectOptions, expectString } from "../diagnostics/check-argument.js";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { ModelError } from "../diagnostics/errors.js";
import { locateDiagnostics, parseLocatedText } from "../io/located-text.js";
import { schemaDiagnostics } from "../model/schema-diagnostics.js";
import type { Model } from "../model/types.js";
import { checkScenario } from "../scenario/check-scenario.js";
import { unknownVariable, variableResolver } from "../scenario/resolve-variable.js";
import { scenarioModel } from "../scenario/scenario-model.js";
import { measureSchema } from "../scenario/scenario-schema.js";
import type { Expectation, RealityCheck } from "./reality-check.js";
import { checkScenarioOf } from "./run-reality-checks.js";

const num = z.number();
const window = { variable: z.string(), from: num.optional(), until: num.optional() };
const expectSchema = z.union([
  z.strictObject({ ...window, falls_to: num, within: num, tolerance: num.optional() }),
  z.strictObject({ ...window, never_below: num }),
  z.strictObject({ ...window, never_above: num }),
  z.strictObject({ ...window, always_between: z.tuple([num, num]) }),
  z.strictObject({ ...window, rises: z.literal(true) }),
  z.strictObject({ ...window, falls: z.literal(true) }),
]);

/** The schema of a reality-check file. */
export const realityChecksSchema = z.strictObject({
  stockflow: z.literal(1).optional(),
  kind: z.literal("reality-checks").optional(),
  checks: z.array(
    z.strictObject({
      name: z.string(),
      given: z
        .strictObject({
          set: z.record(z.string(), num).optional(),
          from: num.optional(),
          measures: z.array(measureSchema).optional(),
        })
        .optional(),
      expect: expectSchema,
    }),
  ),
});

function expectation(e: z.infer<typeof expectSchema>): Expectation {
  const { variable, from, until } = e;
  const w = {
    variable,
    ...(from !== undefined ? { from } : {}),
    ...(until !== undefined ? { until } : {}),
  };
  if ("falls_to" in e)
    return {
      ...w,
      kind: "falls_to",
      value: e.falls_to,
      within: e.within,
      ...(e.tolerance !== undefined ? { tolerance: e.tolerance } : {}),
    };
  if ("never_below" in e) return { ...w, kind: "never_below", value: e.never_below };
  if ("never_above" in e) return { ...w, kind: "never_above", value: e.never_above };
  if ("always_between" in e)
    return { ...w, kind: "always_between", lo: e.always_between[0], hi: e.always_between[1] };
  return { ...w, kind: "rises" in e ? "rises" : "falls" };
}

/** Read reality checks from text. Throws a ModelError with every located problem. */
export function readRealityChecks(
  text: string,
  options: { file?: string; model?: Model } = {},
): RealityCheck[] {
  expectString("readRealityChecks", "text", text);
  expectOptions("readRealityChecks", options, { file: "string", model: "object" });
  const located = parseLocatedText(text, options.file !== undefined ? { file: options.file } : {});
  const fail = (ds: readonly Diagnostic[]): never => {
    throw new ModelError(
      locateDiagnostics(ds, located),
      `reality checks ${options.file ?? ""}`.trim(),
    );
  };
  if (located.diagnostics.some((d) => d.severity === "error")) fail(located.diagnostics);
  const parsed = realityChecksSchema.safeParse(located.value);
  if (!parsed.success)
    fail(schemaDiagnostics(parsed.error.issues, located.value, realityChecksSchema));
  const checks: RealityCheck[] = parsed.data!.checks.map((c) => ({
    name: c.name,
    ...(c.given !== undefined ? { given: c.given } : {}),
    expect: expectation(c.expect),
  }));
  const model = options.model;
  if (model !== undefined) {
    const resolve = variableResolver(scenarioModel(model).flat);
    const problems = checks.flatMap((check, i) => {
      const at = `checks[${i}]`;
      const out: Diagnostic[] = [];
      if (resolve(check.expect.variable) === undefined)
        out.push(
          unknownVariable(
            scenarioModel(model).flat,
            check.expect.variable,
            `${at}.expect.variable`,
          ),
        );
      const given = check.given ?? {};
      for (const d of checkScenario(model, checkScenarioOf(check))) {
        // Map the scenario's paths back to the check's `given`.
        const path = d.path ?? "";
        const m = /^measures\[(\d+)\](.*)$/.exec(path);
        const timed = given.from === undefined ? 0 : Object.keys(given.set ?? {}).length;
        const mapped =
          m === null
            ? `${at}.given.${path}`
            : Number(m[1]) < timed
              ? `${at}.given.${m[2] === ".from" ? "from" : `set.${Object.keys(given.set ?? {})[Number(m[1])]}`}`
              : `${at}.given.measures[${Number(m[1]) - timed}]${m[2]}`;
        out.push({ ...d, path: mapped });
      }
      return out;
    });
    if (problems.length > 0) fail(problems);
  }
  return checks;
}
