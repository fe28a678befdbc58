/**
 * The control section of a `.mdl` file: INITIAL TIME, FINAL TIME, TIME STEP and SAVEPER become
 * the model's {@link SimSpecs} (SAVEPER defaults to TIME STEP), the units of TIME STEP its time
 * units. A value that is a number or arithmetic of numbers, of the other constant control
 * values (Vensim's usual `SAVEPER = TIME STEP`) and of the model's numeric constants is folded
 * into the specs, and equations read it as the builtin `initial_time`, `final_time`, `dt` or
 * `saveper`. Vensim accepts any equation for a control value; one that is not constant is
 * returned in `dynamic`, to become a model variable that the run evaluates as it goes
 * (see {@link SimSpecs.control}).
 */
import { pow } from "../../math/pow.js";
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

/** The control section read: folded specs, and the control values that are equations. */
export interface ControlReading {
  /** Placeholders (the defaults) stand for the values in `dynamic`. */
  readonly specs: SimSpecs;
  /** Keys (`final time`, …) of the control values that are not constant, to become variables. */
  readonly dynamic: readonly string[];
}

/** The sim specs from the control definitions (by key); problems go to `fail`. */
export function readControl(
  defs: ReadonlyMap<string, VariableDefinition>,
  fail: (error: VensimSyntaxError, d: VariableDefinition | undefined) => void,
  constant: (name: string) => number | undefined = () => undefined,
): ControlReading {
  const values = new Map<string, number | undefined>();
  const dynamic = new Set<string>();
  const value = (key: string, depth: number): number | undefined => {
    if (values.has(key)) return values.get(key);
    const d = defs.get(key);
    if (d === undefined || depth > 4) return undefined;
    if (d.def.kind !== "equation" || d.def.lhs.subscripts.length > 0) {
      fail(
        new VensimSyntaxError(
          `unsupported: ${d.name.toUpperCase()} must be a plain equation without subscripts`,
          0,
          "unsupported",
        ),
        d,
      );
      values.set(key, undefined);
      return undefined;
    }
    const v = evaluate(d.def.rhs, (name) =>
      CONTROL_NAMES.has(vensimKey(name)) ? value(vensimKey(name), depth + 1) : constant(name),
    );
    if (v === undefined) dynamic.add(key);
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
  const stop = required("final time", Math.max(start, 100));
  const dt = required("time step", 1);
  const saveper = defs.has("saveper") ? value("saveper", 0) : undefined;
  const timeUnits = defs.get("time step")?.entry.units ?? defs.get("final time")?.entry.units;
  const specs: SimSpecs = {
    start,
    stop,
    dt,
    ...(saveper !== undefined ? { saveper } : {}),
    ...(timeUnits ? { timeUnits } : {}),
  };
  return { specs, dynamic: [...dynamic] };
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
          return pow(a, b);
        default:
          return undefined;
      }
    }
    default:
      return undefined;
  }
}
