/**
 * Ordering: a topological sort of the nodes computed in one pass, by their references, done
 * once at compile time. Cycles are found as strongly connected components (Tarjan 1972,
 * "Depth-first search and linear graph algorithms", SIAM J. Comput. 1(2)); each one is an
 * algebraic loop, reported with every node in it.
 */

/** The order, and the cycles (each a list of node ids) that prevented a complete order. */
export interface Ordering {
  readonly order: readonly string[];
  readonly cycles: readonly (readonly string[])[];
}

/**
 * Sort `ids` so that every node comes after the nodes it depends on. `deps(id)` lists the
 * dependencies among `ids` (others are ignored). Ties keep the order of `ids`, so the result is
 * deterministic.
 */
export function orderNodes(
  ids: readonly string[],
  deps: (id: string) => Iterable<string>,
): Ordering {
  const member = new Set(ids);
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const order: string[] = [];
  const cycles: string[][] = [];
  let counter = 0;

  // Iterative Tarjan: components come out in reverse topological order of the condensation,
  // which with edges pointing at dependencies is exactly evaluation order.
  for (const root of ids) {
    if (index.has(root)) continue;
    const work: { id: string; it: Iterator<string> }[] = [];
    const enter = (id: string) => {
      index.set(id, counter);
      low.set(id, counter);
      counter++;
      stack.push(id);
      onStack.add(id);
      work.push({ id, it: [...deps(id)].filter((d) => member.has(d))[Symbol.iterator]() });
    };
    enter(root);
    while (work.length > 0) {
      const frame = work[work.length - 1]!;
      const next = frame.it.next();
      if (!next.done) {
        const dep = next.value;
        if (!index.has(dep)) enter(dep);
        else if (onStack.has(dep)) low.set(frame.id, Math.min(low.get(frame.id)!, index.get(dep)!));
        continue;
      }
      work.pop();
      if (work.length > 0) {
        const parent = work[work.length - 1]!.id;
        low.set(parent, Math.min(low.get(parent)!, low.get(frame.id)!));
      }
      if (low.get(frame.id) === index.get(frame.id)) {
        const component: string[] = [];
        let member_: string;
        do {
          member_ = stack.pop()!;
          onStack.delete(member_);
          component.push(member_);
        } while (member_ !== frame.id);
        const selfLoop = component.length === 1 && [...deps(frame.id)].includes(frame.id);
        if (component.length > 1 || selfLoop) cycles.push(component.reverse());
        else order.push(frame.id);
      }
    }
  }
  return { order, cycles };
}
