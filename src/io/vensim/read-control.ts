/**
 * The control section of a `.mdl` file: INITIAL TIME, FINAL TIME, TIME STEP and SAVEPER become
 * the model's {@link SimSpecs} (SAVEPER defaults to TIME STEP), the units of TIME STEP its time
 * units. Each must be a number or arithmetic of numbers, the other control values (Vensim's
 * usual `SAVEPER = TIME STEP`) and the model's numeric constants; equations read them as the builtins `initial_time`,
 * `final_time`, `dt` and `saveper`.
 */
import type { SimSpecs } from "../../model/types.js";
import type { VariableDefinition } from "./expand-macros.js";
import type { VensimExpr } from "./vensim-ast.js";
import { vensimKey } from "./vensim-functions.js";
import { VensimSyntaxError } from "./vensim-tokenize.js";

/** Lower-case names of the control variables. */
export const CONTROL_NAMES: ReadonlySet<string> = new Set([
  "initial time",
  "final time",
  "time step",
  "saveper",
]);

/** The sim specs from the control definitions (by key); problems go to `fail`. */
export function readControl(
  defs: ReadonlyMap<string, VariableDefinition>,
  fail: (error: VensimSyntaxError, d: VariableDefinition | undefined) => void,
  constant: (name: string) => number | undefined = () => undefined,
): SimSpecs {
  const values = new Map<string, number | undefined>();
  const value = (key: string, depth: number): number | undefined => {
    if (values.has(key)) return values.get(key);
    const d = defs.get(key);
    if (d === undefined || d.def.kind !== "equation" || depth > 4) return undefined;
    const v = evaluate(d.def.rhs, (name) =>
      CONTROL_NAMES.has(vensimKey(name)) ? value(vensimKey(name), depth + 1) : constant(name),
    );
    if (v === undefined) {
      fail(
        new VensimSyntaxError(
          `unsupported: ${d.name.toUpperCase()} that is not a constant`,
          d.def.rhs.start,
          "unsupported",
        ),
        d,
      );
    }
    values.set(key, v);
    return v;
  };
  const required = (key: string, fallback: number): number => {
    const v = value(key, 0);
    if (v === undefined && !defs.has(key)) {
      fail(
        new VensimSyntaxError(
          `the model has no ${key.toUpperCase()}; using ${fallback}`,
          0,
          "missing-control",
        ),
        undefined,
      );
    }
    return v ?? fallback;
  };
  const start = required("initial time", 0);
  const stop = required("final time", 100);
  const dt = required("time step", 1);
  const saveper = defs.has("saveper") ? value("saveper", 0) : undefined;
  const timeUnits = defs.get("time step")?.entry.units ?? defs.get("final time")?.entry.units;
  return {
    start,
    stop,
    dt,
    ...(saveper !== undefined ? { saveper } : {}),
    ...(timeUnits ? { timeUnits } : {}),
  };
}

function evaluate(e: VensimExpr, name: (n: string) => number | undefined): number | undefined {
  switch (e.kind) {
    case "number":
      return e.value;
    case "name":
      return name(e.name);
    case "unary": {
      const a = evaluate(e.arg, name);
      return a === undefined || e.op === "not" ? undefined : e.op === "-" ? -a : a;
    }
    case "binary": {
      const a = evaluate(e.left, name);
      const b = evaluate(e.right, name);
      if (a === undefined || b === undefined) return undefined;
      switch (e.op) {
        case "+":
          return a + b;
        case "-":
          return a - b;
        case "*":
          return a * b;
        case "/":
          return a / b;
        case "^":
          return a ** b;
        default:
          return undefined;
      }
    }
    default:
      return undefined;
  }
}
