/**
 * From a mathjs node tree to our {@link Expr}, with spans and located problems.
 *
 * mathjs nodes carry no positions, so the translator walks the tree in source order with a
 * {@link TextCursor}, reading each node's tokens as it goes: names, numbers and operators get
 * their exact spans, and a compound node spans from its first token to its last (parentheses
 * included in the extent used for spans of enclosing nodes, not in the node's own span).
 * Unsupported constructs are reported once, at their outermost node; what lies inside them is
 * walked quietly, only to keep the positions in step.
 */

import { canonicalId } from "../model/canonical.js";
import type { EquationScope } from "./equation-scope.js";
import type { Problem } from "./equation-text.js";
import type { MathIndexNode, MathNode } from "./mathjs-instance.js";
import {
  BINARY_OPERATORS,
  RELATIONAL_SYMBOLS,
  UNARY_OPERATORS,
  UNSUPPORTED_OPERATORS,
} from "./operator-table.js";
import { type Resolved, resolveCall, resolveSymbol } from "./resolve-name.js";
import { CursorMismatch, TextCursor } from "./text-cursor.js";
import type { Expr, Span, Subscript } from "./types.js";

/** A translated node and the text it covers, parentheses included. */
interface Piece {
  readonly expr: Expr | undefined;
  readonly start: number;
  readonly end: number;
}

const OPERATOR_WORDS = new Set(["and", "or", "not", "mod", "xor"]);

/** Translate `node`, parsed from `text` (cleaned), resolving names in `scope`. */
export function toExpr(
  node: MathNode,
  text: string,
  scope: EquationScope | undefined,
): { expr: Expr | undefined; problems: Problem[] } {
  const translator = new Translator(text, scope);
  const piece = translator.walk(node);
  if (translator.cursor.skip() !== text.length) {
    throw new CursorMismatch(`text left over at ${translator.cursor.pos}`);
  }
  const ok = translator.problems.length === 0;
  return { expr: ok ? piece.expr : undefined, problems: translator.problems };
}

class Translator {
  readonly cursor: TextCursor;
  readonly problems: Problem[] = [];
  private quiet = 0;

  constructor(
    private readonly text: string,
    private readonly scope: EquationScope | undefined,
  ) {
    this.cursor = new TextCursor(text);
  }

