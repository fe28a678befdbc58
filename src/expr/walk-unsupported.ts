/**
 * Walkers for constructs the equation language rejects but whose text must still be read to
 * keep positions in step: factors side by side, indexing and property access, ranges, and
 * several statements. Each reports one problem for the whole construct.
 */
import { implicitHint } from "./implicit-hint.js";
import type { MathIndexNode, MathNode } from "./mathjs-instance.js";
import type { Span } from "./types.js";
import type { Piece, Walker } from "./walker.js";

/** `2x`, `a b c`: one problem for the whole chain of factors written side by side. */
export function walkImplicit(w: Walker, first: MathNode, second: MathNode): Piece {
  const factors = [second];
  let head = first;
  while (head.type === "OperatorNode" && head.implicit && head.args.length === 2) {
    factors.unshift(head.args[1]!);
    head = head.args[0]!;
  }
  factors.unshift(head);
  const start = w.cursor.skip();
  const probe = w.quietly(() => factors.map((n) => w.walk(n)));
  const written = probe.map((p) => w.text.slice(p.start, p.end));
  const { hint, quiet } = implicitHint(factors, written, w.scope);
  if (!quiet) {
    // Walk again, aloud, so that unknown names among the factors are reported too.
    w.cursor.pos = start;
    for (const n of factors) w.walk(n);
  }
  const span = { start: probe[0]!.start, end: probe[probe.length - 1]!.end };
  const message = `implicit multiplication \`${w.text.slice(span.start, span.end)}\``;
  w.report({ code: "implicit-multiplication", message, span, hint });
  return { expr: undefined, ...span };
}

/** Reads `.name`, `?.name`, `[…]` or `?.[…]` and returns where it ends. */
export function walkIndex(w: Walker, index: MathIndexNode, optional: boolean): number {
  if (optional) w.cursor.expect("?.");
  if (!index.dotNotation) return w.cursor.group().end;
  if (!optional) w.cursor.expect(".");
  return w.cursor.literal().end;
}

/** `1:3`, `:`, `1:2:end`: mathjs fills in missing starts and ends, which have no text. */
export function walkRange(w: Walker, node: Extract<MathNode, { type: "RangeNode" }>): Piece {
  const start = w.cursor.skip();
  let end = start;
  w.quietly(() => {
    if (!w.cursor.at(":")) w.walk(node.start);
    end = w.cursor.expect(":").end;
    if (node.step !== null) {
      w.walk(node.step);
      end = w.cursor.expect(":").end;
    }
    const implicitEnd = node.end.type === "SymbolNode" && node.end.name === "end";
    if (!implicitEnd || w.cursor.at("end")) end = w.walk(node.end).end;
  });
  return w.unsupported({ start, end }, "ranges", "arrays are written x[d], x[e] or x[d!]");
}

/** `a; b`: reported at the first semicolon. */
export function walkBlock(w: Walker, blocks: readonly { readonly node: MathNode }[]): Piece {
  const start = w.cursor.skip();
  let semicolon: Span | undefined;
  const semicolons = () => {
    while (w.cursor.at(";")) {
      const span = w.cursor.expect(";");
      semicolon ??= span;
    }
  };
  let end = start;
  w.quietly(() => {
    for (const { node } of blocks) {
      semicolons();
      end = w.walk(node).end;
    }
    semicolons();
  });
  const span = semicolon ?? { start, end };
  const message = "unsupported: several statements";
  w.report({ code: "unsupported-syntax", message, span, hint: "an equation is one expression" });
  return { expr: undefined, start, end: Math.max(end, w.cursor.pos) };
}
