/**
 * A Pratt parser for XMILE expressions (XMILE 1.0 §3.3) producing stockflow's {@link Expr}.
 *
 * Precedence, loosest first (§3.3.1): `IF … THEN … ELSE`, OR, AND, `= <>`, `< <= > >=`, `+ -`,
 * `* / MOD`, unary `+ - NOT`, `^` (right-associative, and tighter than unary minus, so `-x^2` is
 * `-(x^2)`), then calls and subscripts. Keywords are case-insensitive. Names resolve through an
 * {@link XmileExprScope}: a variable wins over a zero-argument builtin of the same name, a call
 * of a lookup variable becomes a lookup, and quoted names are always variables. Subscripts
 * (`pop[north]`, `pop[Region]`, `pop[*]`, `pop[*:Sub]`, `pop[2]`, `pop[INT(x)]`) are read by
 * `read-xmile-subscripts.ts`; a position known only at run time picks its element at run time
 * (`computed-subscript.ts`). A dimension name used as a value is the position of the element
 * being defined, `Dim.Elem` that of the element (`dimension-value.ts`). `LOOKUP`,
 * `LOOKUP_FORWARD` and `LOOKUP_BACKWARD` read a graphical function, or one element of an arrayed
 * one (`LOOKUP(table[A], x)`). Ranges such as `a[1:3]` and dimension positions (`@`) give
 * "unsupported: …"; unknown functions give "unsupported: NAME".
 *
 * Transposition (`a'`, `a[*, *]'`, §3.7.1) reverses the order of an array's dimensions. stockflow
 * binds and combines array elements by dimension name, not by position, so the element of `a'`
 * at `D2 = x, D1 = y` is the element of `a` at `D1 = y, D2 = x`: the transposed reference is the
 * reference itself. Only an array that repeats a dimension (`m[D, D]`), where names cannot tell
 * the two positions apart, is refused.
 */

import { expectObject, expectString } from "../../diagnostics/check-argument.js";
import { balancedChain } from "../../expr/balanced-chain.js";
import type { BinaryOp, Expr, LookupMode } from "../../expr/types.js";
import type { Dimension } from "../../model/types.js";
import { allResolved, computedElement, type ReadSubscript } from "./computed-subscript.js";
import { dimensionValue } from "./dimension-value.js";
import { readSubscripts, type XmileCursor } from "./read-xmile-subscripts.js";
import { AllocateError, stellaAllocate } from "./xmile-allocate.js";
import { NeedsElementError, XmileExprError } from "./xmile-expr-error.js";
import type { XmileExprScope } from "./xmile-expr-scope.js";
import { xmileFunction } from "./xmile-functions.js";
import { decodeXmileName } from "./xmile-names.js";
import { tokenizeXmile, type XmileToken } from "./xmile-tokenize.js";

export { NeedsElementError, XmileExprError } from "./xmile-expr-error.js";
export type { XmileExprScope } from "./xmile-expr-scope.js";

/** Functions that take a dimension itself as an argument. */
const DIMENSION_ARGUMENTS: ReadonlySet<string> = new Set(["size", "allocate"]);

const LOOKUP_CALLS: ReadonlyMap<string, LookupMode | undefined> = new Map([
  ["lookup", undefined],
  ["lookup_forward", "forward"],
  ["lookup_backward", "backward"],
]);

const BINARY: Readonly<Record<string, { bp: number; op: BinaryOp }>> = {
  or: { bp: 1, op: "or" },
  "||": { bp: 1, op: "or" },
  and: { bp: 2, op: "and" },
  "&&": { bp: 2, op: "and" },
  "=": { bp: 3, op: "==" },
  "==": { bp: 3, op: "==" },
  "<>": { bp: 3, op: "!=" },
  "!=": { bp: 3, op: "!=" },
  "<": { bp: 4, op: "<" },
  "<=": { bp: 4, op: "<=" },
  ">": { bp: 4, op: ">" },
  ">=": { bp: 4, op: ">=" },
  "+": { bp: 5, op: "+" },
  "-": { bp: 5, op: "-" },
  "*": { bp: 6, op: "*" },
  "/": { bp: 6, op: "/" },
  mod: { bp: 6, op: "mod" },
};
const UNARY_BP = 7;
const POWER_BP = 8;