  walk(node: MathNode): Piece {
    switch (node.type) {
      case "ConstantNode": {
        const span = this.cursor.literal();
        const written = this.text.slice(span.start, span.end);
        if (written.startsWith('"') || written.startsWith("'")) {
          return this.unsupported(span, "strings", "equations compute numbers");
        }
        if (typeof node.value === "number" && /^[0-9.]/.test(written)) {
          return { expr: { kind: "number", value: node.value, span }, ...span };
        }
        return this.resolved(resolveSymbol(written, span, this.scope), span);
      }
      case "SymbolNode": {
        const span = this.cursor.expect(node.name);
        return this.resolved(resolveSymbol(node.name, span, this.scope), span);
      }
      case "ParenthesisNode": {
        const open = this.cursor.expect("(");
        const inner = this.walk(node.content);
        return { expr: inner.expr, start: open.start, end: this.cursor.expect(")").end };
      }
      case "OperatorNode":
        return this.operator(node);
      case "FunctionNode":
        return this.call(node);
      case "ConditionalNode": {
        const cond = this.walk(node.condition);
        this.cursor.expect("?");
        const yes = this.walk(node.trueExpr);
        this.cursor.expect(":");
        const no = this.walk(node.falseExpr);
        const span = { start: cond.start, end: no.end };
        const then = yes.expr;
        const expr: Expr | undefined =
          cond.expr && then && no.expr
            ? { kind: "if", cond: cond.expr, then, else: no.expr, span }
            : undefined;
        return { expr, ...span };
      }
      case "RelationalNode": {
        const first = this.quietly(() => this.walk(node.params[0]!));
        let end = first.end;
        node.conditionals.forEach((fn, i) => {
          this.cursor.expect(RELATIONAL_SYMBOLS.get(fn) ?? fn);
          end = this.quietly(() => this.walk(node.params[i + 1]!)).end;
        });
        const hint = "write (a < b) and (b < c)";
        return this.unsupported({ start: first.start, end }, "chained comparison", hint);
      }
      case "AccessorNode": {
        const subscripted = this.subscripted(node);
        if (subscripted) return subscripted;
        const object = this.quietly(() => this.walk(node.object));
        const end = this.index(node.index, node.optionalChaining);
        const construct = node.index.dotNotation ? "property access" : "arrays (indexing)";
        return this.unsupported({ start: object.start, end }, construct);
      }
      case "IndexNode":
        throw new CursorMismatch("index outside an accessor");
      case "ArrayNode":
        return this.unsupported(this.cursor.group(), "arrays");
      case "ObjectNode":
        return this.unsupported(this.cursor.group(), "objects");
      case "RangeNode":
        return this.range(node);
      case "AssignmentNode": {
        const start = this.cursor.skip();
        this.quietly(() => this.walk(node.object));
        if (node.index !== null) this.index(node.index, false);
        this.cursor.expect("=");
        const end = this.quietly(() => this.walk(node.value)).end;
        const hint = "to compare, write ==; an equation holds only the right-hand side";
        return this.unsupported({ start, end }, "assignment", hint);
      }
      case "FunctionAssignmentNode": {
        const start = this.cursor.expect(node.name).start;
        this.cursor.group();
        this.cursor.expect("=");
        const end = this.quietly(() => this.walk(node.expr)).end;
        return this.unsupported({ start, end }, "function definitions");
      }
      case "BlockNode":
        return this.block(node.blocks);
      default: {
        const never: never = node;
        throw new CursorMismatch(`unknown node ${(never as { type: string }).type}`);
      }
    }
  }

  private operator(node: Extract<MathNode, { type: "OperatorNode" }>): Piece {
    const unsupported = UNSUPPORTED_OPERATORS.get(node.fn);
    const [first, second] = node.args;
    if (first === undefined) throw new CursorMismatch(`operator ${node.op} without operands`);
    if (second === undefined && (node.fn === "factorial" || node.fn === "ctranspose")) {
      const start = this.quietly(() => this.walk(first)).start;
      const end = this.cursor.expect(node.op).end;
      return this.unsupported({ start, end }, unsupported?.construct ?? node.op, unsupported?.hint);
    }
    if (second === undefined) {
      const op = this.cursor.expect(node.op);
      const unary = UNARY_OPERATORS.get(node.fn);
      const arg = unary === undefined ? this.quietly(() => this.walk(first)) : this.walk(first);
      const span = { start: op.start, end: arg.end };
      if (unary === undefined) {
        return this.unsupported(span, unsupported?.construct ?? node.op, unsupported?.hint);
      }
      return { expr: arg.expr && { kind: "unary", op: unary, arg: arg.expr, span }, ...span };
    }
    if (node.implicit) return this.implicit(first, second);
    const binary = BINARY_OPERATORS.get(node.fn);
    const walk = (n: MathNode) =>
      binary === undefined ? this.quietly(() => this.walk(n)) : this.walk(n);
    const left = walk(first);
    this.cursor.expect(node.op);
    const right = walk(second);
    const span = { start: left.start, end: right.end };
    if (binary === undefined) {
      return this.unsupported(span, unsupported?.construct ?? node.op, unsupported?.hint);
    }
    const ok = left.expr !== undefined && right.expr !== undefined;
    const expr: Expr | undefined = ok
      ? { kind: "binary", op: binary, left: left.expr!, right: right.expr!, span }
      : undefined;
    return { expr, ...span };
  }

