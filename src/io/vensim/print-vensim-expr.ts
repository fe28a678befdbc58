/**
 * Print a {@link VensimExpr} as stockflow equation text: names become canonical ids, Vensim
 * functions their builtins (see `vensim-functions.ts`), `=` and `<>` become `==` and `!=`,
 * `:AND:` `:OR:` `:NOT:` become `and` `or` `not`, and subscripts `x[d]`, `x[e]`, `x[d!]`.
 * Parentheses are added where stockflow's precedence needs them (levels as in `printExpr`).
 * Problems throw {@link VensimSyntaxError} with a code and the offset of the offending name.
 */

import type { LookupFunctionSpec } from "../../expr/lookup-functions.js";
import { literal } from "./definition-kind.js";
import type { VensimExpr, VensimSubscript, VensimTable } from "./vensim-ast.js";
import {
  CLOCK_NAMES,
  UNSUPPORTED_FUNCTIONS,
  VENSIM_LOOKUP_FUNCTIONS,
  vensimFunction,
  vensimKey,
} from "./vensim-functions.js";
import { VensimSyntaxError } from "./vensim-tokenize.js";

/** What the printer needs from the model being read. */
export interface VensimPrintScope {
  /** The id and kind of a model variable, by name as written (`called` when followed by `(`). */
  variable(
    name: string,
    called: boolean,
  ): { readonly id: string; readonly kind: "value" | "lookup" } | undefined;
  /** The stockflow text of the subscripts of variable `id` (`[d, e, f!]`), or "" for none. */
  subscripts(id: string, subs: readonly VensimSubscript[]): string;
  /** A range name used as a value: the 1-based position of its current element, as text. */
  position(name: string, start: number): string | undefined;
  /** The lookup serving the element `subs` name, for a call of a subscripted lookup. */
  lookupElement(id: string, subs: readonly VensimSubscript[]): string;
  /** The number of elements of a range, for ELMCOUNT. */
  dimensionSize(name: string): number | undefined;
  /** The id of a lookup holding an inline table (WITH LOOKUP inside an expression). */
  table(table: VensimTable): string;
}

interface Printed {
  readonly text: string;
  readonly level: number;
}

const LEVEL = {
  or: 1,
  and: 2,
  "=": 3,
  "<>": 3,
  "<": 3,
  "<=": 3,
  ">": 3,
  ">=": 3,
  "+": 4,
  "-": 4,
  "*": 5,
  "/": 5,
  "^": 7,
} as const;
const OP = {
  or: "or",
  and: "and",
  "=": "==",
  "<>": "!=",
  "<": "<",
  "<=": "<=",
  ">": ">",
  ">=": ">=",
  "+": "+",
  "-": "-",
  "*": "*",
  "/": "/",
  "^": "^",
} as const;
const UNARY = 6;
const ATOM = 8;

/** The stockflow text of a Vensim expression. */
export function printVensimExpr(e: VensimExpr, scope: VensimPrintScope): string {
  return print(e, scope).text;
}

function print(e: VensimExpr, scope: VensimPrintScope): Printed {
  const wrap = (p: Printed, needs: boolean) => (needs ? `(${p.text})` : p.text);
  switch (e.kind) {
    case "number":
      return { text: String(e.value), level: e.value < 0 ? UNARY : ATOM };
    case "name":
      return { text: name(e, scope), level: ATOM };
    case "unary": {
      const arg = print(e.arg, scope);
      const text = wrap(arg, arg.level < UNARY);
      if (e.op === "not") return { text: `not ${text}`, level: UNARY };
      return { text: /^[-+]/.test(text) ? `${e.op}(${text})` : `${e.op}${text}`, level: UNARY };
    }
    case "binary": {
      const own = LEVEL[e.op];
      const l = print(e.left, scope);
      const r = print(e.right, scope);
      let left: boolean;
      let right: boolean;
      if (e.op === "^") {
        left = l.level < ATOM;
        right = r.level < UNARY;
      } else if (own === 3) {
        left = l.level <= own;
        right = r.level <= own;
      } else {
        left = l.level < own;
        right = r.level <= own;
      }
      return { text: `${wrap(l, left)} ${OP[e.op]} ${wrap(r, right)}`, level: own };
    }
    case "call":
      if (e.outputs !== undefined) {
        throw new VensimSyntaxError(
          `${e.name} is not a macro: only a macro call names outputs after ":"`,
          e.outputs[0]!.start,
        );
      }
      return { text: call(e, scope), level: ATOM };
    case "table":
      throw new VensimSyntaxError(
        "unsupported: a lookup table outside WITH LOOKUP",
        e.start,
        "unsupported",
      );
    case "numbers":
      throw new VensimSyntaxError("a list of numbers is only allowed as a whole equation", e.start);
  }
}

