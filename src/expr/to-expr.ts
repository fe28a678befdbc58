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

import type { EquationScope } from "./equation-scope.js";
import type { Problem } from "./equation-text.js";
import type { MathNode } from "./mathjs-instance.js";
import {
  BINARY_OPERATORS,
  RELATIONAL_SYMBOLS,
  UNARY_OPERATORS,
  UNSUPPORTED_OPERATORS,
} from "./operator-table.js";
import { type Resolved, resolveCall, resolveSymbol } from "./resolve-name.js";
import { CursorMismatch, TextCursor } from "./text-cursor.js";
import type { Expr, Span } from "./types.js";
import { calledLookupFunction, walkLookupFunction } from "./walk-lookup-function.js";
import { walkSubscripted } from "./walk-subscripts.js";
import { walkBlock, walkImplicit, walkIndex, walkRange } from "./walk-unsupported.js";
import type { Piece, Walker } from "./walker.js";

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

class Translator implements Walker {
  readonly cursor: TextCursor;
  readonly problems: Problem[] = [];
  private quiet = 0;

  constructor(
    readonly text: string,
    readonly scope: EquationScope | undefined,
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
        const subscripted = walkSubscripted(this, node);
        if (subscripted) return subscripted;
        const object = this.quietly(() => this.walk(node.object));
        const end = walkIndex(this, node.index, node.optionalChaining);
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
        return walkRange(this, node);
      case "AssignmentNode": {
        const start = this.cursor.skip();
        this.quietly(() => this.walk(node.object));
        if (node.index !== null) walkIndex(this, node.index, false);
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
        return walkBlock(this, node.blocks);
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
    if (node.implicit) return walkImplicit(this, first, second);
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
    const lookupFn = calledLookupFunction(fn.name, this);
    if (lookupFn !== undefined) return walkLookupFunction(this, lookupFn, node.args, nameSpan);
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

  private resolved(resolved: Resolved | undefined, span: Span): Piece {
    if (this.quiet > 0 || resolved === undefined) return { expr: undefined, ...span };
    if ("problem" in resolved) {
      this.report(resolved.problem);
      return { expr: undefined, ...span };
    }
    return { expr: resolved.expr, ...span };
  }

  unsupported(span: Span, construct: string, hint?: string): Piece {
    this.report({ code: "unsupported-syntax", message: `unsupported: ${construct}`, span, hint });
    return { expr: undefined, ...span };
  }

  report(problem: Problem): void {
    if (this.quiet === 0) this.problems.push(problem);
  }

  get isQuiet(): boolean {
    return this.quiet > 0;
  }

  quietly<T>(f: () => T): T {
    this.quiet++;
    try {
      return f();
    } finally {
      this.quiet--;
    }
  }
}
