/**
 * The one mathjs instance of stockflow, restricted to the parser: it is built from the factories
 * of `parse`, the node classes it builds and the number conversion it applies to literals, and
 * nothing else, so it can turn text into a node tree and nothing else. No mathjs function is ever
 * evaluated, compiled or called at run time; the tree is translated into our own {@link Expr} by
 * `to-expr.ts`. The numeric functions taken from mathjs are `lgamma` (GAMMA LN) and `erf` (the
 * normal priority curve of ALLOCATE AVAILABLE), plain number-to-number functions. This is the
 * only file that imports mathjs.
 *
 * Naming the factories one by one (rather than `parseDependencies`) is what keeps start-up
 * short: the build bundles only these factories (mathjs is `"sideEffects": false`), and the
 * instance does not build the matrix and arithmetic typed functions that the node classes need
 * only to evaluate or typeset themselves (`subset`, `size`, `isBounded`). Those three are
 * replaced by {@link evaluationOnly} factories that throw if anything ever calls them.
 */
import {
  create,
  createAccessorNode,
  createArrayNode,
  createAssignmentNode,
  createBlockNode,
  createConditionalNode,
  createConstantNode,
  createFunctionAssignmentNode,
  createFunctionNode,
  createIndexNode,
  createNode,
  createNumber,
  createNumeric,
  createObjectNode,
  createOperatorNode,
  createParenthesisNode,
  createParse,
  createRangeNode,
  createRelationalNode,
  createResultSet,
  createSymbolNode,
  createTyped,
  factory,
  lgamma,
  erf as mathErf,
} from "mathjs";
import { balanceMathChains } from "./balance-math-chains.js";

/** ln Γ(x), mathjs's `lgamma` (Lanczos), for the GAMMA LN builtin. */
export const logGamma = (x: number): number => lgamma(x) as number;

/** The error function erf(x), mathjs's `erf` (Chebyshev approximations after W. J. Cody). */
export const erf = (x: number): number => mathErf(x) as number;

/** The mathjs node shapes the translator reads (a structural subset of mathjs' own types). */
export type MathNode =
  | { readonly type: "ConstantNode"; readonly value: unknown }
  | { readonly type: "SymbolNode"; readonly name: string }
  | { readonly type: "ParenthesisNode"; readonly content: MathNode }
  | {
      readonly type: "OperatorNode";
      readonly op: string;
      readonly fn: string;
      readonly args: readonly MathNode[];
      readonly implicit: boolean;
      readonly isPercentage: boolean;
    }
  | { readonly type: "FunctionNode"; readonly fn: MathNode; readonly args: readonly MathNode[] }
  | {
      readonly type: "ConditionalNode";
      readonly condition: MathNode;
      readonly trueExpr: MathNode;
      readonly falseExpr: MathNode;
    }
  | {
      readonly type: "RelationalNode";
      readonly conditionals: readonly string[];
      readonly params: readonly MathNode[];
    }
  | {
      readonly type: "AccessorNode";
      readonly object: MathNode;
      readonly index: MathIndexNode;
      readonly optionalChaining: boolean;
    }
  | { readonly type: "IndexNode"; readonly dimensions: readonly MathNode[] }
  | { readonly type: "ArrayNode"; readonly items: readonly MathNode[] }
  | { readonly type: "ObjectNode" }
  | {
      readonly type: "RangeNode";
      readonly start: MathNode;
      readonly end: MathNode;
      readonly step: MathNode | null;
    }
  | {
      readonly type: "AssignmentNode";
      readonly object: MathNode;
      readonly index: MathIndexNode | null;
      readonly value: MathNode;
    }
  | {
      readonly type: "FunctionAssignmentNode";
      readonly name: string;
      readonly params: readonly string[];
      readonly expr: MathNode;
    }
  | { readonly type: "BlockNode"; readonly blocks: readonly { readonly node: MathNode }[] };

/** An index in `a[1]` or `a.b` (dot notation). */
export interface MathIndexNode {
  readonly type: "IndexNode";
  readonly dimensions: readonly MathNode[];
  readonly dotNotation: boolean;
}

/**
 * A factory for a function the node classes take as a dependency but call only when a node is
 * evaluated (`compile`) or typeset (`toTex`), which stockflow never does.
 */
function evaluationOnly(name: string) {
  return factory(name, [], () => () => {
    throw new Error(`stockflow's mathjs instance only parses; ${name} is not available`);
  });
}

const math = create(
  {
    createTyped,
    createNumber,
    createNumeric,
    createResultSet,
    createNode,
    createAccessorNode,
    createArrayNode,
    createAssignmentNode,
    createBlockNode,
    createConditionalNode,
    createConstantNode,
    createFunctionAssignmentNode,
    createFunctionNode,
    createIndexNode,
    createObjectNode,
    createOperatorNode,
    createParenthesisNode,
    createRangeNode,
    createRelationalNode,
    createSymbolNode,
    createParse,
    createSubset: evaluationOnly("subset"),
    createSize: evaluationOnly("size"),
    createIsBounded: evaluationOnly("isBounded"),
  },
  { number: "number" },
);

/**
 * Parse text with mathjs into a node tree, and tell whether it holds a percentage (`50%`, which
 * mathjs rewrites into other nodes). Throws mathjs' `SyntaxError` (with a 1-based `char`) on
 * malformed text, and `RangeError` when the text is nested too deeply.
 */
export function mathParse(text: string): { node: MathNode; percentage: boolean } {
  const node = balanceMathChains(
    math.parse(text),
    (op, fn, args) => new math.OperatorNode(op as "+", fn as "add", args as never) as never,
  );
  const percentage = node.filter((n) => (n as { isPercentage?: boolean }).isPercentage === true);
  return { node: node as unknown as MathNode, percentage: percentage.length > 0 };
}
