/**
 * A Pratt parser for XMILE expressions (XMILE 1.0 §3.3) producing stockflow's {@link Expr}.
 *
 * Precedence, loosest first (§3.3.1): `IF … THEN … ELSE`, OR, AND, `= <>`, `< <= > >=`, `+ -`,
 * `* / MOD`, unary `+ - NOT`, `^` (right-associative, and tighter than unary minus, so `-x^2` is
 * `-(x^2)`), then calls and subscripts. Keywords are case-insensitive. Names resolve through an
 * {@link XmileExprScope}: a variable wins over a zero-argument builtin of the same name, a call
 * of a lookup variable becomes a lookup, and quoted names are always variables. Subscripts (`pop[north]`, `pop[Region]`, `pop[*]`, `pop[2]`)
 * resolve through {@link resolveXmileSubscript}; subscript expressions, ranges and dimension
 * positions (`@`) give "unsupported: …"; unknown functions give "unsupported: NAME".
 *
 * Transposition (`a'`, `a[*, *]'`, §3.7.1) reverses the order of an array's dimensions. stockflow
 * binds and combines array elements by dimension name, not by position, so the element of `a'`
 * at `D2 = x, D1 = y` is the element of `a` at `D1 = y, D2 = x`: the transposed reference is the
 * reference itself. Only an array that repeats a dimension (`m[D, D]`), where names cannot tell
 * the two positions apart, is refused.
 */

import { expectObject, expectString } from "../../diagnostics/check-argument.js";
import { balancedChain } from "../../expr/balanced-chain.js";
import type { BinaryOp, Expr, Subscript } from "../../expr/types.js";
import type { Dimension } from "../../model/types.js";
import { resolveXmileSubscript, type XmileSubscriptTerm } from "./resolve-xmile-subscript.js";
import { AllocateError, stellaAllocate } from "./xmile-allocate.js";
import { xmileFunction } from "./xmile-functions.js";
import type { XmileMacros } from "./xmile-macros.js";
import { decodeXmileName } from "./xmile-names.js";
import { tokenizeXmile, XmileSyntaxError, type XmileToken } from "./xmile-tokenize.js";

/** What the parser needs to know about the model's names. */
export interface XmileExprScope {
  /** The id a (decoded) name refers to. */
  resolve(name: string): string;
  /** Whether a variable has this id, and whether it is a stand-alone graphical function. */
  kindOf(id: string): "value" | "lookup" | undefined;
  /** Dimension ids of an arrayed variable; undefined for a scalar. */
  dimsOf?(id: string): readonly string[] | undefined;
  /** The model's dimensions by id, for subscripts. */
  readonly dimensions?: ReadonlyMap<string, Dimension>;
  /** The file's macros, called like functions. */
  readonly macros?: XmileMacros;
  /** Dimension ids of the variable whose equation is parsed (for transposition). */
  readonly definingDims?: readonly string[];
  /** Id of the variable whose equation is parsed, what Stella's `SELF` names. */
  readonly self?: string;
}

/** A parse failure with a diagnostic code and the offset in the equation text. */
export class XmileExprError extends XmileSyntaxError {
  override name = "XmileExprError";
  constructor(
    readonly code: "xmile-syntax" | "unsupported" | "wrong-arity",
    message: string,
    offset: number,
  ) {
    super(message, offset);
  }
}

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

  const named = (name: string, at: XmileToken, quoted: boolean): Expr => {
    const id = scope.resolve(name);
    const kind = scope.kindOf(id);
    if (is("[")) return transposed(name, id, { kind: "ref", id, subscripts: subscripts(name, id) });
    if (is("'")) return transposed(name, id, { kind: "ref", id });
    if (is("(")) {
      next();
      const args: Expr[] = [];
      if (!is(")")) {
        do args.push(parse(0));
        while (is(",") && next());
      }
      expect(")");
      return callOf(name, id, kind, quoted, args, at);
    }
    if (kind !== undefined || quoted) return { kind: "ref", id };
    if (name.toLowerCase() === "self" && scope.self !== undefined) {
      return { kind: "ref", id: scope.self };
    }
    const fn = xmileFunction(name);
    if (fn !== undefined && fn.minArgs === 0) return fn.translate([]);
    return { kind: "ref", id };
  };

  const subscripts = (name: string, id: string): Subscript[] => {
    const open = next();
    const dims = scope.dimsOf?.(id);
    if (dims === undefined) {
      throw new XmileExprError("xmile-syntax", `${name} is not an array`, open.start);
    }
    const table = scope.dimensions ?? new Map<string, Dimension>();
    const out: Subscript[] = [];
    for (;;) {
      const t = next();
      const term = subscriptTerm(t);
      const position = dims[out.length];
      const sub = resolveXmileSubscript(term, table.get(position ?? ""), table);
      if ("problem" in sub) throw new XmileExprError("xmile-syntax", sub.problem, t.start);
      out.push(sub);
      if (is("]")) break;
      if (!is(",")) throw unsupportedSubscript(peek());
      next();
    }
    next();
    if (out.length !== dims.length) {
      const message = `${name} has ${dims.length} dimension(s) but ${out.length} subscript(s)`;
      throw new XmileExprError("xmile-syntax", message, open.start);
    }
    return out;
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

  const subscriptTerm = (t: XmileToken): XmileSubscriptTerm => {
    if (t.kind === "op" && t.text === "*") return { kind: "all" };
    if (t.kind === "quoted") return { kind: "name", name: decodeXmileName(t.text) };
    if (t.kind === "name") {
      let word = t.text;
      while (peek().kind === "name") word += ` ${next().text}`;
      return { kind: "name", name: word };
    }
    if (t.kind === "number") return { kind: "index", index: Number(t.text) };
    throw unsupportedSubscript(t);
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
    if (name.toLowerCase() === "lookup" && !quoted && args.length === 2) {
      const table = args[0]!;
      if (table.kind === "ref" && scope.kindOf(table.id) === "lookup") {
        return { kind: "lookup", table: table.id, arg: args[1]! };
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

function unsupportedSubscript(t: XmileToken): XmileExprError {
  const what =
    t.text === "@"
      ? "dimension positions (@)"
      : t.text === ":"
        ? "subscript ranges"
        : "subscript expressions";
  return new XmileExprError("unsupported", `unsupported: ${what}`, t.start);
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