  /** `2x`, `a b c`: one problem for the whole chain of factors written side by side. */
  private implicit(first: MathNode, second: MathNode): Piece {
    const factors = [second];
    let head = first;
    while (head.type === "OperatorNode" && head.implicit && head.args.length === 2) {
      factors.unshift(head.args[1]!);
      head = head.args[0]!;
    }
    factors.unshift(head);
    const isWord = (n: MathNode) =>
      n.type === "SymbolNode" && OPERATOR_WORDS.has(n.name.toLowerCase());
    const pieces = factors.map((n) =>
      isWord(n) ? this.quietly(() => this.walk(n)) : this.walk(n),
    );
    const span = { start: pieces[0]!.start, end: pieces[pieces.length - 1]!.end };
    const written = this.text.slice(span.start, span.end);
    const word = factors.find(isWord);
    const unitLike = head.type === "ConstantNode" && factors[1]?.type === "SymbolNode";
    const units = unitLike ? "; units belong in the variable's `units`" : "";
    const hint =
      word?.type === "SymbolNode"
        ? `operators are lower case: write \`${word.name.toLowerCase()}\``
        : written.length <= 40
          ? `write ${pieces.map((p) => this.text.slice(p.start, p.end)).join(" * ")}${units}`
          : "write the multiplication with `*`";
    const message = `implicit multiplication \`${written}\``;
    this.report({ code: "implicit-multiplication", message, span, hint });
    return { expr: undefined, ...span };
  }

  private call(node: Extract<MathNode, { type: "FunctionNode" }>): Piece {
    const { fn } = node;
    if (fn.type !== "SymbolNode") {
      const callee = this.quietly(() => this.walk(fn));
      if (this.cursor.at("?.")) this.cursor.expect("?.");
      const end = this.quietly(() => this.arguments(node.args)).end;
      const construct = fn.type === "AccessorNode" ? "property access" : "calling an expression";
      return this.unsupported({ start: callee.start, end }, construct);
    }
    const nameSpan = this.cursor.expect(fn.name);
    if (this.cursor.at("?.")) {
      this.cursor.expect("?.");
      const end = this.quietly(() => this.arguments(node.args)).end;
      return this.unsupported({ start: nameSpan.start, end }, "optional chaining `?.`");
    }
    const args = this.arguments(node.args);
    const span = { start: nameSpan.start, end: args.end };
    const exprs = args.pieces.map((p) => p.expr);
    return this.resolved(resolveCall(fn.name, nameSpan, span, exprs, this.scope), span);
  }

  /** Reads `(a, b, …)`. */
  private arguments(args: readonly MathNode[]): { pieces: Piece[]; end: number } {
    this.cursor.expect("(");
    const pieces = args.map((arg, i) => {
      if (i > 0) this.cursor.expect(",");
      return this.walk(arg);
    });
    return { pieces, end: this.cursor.expect(")").end };
  }

