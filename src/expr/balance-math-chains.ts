/**
 * Balance the long `+` and `*` chains of a mathjs node tree (see {@link balancedChain}), so that
 * a flat sum of thousands of terms is not refused as "nested too deeply". The left spine of a
 * chain is followed with a loop, not recursion; the operands keep their order in the text.
 */
import { balancedChain } from "./balanced-chain.js";

/** The part of a mathjs node this needs. */
interface ChainNode {
  readonly type: string;
  readonly op?: string;
  readonly fn?: string;
  readonly implicit?: boolean;
  readonly args?: readonly ChainNode[];
  map(callback: (child: ChainNode) => ChainNode): ChainNode;
}

/** Builds a binary operator node (mathjs' `OperatorNode`). */
export type MakeOperator = (op: string, fn: string, args: ChainNode[]) => ChainNode;

const ASSOCIATIVE = new Set(["add", "multiply"]);

/** `node` with every long chain of one associative operator balanced. */
export function balanceMathChains<N>(node: N, make: MakeOperator): N {
  const balance = (n: ChainNode): ChainNode => {
    if (!isChainLink(n)) return n.map(balance);
    const right: ChainNode[] = [];
    let left: ChainNode = n;
    while (isChainLink(left) && left.fn === n.fn && left.implicit === n.implicit) {
      right.push(left.args![1]!);
      left = left.args![0]!;
    }
    if (right.length + 1 <= 2) return n.map(balance);
    const operands = [left, ...right.reverse()].map(balance);
    return balancedChain(operands, (a, b) => {
      const joined = make(n.op!, n.fn!, [a, b]);
      return n.implicit ? Object.assign(joined, { implicit: true }) : joined;
    });
  };
  return balance(node as unknown as ChainNode) as unknown as N;
}

function isChainLink(n: ChainNode): boolean {
  return n.type === "OperatorNode" && ASSOCIATIVE.has(n.fn ?? "") && n.args?.length === 2;
}
