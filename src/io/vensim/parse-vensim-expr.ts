/**
 * A Pratt parser for Vensim expressions (the right-hand side of an `.mdl` equation) into a
 * {@link VensimExpr}. Precedence, loosest first, after the Vensim reference manual's order of
 * operations: `:OR:`, `:AND:`, `:NOT:`, comparisons (`=` is equality here, `<>` inequality),
 * `+ -`, `* /`, unary `- +`, `^` (right-associative, tighter than unary minus, so `-x^2` is
 * `-(x^2)`). Calls and subscripts bind tightest. Inline tables (`([(0,0)-(1,1)],(0,0),(1,1))`)
 * are read where a parenthesis opens one.
 */
import { balancedChain } from "../../expr/balanced-chain.js";
import type { VensimExpr, VensimSubscript, VensimTable } from "./vensim-ast.js";
import { VensimSyntaxError, type VensimToken } from "./vensim-tokenize.js";

type BinaryOp = Extract<VensimExpr, { kind: "binary" }>["op"];

const BINARY: Readonly<Record<string, { bp: number; op: BinaryOp }>> = {
  or: { bp: 1, op: "or" },
  and: { bp: 2, op: "and" },
  "=": { bp: 4, op: "=" },
  "<>": { bp: 4, op: "<>" },
  "<": { bp: 4, op: "<" },
  "<=": { bp: 4, op: "<=" },
  ">": { bp: 4, op: ">" },
  ">=": { bp: 4, op: ">=" },
  "+": { bp: 5, op: "+" },
  "-": { bp: 5, op: "-" },
  "*": { bp: 6, op: "*" },
  "/": { bp: 6, op: "/" },
};
const NOT_BP = 3;
const UNARY_BP = 7;
const POWER_BP = 8;
const MAX_DEPTH = 400;

/** A cursor over tokens, shared by the expression and the left-hand-side parsers. */
export class TokenCursor {
  pos = 0;
  /** Nesting depth of the expression being parsed. */
  depth = 0;
  constructor(readonly tokens: readonly VensimToken[]) {}
  peek(ahead = 0): VensimToken {
    return this.tokens[Math.min(this.pos + ahead, this.tokens.length - 1)]!;
  }
  next(): VensimToken {
    const t = this.peek();
    if (this.pos < this.tokens.length - 1) this.pos += 1;
    return t;
  }
  is(text: string, ahead = 0): boolean {
    const t = this.peek(ahead);
    return (t.kind === "op" || t.kind === "keyword") && t.text === text;
  }
  expect(text: string): VensimToken {
    if (!this.is(text)) this.fail(`expected "${text}", found ${describe(this.peek())}`);
    return this.next();
  }
  fail(message: string, token = this.peek()): never {
    throw new VensimSyntaxError(message, token.start);
  }
}

/** Parse one expression at the cursor (the caller checks what follows). */
export function parseVensimExpr(c: TokenCursor, minBp = 0): VensimExpr {
  c.depth += 1;
  if (c.depth > MAX_DEPTH) c.fail("equation nested too deeply");
  try {
    return parseFrom(c, minBp);
  } finally {
    c.depth -= 1;
  }
}

function parseFrom(c: TokenCursor, minBp: number): VensimExpr {
  let left = prefix(c);
  for (;;) {
    const t = c.peek();
    if (t.kind === "op" && t.text === "^") {
      if (POWER_BP < minBp) break;
      c.next();
      left = { kind: "binary", op: "^", left, right: parseVensimExpr(c, UNARY_BP), start: t.start };
      continue;
    }
    const info = t.kind === "op" || t.kind === "keyword" ? BINARY[t.text] : undefined;
    if (info === undefined || info.bp < minBp) break;
    c.next();
    const operands = [left, parseVensimExpr(c, info.bp + 1)];
    const starts = [t.start];
    // A chain of one associative operator is read in a loop and balanced when long.
    while (info.op === "+" || info.op === "*") {
      const u = c.peek();
      if (!(u.kind === "op" || u.kind === "keyword") || BINARY[u.text]?.op !== info.op) break;
      c.next();
      starts.push(u.start);
      operands.push(parseVensimExpr(c, info.bp + 1));
    }
    let joined = 0;
    left = balancedChain(operands, (l, r) => ({
      kind: "binary",
      op: info.op,
      left: l,
      right: r,
      start: starts[Math.min(joined++, starts.length - 1)]!,
    }));
  }
  return left;
}

