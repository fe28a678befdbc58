/**
 * Long chains of one associative operator (`a + b + c + …`, `a * b * …`), as a parser builds
 * them, are trees as deep as the chain is long: a flat sum of 3,000 terms would overflow every
 * recursive walk over it. Such a chain is rebuilt as a balanced tree, whose depth is the
 * logarithm of its length. Chains of up to {@link CHAIN_THRESHOLD} operands keep the usual
 * left-to-right grouping, so the numbers of ordinary equations do not change by a rounding; a
 * longer sum is added pairwise, which rounds no worse than left to right.
 */

/** Chains of up to this many operands keep their left-to-right grouping. */
export const CHAIN_THRESHOLD = 64;

/** Join `operands` with `join`: left to right when few, as a balanced tree when many. */
export function balancedChain<T>(operands: readonly T[], join: (left: T, right: T) => T): T {
  if (operands.length <= CHAIN_THRESHOLD) {
    let out = operands[0] as T;
    for (let i = 1; i < operands.length; i++) out = join(out, operands[i] as T);
    return out;
  }
  const half = Math.ceil(operands.length / 2);
  return join(
    balancedChain(operands.slice(0, half), join),
    balancedChain(operands.slice(half), join),
  );
}
