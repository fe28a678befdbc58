/**
 * All elementary circuits (simple cycles) of a directed graph given as adjacency lists over the
 * integers 0..n-1, by Johnson's algorithm: D. B. Johnson, "Finding all the elementary circuits of
 * a directed graph", SIAM J. Comput. 4(1), 1975, 77–84. Circuits through the least vertex `s` are
 * searched inside the strongly connected component of `s` in the subgraph of vertices ≥ s, with
 * blocking so that no vertex is explored twice without a circuit found in between; each circuit is
 * reported once, starting at its least vertex.
 *
 * Limits: a length limit prunes the search; a cut-off branch counts as "found" for unblocking, which
 * keeps the algorithm exact at the cost of some repeated work (the simple bounded variant discussed
 * by Gupta and Suzumura, "Finding all bounded-length simple cycles in a directed graph", 2021).
 * A count or time limit stops the search and reports truncation instead of running on.
 */

/** Limits of the search. */
export interface CircuitLimits {
  /** Longest circuit to report, in edges. */
  readonly maxLength: number;
  /** Stop after this many circuits. */
  readonly maxCircuits: number;
  /** Stop after this many milliseconds. */
  readonly timeLimitMs: number;
}

/** The circuits found and whether a count or time limit cut the search short. */
export interface CircuitsResult {
  readonly circuits: readonly (readonly number[])[];
  readonly truncated: boolean;
}

/** The vertices ≥ s that lie on a cycle with s: reachable from s and reaching s, within ≥ s. */
function componentOf(
  s: number,
  forward: readonly (readonly number[])[],
  backward: readonly (readonly number[])[],
): Uint8Array {
  const n = forward.length;
  const reach = (adjacency: readonly (readonly number[])[]): Uint8Array => {
    const seen = new Uint8Array(n);
    const work = [s];
    seen[s] = 1;
    while (work.length > 0) {
      for (const w of adjacency[work.pop()!]!) {
        if (w >= s && !seen[w]) {
          seen[w] = 1;
          work.push(w);
        }
      }
    }
    return seen;
  };
  const ahead = reach(forward);
  const behind = reach(backward);
  for (let v = 0; v < n; v++) ahead[v] = ahead[v]! & behind[v]!;
  return ahead;
}

/** All elementary circuits of the graph `adjacency`, within `limits`. */
export function elementaryCircuits(
  adjacency: readonly (readonly number[])[],
  limits: CircuitLimits,
): CircuitsResult {
  const n = adjacency.length;
  const backward: number[][] = Array.from({ length: n }, () => []);
  adjacency.forEach((targets, v) => {
    for (const w of targets) backward[w]!.push(v);
  });
  const circuits: number[][] = [];
  const blocked = new Uint8Array(n);
  const blockers: Set<number>[] = Array.from({ length: n }, () => new Set());
  const path: number[] = [];
  const deadline = performance.now() + limits.timeLimitMs;
  let steps = 0;
  let stopped = false;
  let inside: Uint8Array = new Uint8Array(n);

  const unblock = (u: number): void => {
    const work = [u];
    while (work.length > 0) {
      const x = work.pop()!;
      if (!blocked[x]) continue;
      blocked[x] = 0;
      for (const w of blockers[x]!) work.push(w);
      blockers[x]!.clear();
    }
  };

  // Johnson's CIRCUIT procedure with an explicit stack of frames (vertex, next edge, found), so
  // that a loop of thousands of variables does not overflow the call stack.
  const frames: { v: number; next: number; found: boolean }[] = [];
  const enter = (v: number): void => {
    if (++steps % 1024 === 0 && performance.now() > deadline) stopped = true;
    path.push(v);
    blocked[v] = 1;
    frames.push({ v, next: 0, found: false });
  };
  const circuit = (s: number): void => {
    enter(s);
    while (frames.length > 0) {
      const frame = frames[frames.length - 1]!;
      const targets = adjacency[frame.v]!;
      if (!stopped && frame.next < targets.length) {
        const w = targets[frame.next++]!;
        if (!inside[w]) continue;
        if (w === s) {
          circuits.push(path.slice());
          frame.found = true;
          if (circuits.length >= limits.maxCircuits) stopped = true;
        } else if (!blocked[w]) {
          if (path.length >= limits.maxLength) frame.found = true;
          else enter(w);
        }
        continue;
      }
      if (frame.found) unblock(frame.v);
      else for (const w of targets) if (inside[w]) blockers[w]!.add(frame.v);
      path.pop();
      frames.pop();
      if (frame.found && frames.length > 0) frames[frames.length - 1]!.found = true;
    }
  };

  for (let s = 0; s < n && !stopped; s++) {
    inside = componentOf(s, adjacency, backward);
    const selfLoop = adjacency[s]!.includes(s);
    if (!selfLoop && !inside.some((x, v) => x === 1 && v !== s)) continue;
    for (let v = s; v < n; v++) {
      blocked[v] = 0;
      blockers[v]!.clear();
    }
    circuit(s);
  }
  return { circuits, truncated: stopped };
}