/** Deepest nesting of an equation; deeper text is refused, not allowed to overflow the stack. */
const MAX_DEPTH = 400;

/** Parse an XMILE expression; throws {@link XmileExprError} (or a tokenizer error) with an offset. */
export function parseXmileExpr(text: string, scope: XmileExprScope): Expr {
  expectString("parseXmileExpr", "text", text);
  expectObject("parseXmileExpr", "scope", scope);
  const tokens = tokenizeXmile(text);
  let pos = 0;
  const peek = (): XmileToken => tokens[pos]!;
  const next = (): XmileToken => tokens[pos++]!;
  const is = (text: string): boolean => {
    const t = peek();
    return (t.kind === "op" || t.kind === "keyword") && t.text === text;
  };
  const fail = (message: string, token = peek()): never => {
    throw new XmileExprError("xmile-syntax", message, token.start);
  };
  const expect = (text: string): void => {
    if (!is(text)) fail(`expected ${text.toUpperCase()}, found ${describe(peek())}`);
    next();
  };

  let depth = 0;
  const parse = (minBp: number): Expr => {
    if (++depth > MAX_DEPTH) fail("equation nested too deeply");
    let left = prefix();
    for (;;) {
      const t = peek();
      if (t.kind === "op" && t.text === "^") {
        if (POWER_BP < minBp) break;
        next();
        left = { kind: "binary", op: "^", left, right: parse(UNARY_BP) };
        continue;
      }
      if (t.kind === "keyword" && t.text === "not") {
        // Stella also writes NOT after its operand (`IF x NOT THEN …`).
        if (UNARY_BP < minBp) break;
        next();
        left = { kind: "unary", op: "not", arg: left };
        continue;
      }
      const info = t.kind === "op" || t.kind === "keyword" ? BINARY[t.text] : undefined;
      if (info === undefined || info.bp < minBp) break;
      next();
      const operands = [left, parse(info.bp + 1)];
      // A chain of one associative operator is read in a loop and balanced when long.
      while ((info.op === "+" || info.op === "*") && BINARY[peek().text]?.op === info.op) {
        if (peek().kind !== "op" && peek().kind !== "keyword") break;
        next();
        operands.push(parse(info.bp + 1));
      }
      left = balancedChain(operands, (l, r) => ({
        kind: "binary",
        op: info.op,
        left: l,
        right: r,
      }));
    }
    depth--;
    return left;
  };

  const prefix = (): Expr => {
    const t = next();
    switch (t.kind) {
      case "number":
        return { kind: "number", value: Number(t.text) };
      case "quoted":
        return named(decodeXmileName(t.text), t, true);
      case "name": {
        let word = t.text;
        // A name written with blanks (`EXPRESSION MACRO(…)`): join the words.
        while (peek().kind === "name") word += ` ${next().text}`;
        return named(word, t, false);
      }
      case "keyword":
        if (t.text === "not") return { kind: "unary", op: "not", arg: parse(UNARY_BP) };
        // Some tools write the function form MOD(a, b).
        if (t.text === "mod" && is("(")) return named("MOD", t, false);
        if (t.text === "if") {
          const cond = parse(0);
          expect("then");
          const then = parse(0);
          expect("else");
          return { kind: "if", cond, then, else: parse(0) };
        }
        return fail(`unexpected ${t.text.toUpperCase()}`, t);
      case "op":
        if (t.text === "(") {
          const inner = parse(0);
          expect(")");
          return inner;
        }
        if (t.text === "-" || t.text === "+") {
          return { kind: "unary", op: t.text, arg: parse(UNARY_BP) };
        }
        return fail(`unexpected ${JSON.stringify(t.text)}`, t);
      case "end":
        return fail("unexpected end of equation", t);
    }
  };

  const cursor: XmileCursor = {
    peek,
    next,
    is,
    ahead: (k) => tokens[Math.min(pos + k, tokens.length - 1)]!,
    skip: (n) => {
      pos += n;
    },
    parse,
  };

  const named = (name: string, at: XmileToken, quoted: boolean): Expr => {
    const id = scope.resolve(name);
    const kind = scope.kindOf(id);
    if (is("["))
      return transposed(name, id, referenceOf(id, readSubscripts(name, id, cursor, scope)));
    if (is("'")) return transposed(name, id, { kind: "ref", id });
    if (is("(")) {
      next();
      const args: Expr[] = [];
      const dimensions = !quoted && DIMENSION_ARGUMENTS.has(name.toLowerCase());
      if (!is(")")) {
        do args.push((dimensions ? loneDimension() : undefined) ?? parse(0));
        while (is(",") && next());
      }
      expect(")");
      return callOf(name, id, kind, quoted, args, at);
    }
    if (kind !== undefined || quoted) return { kind: "ref", id };
    if (name.toLowerCase() === "self" && scope.self !== undefined) {
      return { kind: "ref", id: scope.self };
    }
    const position = dimensionValue(id, scope.dimensions, scope.binding, scope.definingDims ?? []);
    if (position !== undefined) {
      if ("value" in position) return { kind: "number", value: position.value };
      if ("needsElement" in position) throw new NeedsElementError(position.needsElement, at.start);
      throw new XmileExprError("xmile-syntax", position.problem, at.start);
    }
    const fn = xmileFunction(name);
    if (fn !== undefined && fn.minArgs === 0) return fn.translate([]);
    return { kind: "ref", id };
  };

  /** `id[subs]`: a reference, or the run-time choice among elements for computed positions. */
  const referenceOf = (id: string, subs: readonly ReadSubscript[]): Expr => {
    if (allResolved(subs)) return { kind: "ref", id, subscripts: subs };
    const table = scope.dimensions ?? new Map<string, Dimension>();
    const dims = (scope.dimsOf?.(id) ?? []).map((d) => table.get(d)!);
    return computedElement(id, subs, dims);
  };

  /**
   * A dimension named on its own as an argument of SIZE or ALLOCATE: the dimension itself, not
   * the position of an element (so it is not read per element).
   */
  const loneDimension = (): Expr | undefined => {
    const [arg, after] = [peek(), tokens[pos + 1]!];
    if (after.kind !== "op" || (after.text !== "," && after.text !== ")")) return undefined;
    if (arg.kind !== "name" && arg.kind !== "quoted") return undefined;
    const id = scope.resolve(arg.kind === "quoted" ? decodeXmileName(arg.text) : arg.text);
    if (!scope.dimensions?.has(id) || scope.kindOf(id) !== undefined) return undefined;
    next();
    return { kind: "ref", id };
  };

  /** `ref` followed by any number of `'`: the same reference (see the module comment). */
  const transposed = (name: string, id: string, ref: Expr): Expr => {
    let times = 0;
    let mark: XmileToken | undefined;
    while (is("'")) {
      mark = next();
      times++;
      const dims = scope.dimsOf?.(id);
      if (dims === undefined) {
        throw new XmileExprError(
          "xmile-syntax",
          `${name} is not an array to transpose`,
          mark.start,
        );
      }
      if (new Set(dims).size !== dims.length) {
        throw new XmileExprError(
          "unsupported",
          `unsupported: transposition of ${name}, which has a dimension twice`,
          mark.start,
        );
      }
    }
    const whole = ref.kind === "ref" && ref.subscripts === undefined;
    if (mark !== undefined && whole && times % 2 === 1) {
      // Read by position, `a'` would put a's dimensions where the variable being defined has
      // them in another order; read by name it would not. Refuse rather than guess.
      const dims = [...(scope.dimsOf?.(id) ?? [])].reverse();
      const defining = scope.definingDims ?? [];
      const clash = dims.some(
        (d, k) => k < defining.length && defining[k] !== d && defining.includes(d),
      );
      if (clash) {
        const message = `unsupported: ${name}' in an equation over ${defining.join(", ")}: by position that transposes ${name}, by name it does not (define the variable over ${dims.join(", ")}, the dimensions of ${name}')`;
        throw new XmileExprError("unsupported", message, mark.start);
      }
    }
    return ref;
  };

  const callOf = (
    name: string,
    id: string,
    kind: "value" | "lookup" | undefined,
    quoted: boolean,
    args: Expr[],
    at: XmileToken,
  ): Expr => {
    if (kind === "lookup") {
      if (args.length !== 1) {
        throw new XmileExprError("wrong-arity", `${name} takes 1 argument`, at.start);
      }
      return { kind: "lookup", table: id, arg: args[0]! };
    }
    const lookupName = name.trim().replace(/\s+/g, "_").toLowerCase();
    if (LOOKUP_CALLS.has(lookupName) && !quoted && args.length === 2) {
      const table = tableOf(args[0]!, at);
      const mode = LOOKUP_CALLS.get(lookupName);
      if (table !== undefined) {
        return { kind: "lookup", table, arg: args[1]!, ...(mode ? { mode } : {}) };
      }
    }
    if (!quoted && scope.macros?.has(name)) return scope.macros.expand(name, args, at.start);
    if (!quoted && name.toLowerCase() === "allocate") {
      try {
        return stellaAllocate(args, scope);
      } catch (error) {
        if (!(error instanceof AllocateError)) throw error;
        const code = error.message.startsWith("unsupported") ? "unsupported" : "wrong-arity";
        throw new XmileExprError(code, error.message, at.start);
      }
    }
    const special = quoted ? undefined : specialCall(name.toLowerCase(), args);
    if (special !== undefined) return special;
    const fn = quoted ? undefined : xmileFunction(name);
    if (fn === undefined) {
      throw new XmileExprError("unsupported", `unsupported: ${name.toUpperCase()}`, at.start);
    }
    if (args.length < fn.minArgs || args.length > fn.maxArgs) {
      const range = fn.minArgs === fn.maxArgs ? `${fn.minArgs}` : `${fn.minArgs}-${fn.maxArgs}`;
      throw new XmileExprError(
        "wrong-arity",
        `${fn.xmile} takes ${range} argument(s), got ${args.length}`,
        at.start,
      );
    }
    return fn.translate(args);
  };

  /** The lookup a LOOKUP call reads: a graphical function, or one element of an arrayed one. */
  const tableOf = (expr: Expr, at: XmileToken): string | undefined => {
    if (expr.kind !== "ref") return undefined;
    if (expr.subscripts === undefined) {
      return scope.kindOf(expr.id) === "lookup" ? expr.id : undefined;
    }
    const elements = expr.subscripts.map((s) => {
      if (s.kind === "element") return s.element;
      if (s.kind === "reduce") return undefined;
      const bound = scope.binding?.get(s.dim);
      if (bound !== undefined) return bound;
      if (scope.definingDims?.includes(s.dim)) throw new NeedsElementError(s.dim, at.start);
      return undefined;
    });
    if (elements.some((e) => e === undefined)) return undefined;
    return scope.elementTable?.(expr.id, elements as string[]);
  };

  /**
   * Calls that read differently from their array form: `MEAN(a, b, …)` of several numbers,
   * and `SIZE(Dim)` of a dimension, its number of elements.
   */
  const specialCall = (fn: string, args: readonly Expr[]): Expr | undefined => {
    if (fn === "mean" && args.length > 1) {
      const [first, ...rest] = args as [Expr, ...Expr[]];
      const sum = rest.reduce<Expr>(
        (left, right) => ({ kind: "binary", op: "+", left, right }),
        first,
      );
      return { kind: "binary", op: "/", left: sum, right: { kind: "number", value: args.length } };
    }
    const [only] = args;
    if (fn === "size" && args.length === 1 && only?.kind === "ref" && !only.subscripts) {
      const dim = scope.dimensions?.get(only.id);
      if (dim !== undefined && scope.kindOf(only.id) === undefined) {
        return { kind: "number", value: dim.elements.length };
      }
    }
    return undefined;
  };

  const expr = parse(0);
  if (peek().kind !== "end") fail(`unexpected ${describe(peek())}`);
  return expr;
}

function describe(t: XmileToken): string {
  switch (t.kind) {
    case "end":
      return "end of equation";
    case "keyword":
      return t.text.toUpperCase();
    case "quoted":
      return `"${t.text}"`;
    default:
      return JSON.stringify(t.text);
  }
}
