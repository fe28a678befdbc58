/**
 * Measures without recompiling. The engine has no time-varying parameters, so a measure is a
 * small model transformation: the measured variable `x` becomes
 *
 *   x = base · (1 + (scale − 1) · on) + offset · on
 *
 * where `on` (an auxiliary `measure_x_1_on`) rises from 0 to 1 at `from` (linearly over `ramp`
 * time units when ramp > 0) and drops back to 0 at `until`. Add, multiply and set are only
 * different (scale, offset) pairs — (1, a), (m, 0), (0, v) — and every number of a measure is a
 * new constant (`measure_x_1_scale`, `_offset`, `_from`, `_ramp`, `_until`). The structure thus
 * depends only on which variables are measured and how often: scenarios with the same
 * {@link measureSignature} share one compiled model and differ only in parameters.
 *
 * A measured constant keeps its id as an auxiliary; its value moves to `x_before_measures`, which
 * is where `set` overrides of it go. A measured auxiliary or flow with a graphical function keeps
 * the function in `x_before_measures` so that the measure changes the function's output.
 */

import {
  expectArray,
  expectModel,
  expectObject,
  expectSchema,
} from "../diagnostics/check-argument.js";
import { ModelError } from "../diagnostics/errors.js";
import type { Aux, Constant, Model, Variable } from "../model/types.js";
import { unknownVariable, variableResolver } from "./resolve-variable.js";
import { changeCoefficients, type Measure } from "./scenario.js";
import { measureListSchema } from "./scenario-schema.js";

/** The constants of one measure, by role. */
export interface MeasureConstants {
  readonly scale: string;
  readonly offset: string;
  readonly from: string;
  readonly ramp: string;
  readonly until: string;
}

/** A model with measures built in, and where each measure's numbers live. */
export interface MeasuredModel {
  readonly model: Model;
  /** Constants of each measure, in the order of the measures given. */
  readonly constants: readonly MeasureConstants[];
  /** Measured constants: their id → the id of the constant now holding their value. */
  readonly moved: ReadonlyMap<string, string>;
}

/** Ids of the measured variables with their measure counts: equal signatures, equal structure. */
export function measureSignature(model: Model, measures: readonly Measure[]): string {
  expectModel("measureSignature", "model", model, ["stock-flow"]);
  expectSchema("measureSignature", "measures", measures, measureListSchema, "a list of measures");
  const resolve = variableResolver(model);
  return measures.map((m) => resolve(m.variable)?.id ?? `?${m.variable}`).join(",");
}

/** The parameter values that switch on `measures` in a model built for their signature. */
export function measureParams(
  measured: MeasuredModel,
  measures: readonly Measure[],
): Record<string, number> {
  expectObject("measureParams", "measured", measured);
  // Shallow: samplers call this once per sample with measures applyMeasures checked in full.
  expectArray("measureParams", "measures", measures);
  for (let i = 0; i < measures.length; i++)
    expectObject("measureParams", `measures[${i}]`, measures[i], "a measure");
  const params: Record<string, number> = {};
  measures.forEach((m, i) => {
    const c = measured.constants[i];
    if (c === undefined) throw new Error("internal: measure signature mismatch");
    const { scale, offset } = changeCoefficients(m.change);
    params[c.scale] = scale;
    params[c.offset] = offset;
    params[c.from] = m.from;
    params[c.ramp] = m.ramp ?? 0;
    params[c.until] = m.until ?? Number.POSITIVE_INFINITY;
  });
  return params;
}

/**
 * Build `measures` into the model: the measured variables rewritten and a constant for every
 * number of every measure, set to the measures' values. Throws a ModelError for an unknown
 * variable or a variable that cannot be measured (stocks, graphical functions).
 */