  /**
   * `x[a, b!, 2]`: a reference to elements of an arrayed variable, when the scope knows
   * dimensions. Each subscript is a dimension (bound to the current element), an element, a
   * dimension marked `!` (every element, for array builtins), or a number (element `_n` of a
   * numeric dimension). Anything else is left to the caller, which reports it.
   */
  private subscripted(node: Extract<MathNode, { type: "AccessorNode" }>): Piece | undefined {
    const kindOf = this.scope?.subscriptKind?.bind(this.scope);
    if (
      !kindOf ||
      node.index.dotNotation ||
      node.optionalChaining ||
      node.object.type !== "SymbolNode"
    ) {
      return undefined;
    }
    const plain = (d: MathNode) =>
      d.type === "SymbolNode" || (d.type === "ConstantNode" && typeof d.value === "number");
    const reduced = (d: MathNode) =>
      d.type === "OperatorNode" && d.fn === "factorial" && d.args[0]?.type === "SymbolNode";
    if (!node.index.dimensions.every((d) => plain(d) || reduced(d))) return undefined;
    const target = this.walk(node.object);
    this.cursor.expect("[");
    const subscripts: Subscript[] = [];
    node.index.dimensions.forEach((d, i) => {
      if (i > 0) this.cursor.expect(",");
      if (d.type === "ConstantNode") {
        const span = this.cursor.literal();
        subscripts.push({
          kind: "element",
          element: canonicalId(this.text.slice(span.start, span.end)),
        });
        return;
      }
      const symbol = (d.type === "SymbolNode"
        ? d
        : (d as unknown as { args: MathNode[] }).args[0]!) as unknown as { name: string };
      const span = this.cursor.expect(symbol.name);
      const id = canonicalId(symbol.name);
      if (d.type !== "SymbolNode") this.cursor.expect("!");
      const kind = kindOf(id);
      if (kind === undefined || (d.type !== "SymbolNode" && kind !== "dimension")) {
        if (this.quiet === 0) {
          this.problems.push({
            code: "unknown-subscript",
            message: `unknown ${d.type === "SymbolNode" ? "dimension or element" : "dimension"} \`${symbol.name}\``,
            span,
          });
        }
        return;
      }
      subscripts.push(
        d.type !== "SymbolNode"
          ? { kind: "reduce", dim: id }
          : kind === "dimension"
            ? { kind: "dimension", dim: id }
            : { kind: "element", element: id },
      );
    });
    const end = this.cursor.expect("]").end;
    const span = { start: target.start, end };
    if (target.expr === undefined) return { expr: undefined, ...span };
    if (target.expr.kind !== "ref")
      return this.unsupported(span, "subscripts on a lookup or builtin");
    return { expr: { kind: "ref", id: target.expr.id, subscripts, span }, ...span };
  }

  /** Reads `.name`, `?.name`, `[…]` or `?.[…]` and returns where it ends. */
  private index(index: MathIndexNode, optional: boolean): number {
    if (optional) this.cursor.expect("?.");
    if (!index.dotNotation) return this.cursor.group().end;
    if (!optional) this.cursor.expect(".");
    return this.cursor.literal().end;
  }

  private range(node: Extract<MathNode, { type: "RangeNode" }>): Piece {
    const start = this.cursor.skip();
    let end = start;
    this.quietly(() => {
      if (!this.cursor.at(":")) this.walk(node.start);
      end = this.cursor.expect(":").end;
      if (node.step !== null) {
        this.walk(node.step);
        end = this.cursor.expect(":").end;
      }
      const implicitEnd = node.end.type === "SymbolNode" && node.end.name === "end";
      if (!implicitEnd || this.cursor.at("end")) end = this.walk(node.end).end;
    });
    return this.unsupported({ start, end }, "ranges", "arrays come later");
  }

  private block(blocks: readonly { readonly node: MathNode }[]): Piece {
    const start = this.cursor.skip();
    let semicolon: Span | undefined;
    const semicolons = () => {
      while (this.cursor.at(";")) {
        const span = this.cursor.expect(";");
        semicolon ??= span;
      }
    };
    let end = start;
    this.quietly(() => {
      for (const { node } of blocks) {
        semicolons();
        end = this.walk(node).end;
      }
      semicolons();
    });
    const hint = "an equation is one expression";
    const span = semicolon ?? { start, end };
    this.report({
      code: "unsupported-syntax",
      message: "unsupported: several statements",
      span,
      hint,
    });
    return { expr: undefined, start, end: Math.max(end, this.cursor.pos) };
  }

  private resolved(resolved: Resolved | undefined, span: Span): Piece {
    if (this.quiet > 0 || resolved === undefined) return { expr: undefined, ...span };
    if ("problem" in resolved) {
      this.report(resolved.problem);
      return { expr: undefined, ...span };
    }
    return { expr: resolved.expr, ...span };
  }

  private unsupported(span: Span, construct: string, hint?: string): Piece {
    this.report({ code: "unsupported-syntax", message: `unsupported: ${construct}`, span, hint });
    return { expr: undefined, ...span };
  }

  private report(problem: Problem): void {
    if (this.quiet === 0) this.problems.push(problem);
  }

  private quietly<T>(f: () => T): T {
    this.quiet++;
    try {
      return f();
    } finally {
      this.quiet--;
    }
  }
}