function name(e: Extract<VensimExpr, { kind: "name" }>, scope: VensimPrintScope): string {
  const v = scope.variable(e.name, false);
  if (v !== undefined) {
    if (v.kind === "lookup") {
      throw new VensimSyntaxError(
        `lookup ${e.name} used without an input`,
        e.start,
        "lookup-without-argument",
      );
    }
    return `${v.id}${scope.subscripts(v.id, e.subscripts)}`;
  }
  const clock = e.quoted ? undefined : CLOCK_NAMES.get(vensimKey(e.name));
  if (clock !== undefined) return clock;
  const position = e.subscripts.length === 0 ? scope.position(e.name, e.start) : undefined;
  if (position !== undefined) return position;
  throw new VensimSyntaxError(`unknown name ${e.name}`, e.start, "unknown-name");
}

function call(e: Extract<VensimExpr, { kind: "call" }>, scope: VensimPrintScope): string {
  const key = vensimKey(e.name);
  const args = (list: readonly VensimExpr[]) => list.map((a) => print(a, scope).text).join(", ");
  const v = scope.variable(e.name, true);
  if (v !== undefined) {
    if (v.kind !== "lookup")
      throw new VensimSyntaxError(`${e.name} is not a lookup`, e.start, "not-a-lookup");
    if (e.args.length !== 1)
      throw new VensimSyntaxError(`lookup ${e.name} takes 1 argument`, e.start, "wrong-arity");
    if (e.subscripts.length > 0)
      return `${scope.lookupElement(v.id, e.subscripts)}(${args(e.args)})`;
    return `${v.id}(${args(e.args)})`;
  }
  if (key === "if then else") {
    arity(e, 3, 3);
    return `if_then_else(${args(e.args)})`;
  }
  if (key === "with lookup") {
    arity(e, 2, 2);
    const table = e.args[1]!;
    if (table.kind !== "table")
      throw new VensimSyntaxError("WITH LOOKUP needs a table as its second argument", table.start);
    return `${scope.table(table.table)}(${print(e.args[0]!, scope).text})`;
  }
  if (key === "modulo") {
    // Vensim's MODULO keeps the sign of the dividend (MODULO(-10, 3) = -1), unlike `modulo`.
    arity(e, 2, 2);
    const [a, b] = e.args as [VensimExpr, VensimExpr];
    const start = e.start;
    const quotient: VensimExpr = { kind: "binary", op: "/", left: a, right: b, start };
    const whole: VensimExpr = {
      kind: "call",
      name: "INTEGER",
      subscripts: [],
      args: [quotient],
      start,
    };
    const times: VensimExpr = { kind: "binary", op: "*", left: b, right: whole, start };
    return `(${print({ kind: "binary", op: "-", left: a, right: times, start }, scope).text})`;
  }
  if (key === "get time value") return timeValue(e, scope);
  if (key === "game") {
    arity(e, 1, 1);
    return print(e.args[0]!, scope).text;
  }
  if (key === "elmcount") {
    const arg = e.args[0];
    const size =
      arg?.kind === "name" && e.args.length === 1 ? scope.dimensionSize(arg.name) : undefined;
    if (size === undefined)
      throw new VensimSyntaxError("ELMCOUNT takes the name of a subscript range", e.start);
    return String(size);
  }
  if (key === "integ") {
    throw new VensimSyntaxError("unsupported: INTEG inside an expression", e.start, "unsupported");
  }
  const lookupFn = VENSIM_LOOKUP_FUNCTIONS.get(key);
  if (lookupFn !== undefined) return lookupCall(e, lookupFn, scope);
  const fn = vensimFunction(key);
  if (fn === undefined) {
    const upper = e.name.toUpperCase();
    if (UNSUPPORTED_FUNCTIONS.has(key) || /^get /.test(key)) {
      throw new VensimSyntaxError(`unsupported: ${upper}`, e.start, "unsupported");
    }
    throw new VensimSyntaxError(`unknown function ${upper}`, e.start, "unknown-function");
  }
  arity(e, fn.minArgs, fn.maxArgs);
  return `${fn.fn}(${args(e.args)})`;
}