export function applyMeasures(model: Model, measures: readonly Measure[]): MeasuredModel {
  expectModel("applyMeasures", "model", model, ["stock-flow"]);
  expectSchema("applyMeasures", "measures", measures, measureListSchema, "a list of measures");
  const resolve = variableResolver(model);
  const taken = new Set(model.variables.map((v) => v.id));
  const fresh = (id: string): string => {
    let name = id;
    for (let k = 2; taken.has(name); k++) name = `${id}_${k}`;
    taken.add(name);
    return name;
  };
  const errors = measures.flatMap((m, i) => {
    const v = resolve(m.variable);
    if (v === undefined) return [unknownVariable(model, m.variable, `measures[${i}].variable`)];
    if (v.kind === "stock" || v.kind === "lookup") {
      return [
        {
          severity: "error" as const,
          code: "not-measurable",
          message: `a measure cannot change the ${v.kind} ${v.id}`,
          path: `measures[${i}].variable`,
          value: m.variable,
          hint: "measures change constants, auxiliaries and flows; change a stock through its flows",
        },
      ];
    }
    return [];
  });
  if (errors.length > 0) throw new ModelError(errors, "measures cannot be applied");

  const byVariable = new Map<string, number[]>();
  measures.forEach((m, i) => {
    const id = resolve(m.variable)!.id;
    byVariable.set(id, [...(byVariable.get(id) ?? []), i]);
  });
  const constants: MeasureConstants[] = [];
  const added = new Map<string, Variable[]>();
  const replaced = new Map<string, Variable>();
  const moved = new Map<string, string>();
  for (const [id, indices] of byVariable) {
    const original = resolve(id)!;
    const base = fresh(`${id}_before_measures`);
    const extra: Variable[] = [];
    let expr: string;
    if (original.kind === "constant") {
      extra.push({ kind: "constant", id: base, value: original.value });
      moved.set(id, base);
      expr = base;
    } else if ((original.kind === "aux" || original.kind === "flow") && original.gf) {
      extra.push({ kind: "aux", id: base, equation: original.equation, gf: original.gf });
      expr = base;
    } else {
      expr = `(${(original as Aux).equation})`;
    }
    indices.forEach((measureIndex, k) => {
      const stem = `measure_${id}_${k + 1}`;
      const c: MeasureConstants = {
        scale: fresh(`${stem}_scale`),
        offset: fresh(`${stem}_offset`),
        from: fresh(`${stem}_from`),
        ramp: fresh(`${stem}_ramp`),
        until: fresh(`${stem}_until`),
      };
      constants[measureIndex] = c;
      const on = fresh(`${stem}_on`);
      const values = measureParams({ model, constants: [c], moved }, [measures[measureIndex]!]);
      for (const role of ["scale", "offset", "from", "ramp", "until"] as const) {
        const constant: Constant = { kind: "constant", id: c[role], value: values[c[role]]! };
        extra.push(constant);
      }
      extra.push({
        kind: "aux",
        id: on,
        units: "dmnl",
        equation:
          `if_then_else(${c.ramp} > 0, min(1, max(0, (time - ${c.from}) / ${c.ramp})), ` +
          `step(1, ${c.from})) * (1 - step(1, ${c.until}))`,
      });
      expr = `${expr} * (1 + (${c.scale} - 1) * ${on}) + ${c.offset} * ${on}`;
    });
    added.set(id, extra);
    replaced.set(id, rewrite(original, expr));
  }
  const variables = model.variables.flatMap((v) => {
    const r = replaced.get(v.id);
    return r === undefined ? [v] : [r, ...added.get(v.id)!];
  });
  return { model: { ...model, variables }, constants, moved };
}

function rewrite(original: Variable, equation: string): Variable {
  const { id, name, labels, units, doc, loc } = original;
  const common = {
    id,
    ...(name !== undefined ? { name } : {}),
    ...(labels !== undefined ? { labels } : {}),
    ...(units !== undefined ? { units } : {}),
    ...(doc !== undefined ? { doc } : {}),
    ...(loc !== undefined ? { loc } : {}),
  };
  if (original.kind === "flow") {
    return {
      kind: "flow",
      ...common,
      equation,
      ...(original.nonNegative ? { nonNegative: true } : {}),
    };
  }
  return { kind: "aux", ...common, equation };
}