function prefix(c: TokenCursor): VensimExpr {
  const t = c.next();
  switch (t.kind) {
    case "number":
      return { kind: "number", value: Number(t.text), start: t.start };
    case "name":
    case "quoted":
      return named(c, t);
    case "keyword":
      if (t.text === "not") {
        return { kind: "unary", op: "not", arg: parseVensimExpr(c, NOT_BP + 1), start: t.start };
      }
      if (t.text === "na") return { kind: "number", value: -1e38, start: t.start };
      return c.fail(`unexpected :${t.text.toUpperCase()}:`, t);
    case "op":
      if (t.text === "(") {
        if (startsTable(c)) {
          const table = parseTableBody(c);
          c.expect(")");
          return { kind: "table", table, start: t.start };
        }
        const inner = parseVensimExpr(c);
        c.expect(")");
        return inner;
      }
      if (t.text === "-" || t.text === "+") {
        return { kind: "unary", op: t.text, arg: parseVensimExpr(c, UNARY_BP), start: t.start };
      }
      return c.fail(`unexpected ${describe(t)}`, t);
    case "end":
      return c.fail("unexpected end of equation", t);
  }
}

function named(c: TokenCursor, t: VensimToken): VensimExpr {
  const subscripts = c.is("[") ? parseSubscripts(c) : [];
  const quoted = t.kind === "quoted";
  if (c.is("(")) {
    c.next();
    const args: VensimExpr[] = [];
    if (!c.is(")")) {
      do args.push(parseVensimExpr(c));
      while (c.is(",") && c.next());
    }
    const outputs: { name: string; start: number }[] = [];
    if (c.is(":")) {
      // A macro with outputs: the names after `:` are variables the call defines.
      c.next();
      do {
        const out = c.next();
        if (out.kind !== "name" && out.kind !== "quoted") {
          return c.fail(`expected the name of a macro output, found ${describe(out)}`, out);
        }
        outputs.push({ name: out.text, start: out.start });
      } while (c.is(",") && c.next());
    }
    c.expect(")");
    return {
      kind: "call",
      name: t.text,
      subscripts,
      args,
      ...(outputs.length > 0 ? { outputs } : {}),
      start: t.start,
    };
  }
  return { kind: "name", name: t.text, quoted, subscripts, start: t.start };
}

/** `[a, b!, c]` at the cursor. */
export function parseSubscripts(c: TokenCursor): VensimSubscript[] {
  c.expect("[");
  const subs: VensimSubscript[] = [];
  do {
    const t = c.next();
    if (t.kind !== "name" && t.kind !== "quoted" && t.kind !== "number") {
      c.fail(`expected a subscript, found ${describe(t)}`, t);
    }
    const bang = c.is("!");
    if (bang) c.next();
    subs.push({ name: t.text, bang, start: t.start });
  } while (c.is(",") && c.next());
  c.expect("]");
  return subs;
}

/** Whether the tokens after an opening parenthesis start an inline table. */
function startsTable(c: TokenCursor): boolean {
  if (c.is("[")) return true;
  if (!c.is("(")) return false;
  const k = c.is("-", 1) ? 2 : 1;
  return c.peek(k).kind === "number" && c.is(",", k + 1);
}

/** The inside of a table: `[(xmin,ymin)-(xmax,ymax)(, …)], (x,y), …` up to the closing `)`. */
export function parseTableBody(c: TokenCursor): VensimTable {
  let range: VensimTable["range"];
  if (c.is("[")) {
    c.next();
    const [xmin, ymin] = point(c);
    c.expect("-");
    const [xmax, ymax] = point(c);
    range = { xmin, ymin, xmax, ymax };
    // Reference lines may follow the range inside the brackets.
    while (c.is(",")) {
      c.next();
      point(c);
    }
    c.expect("]");
    if (c.is(",")) c.next();
  }
  const points: (readonly [number, number])[] = [];
  if (c.is("(")) {
    do points.push(point(c));
    while (c.is(",") && c.next());
  } else {
    // The list form: x1, x2, …, y1, y2, … (as many x as y).
    const values: number[] = [];
    do values.push(signed(c));
    while (c.is(",") && c.next());
    if (values.length % 2 !== 0) c.fail("a lookup needs as many x values as y values");
    const n = values.length / 2;
    for (let i = 0; i < n; i += 1) points.push([values[i]!, values[n + i]!]);
  }
  return range === undefined ? { points } : { points, range };
}

function point(c: TokenCursor): [number, number] {
  c.expect("(");
  const x = signed(c);
  c.expect(",");
  const y = signed(c);
  c.expect(")");
  return [x, y];
}

/** A number with an optional sign. */
export function signed(c: TokenCursor): number {
  let sign = 1;
  while (c.is("-") || c.is("+")) if (c.next().text === "-") sign = -sign;
  const t = c.next();
  if (t.kind === "keyword" && t.text === "na") return -1e38 * sign;
  if (t.kind !== "number") c.fail(`expected a number, found ${describe(t)}`, t);
  return sign * Number(t.text);
}

/** How a token reads in a message. */
export function describe(t: VensimToken): string {
  switch (t.kind) {
    case "end":
      return "end of equation";
    case "keyword":
      return `:${t.text.toUpperCase()}:`;
    case "quoted":
      return `"${t.text}"`;
    default:
      return JSON.stringify(t.text);
  }
}