/**
 * `LOOKUP FORWARD(table, x)` and the other LOOKUP functions: the first argument must name a
 * lookup (a subscripted one gives the lookup of its element), the others are expressions.
 */
function lookupCall(
  e: Extract<VensimExpr, { kind: "call" }>,
  spec: LookupFunctionSpec,
  scope: VensimPrintScope,
): string {
  const count = spec.params.length + 1;
  arity(e, count, count);
  const [table, ...rest] = e.args as [VensimExpr, ...VensimExpr[]];
  const v = table.kind === "name" ? scope.variable(table.name, true) : undefined;
  if (table.kind !== "name" || v?.kind !== "lookup") {
    throw new VensimSyntaxError(
      `the first argument of ${e.name.toUpperCase()} must name a lookup`,
      table.start,
      "not-a-lookup",
    );
  }
  const id = table.subscripts.length > 0 ? scope.lookupElement(v.id, table.subscripts) : v.id;
  return `${spec.name}(${id}, ${rest.map((a) => print(a, scope).text).join(", ")})`;
}

function arity(e: Extract<VensimExpr, { kind: "call" }>, min: number, max: number): void {
  const n = e.args.length;
  if (n >= min && n <= max) return;
  const range = min === max ? `${min}` : `${min} to ${max}`;
  throw new VensimSyntaxError(
    `${e.name.toUpperCase()} takes ${range} argument(s), got ${n}`,
    e.start,
    "wrong-arity",
  );
}

/** Vensim's measures of GET TIME VALUE, by number (Vensim Reference Guide, GET TIME VALUE). */
const TIME_MEASURES = [
  "units of Time",
  "calendar year",
  "quarter of year",
  "month of year",
  "day of month",
  "day of week",
  "days since 1 BC",
  "hour of day",
  "minute of hour",
  "second of minute",
  "elapsed seconds modulo 500,000",
];

/**
 * `GET TIME VALUE(relative to, offset, measure)` in model time units (measure 0): the current
 * time (relative to 0) or the initial time (1) plus the offset. The computer clock (relative
 * to 2) would make a run depend on when it is made, and the calendar measures (1–10) on
 * Vensim's mapping of Time to dates (Model Settings > Time Bounds), which the documentation
 * does not give for the settings lines of a `.mdl` file; both are named unsupported.
 */
function timeValue(e: Extract<VensimExpr, { kind: "call" }>, scope: VensimPrintScope): string {
  arity(e, 3, 3);
  const [relative, offset, measure] = e.args as [VensimExpr, VensimExpr, VensimExpr];
  const to = literal(relative);
  const m = literal(measure);
  const fail = (message: string, at: VensimExpr, code = "unsupported"): never => {
    throw new VensimSyntaxError(message, at.start, code);
  };
  if (to === undefined)
    fail("unsupported: GET TIME VALUE with a relative-to that is not a number", relative);
  if (to !== 0 && to !== 1 && to !== 2)
    fail(
      `GET TIME VALUE: relative to must be 0 (current time), 1 (initial time) or 2 (computer clock), got ${to}`,
      relative,
      "bad-argument",
    );
  if (m === undefined)
    fail("unsupported: GET TIME VALUE with a measure that is not a number", measure);
  const name = Number.isInteger(m) ? TIME_MEASURES[m as number] : undefined;
  if (name === undefined)
    fail(
      `GET TIME VALUE: measure must be a whole number from 0 to 10, got ${m}`,
      measure,
      "bad-argument",
    );
  if (to === 2)
    fail(
      "unsupported: GET TIME VALUE relative to the computer clock (2): a run must not depend on when it is made",
      relative,
    );
  if (m !== 0)
    fail(
      `unsupported: GET TIME VALUE of a calendar measure (${m}, ${name}): Vensim's mapping of Time to dates is not documented for .mdl files`,
      measure,
    );
  const base = to === 0 ? "time" : "initial_time";
  const plus: VensimExpr = {
    kind: "binary",
    op: "+",
    left: { kind: "name", name: base, quoted: false, subscripts: [], start: e.start },
    right: offset,
    start: e.start,
  };
  return `(${print(plus, scope).text})`;
}
