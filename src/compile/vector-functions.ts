/**
 * Runtime forms of Vensim's vector functions (VECTOR SELECT, VECTOR ELM MAP, VECTOR SORT ORDER,
 * VECTOR RANK, VECTOR REORDER, INVERT MATRIX, ALLOCATE BY PRIORITY). Flattening
 * (`arrays/vector-builtins.ts`) rewrites each call, for each element of the variable it defines,
 * into a call of one of these with the element's position and every value of the input arrays as
 * plain numbers, so generated code still holds only slots, numbers and builtin names.
 *
 * Errors Vensim reports at run time (an index out of range, a singular matrix, an error action
 * of VECTOR SELECT) give NaN, which the run reports as a value that is not finite, naming the
 * variable and the time.
 */
import { pow } from "../math/pow.js";

/**
 * `compute` remembering its last result: every element of a vector calls the runtime form with
 * the same input values in the same step, so the sort, inverse or allocation is computed once
 * per step instead of once per element. A pure function of its arguments, so still
 * deterministic.
 */
export function lastCall<T>(
  compute: (args: readonly number[]) => T,
): (args: readonly number[]) => T {
  let lastArgs: readonly number[] | undefined;
  let last: T | undefined;
  return (args) => {
    if (lastArgs === undefined || !sameNumbers(lastArgs, args)) {
      last = compute(args);
      lastArgs = args;
    }
    return last as T;
  };
}

/** Element-wise equality, NaN equal to NaN. */
function sameNumbers(a: readonly number[], b: readonly number[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x !== y && !(Number.isNaN(x) && Number.isNaN(y))) return false;
  }
  return true;
}

/** Index `x` rounded to the nearest whole number, or -1 when it is not finite. */
function whole(x: number): number {
  return Number.isFinite(x) ? Math.round(x) : -1;
}

/**
 * VECTOR SELECT over pairs `(selection, value)` laid out as `s0, e0, s1, e1, …`. Only pairs
 * with a non-zero selection count. `action` 0 sum of s·e, 1 product of s·e, 2 min of s·e, 3 max
 * of s·e, 4 mean of s·e, 5 product of e^s, 6 sum of e, 7 product of e, 8 min of e, 9 max of e,
 * 10 mean of e. `error` 1: NaN when nothing is selected, 2: NaN when more than one is, 3: both.
 */
export function vectorSelect(
  missing: number,
  action: number,
  error: number,
  ...pairs: number[]
): number {
  const a = whole(action);
  const err = whole(error);
  let count = 0;
  let acc = 0;
  for (let i = 0; i + 1 < pairs.length; i += 2) {
    const s = pairs[i]!;
    if (s === 0) continue;
    const e = pairs[i + 1]!;
    const x = a === 5 ? pow(e, s) : a >= 6 ? e : s * e;
    if (count === 0) acc = x;
    else if (a === 0 || a === 4 || a === 6 || a === 10) acc += x;
    else if (a === 2 || a === 8) acc = Math.min(acc, x);
    else if (a === 3 || a === 9) acc = Math.max(acc, x);
    else acc *= x;
    count++;
  }
  if (a < 0 || a > 10) return Number.NaN;
  if (count === 0) return err === 1 || err === 3 ? Number.NaN : missing;
  if (count > 1 && (err === 2 || err === 3)) return Number.NaN;
  return a === 4 || a === 10 ? acc / count : acc;
}

/** The element at (0-based) position `index` of `values`; NaN outside the array. */
export function vectorElementAt(index: number, ...values: number[]): number {
  const i = whole(index);
  return i >= 0 && i < values.length ? values[i]! : Number.NaN;
}

/**
 * The 0-based positions of `values` in sorted order: ascending when `direction` > 0, else
 * descending. Equal values keep their order (the earlier element first).
 */
export function sortOrder(direction: number, values: readonly number[]): number[] {
  const order = values.map((_, i) => i);
  const sign = direction > 0 ? 1 : -1;
  // Array.prototype.sort is stable, so ties keep their original order.
  return order.sort((i, j) => sign * (values[i]! - values[j]!));
}

/** Sort order and ranks of `[direction, ...values]`, remembered for the other elements. */
const sorted = lastCall(([direction, ...values]) => {
  const order = sortOrder(direction!, values);
  const ranks = new Array<number>(order.length);
  order.forEach((i, place) => {
    ranks[i] = place + 1;
  });
  return { order, ranks };
});

/** VECTOR SORT ORDER: the 0-based position of the `k`-th element in sorted order. */
export function vectorSortOrderAt(k: number, direction: number, ...values: number[]): number {
  return sorted([direction, ...values]).order[whole(k)] ?? Number.NaN;
}

/**
 * XMILE RANK: the 1-based index of the element of rank `n` (1 for the smallest) among `count`
 * values; when `rest` holds `count` more numbers they break ties (smaller first), and equal
 * pairs keep their order. NaN when `n` is not a rank of the array.
 */
export function rankIndex(n: number, count: number, ...rest: number[]): number {
  const values = rest.slice(0, count);
  const ties = rest.length >= 2 * count ? rest.slice(count, 2 * count) : undefined;
  const order = values.map((_, i) => i);
  order.sort((i, j) => values[i]! - values[j]! || (ties ? ties[i]! - ties[j]! : 0));
  const at = order[whole(n) - 1];
  return at === undefined ? Number.NaN : at + 1;
}

/** VECTOR RANK: the 1-based rank of element `k` (ties get contiguous ranks, earlier first). */
export function vectorRankAt(k: number, direction: number, ...values: number[]): number {
  return sorted([direction, ...values]).ranks[whole(k)] ?? Number.NaN;
}

/**
 * The inverse of the n×n matrix `m` (row-major), by Gauss-Jordan elimination with partial
 * pivoting; undefined when the matrix is singular (a pivot vanishes relative to the matrix's
 * largest entry).
 */
export function invertMatrix(m: readonly number[]): number[] | undefined {
  const n = Math.round(Math.sqrt(m.length));
  if (n * n !== m.length || n === 0) return undefined;
  const a = m.slice();
  const inv = Array.from({ length: n * n }, (_, i): number =>
    Math.floor(i / n) === i % n ? 1 : 0,
  );
  const scale = a.reduce((most, x) => Math.max(most, Math.abs(x)), 0);
  if (!(scale > 0) || !Number.isFinite(scale)) return undefined;
  const tiny = scale * n * Number.EPSILON * 8;
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) {
      if (Math.abs(a[r * n + col]!) > Math.abs(a[pivot * n + col]!)) pivot = r;
    }
    if (!(Math.abs(a[pivot * n + col]!) > tiny)) return undefined;
    if (pivot !== col) {
      for (let c = 0; c < n; c++) {
        [a[col * n + c], a[pivot * n + c]] = [a[pivot * n + c]!, a[col * n + c]!];
        [inv[col * n + c], inv[pivot * n + c]] = [inv[pivot * n + c]!, inv[col * n + c]!];
      }
    }
    const p = a[col * n + col]!;
    for (let c = 0; c < n; c++) {
      a[col * n + c]! /= p;
      inv[col * n + c]! /= p;
    }
    for (let r = 0; r < n; r++) {
      if (r === col) continue;
      const f = a[r * n + col]!;
      if (f === 0) continue;
      for (let c = 0; c < n; c++) {
        a[r * n + c]! -= f * a[col * n + c]!;
        inv[r * n + c]! -= f * inv[col * n + c]!;
      }
    }
  }
  return inv;
}

const lastInverse = lastCall(invertMatrix);

/** INVERT MATRIX: element (row, col) of the inverse of the matrix `m` (row-major); NaN when singular. */
export function invertMatrixAt(row: number, col: number, ...m: number[]): number {
  const inv = lastInverse(m);
  const n = Math.round(Math.sqrt(m.length));
  const r = whole(row);
  const c = whole(col);
  if (inv === undefined || r < 0 || c < 0 || r >= n || c >= n) return Number.NaN;
  return inv[r * n + c]!;
}

/**
 * ALLOCATE BY PRIORITY for every requester: each has a rectangular priority curve of the given
 * width centred on its priority, so at a market priority level `x` requester i receives
 * `request_i · clamp((priority_i − x)/width + 1/2, 0, 1)`. The level at which the allocations
 * add up to the supply is found by bisection. When supply covers every request, each gets its
 * request; a supply of zero or less gives nothing; a width of zero or less is an error (NaN).
 */
export function allocateByPriority(
  requests: readonly number[],
  priorities: readonly number[],
  width: number,
  supply: number,
): number[] {
  const n = requests.length;
  const wanted = requests.map((r) => Math.max(0, r));
  const total = wanted.reduce((s, r) => s + r, 0);
  if (!(width > 0)) return wanted.map(() => Number.NaN);
  if (supply >= total) return wanted;
  if (!(supply > 0)) return wanted.map(() => 0);
  const at = (x: number) =>
    wanted.map((r, i) => r * Math.min(1, Math.max(0, (priorities[i]! - x) / width + 0.5)));
  const sum = (x: number) => at(x).reduce((s, a) => s + a, 0);
  // sum(x) falls from `total` (x ≤ lo) to 0 (x ≥ hi).
  const first = priorities.slice(0, n);
  let lo = first.reduce((a, b) => Math.min(a, b), Number.POSITIVE_INFINITY) - width;
  let hi = first.reduce((a, b) => Math.max(a, b), Number.NEGATIVE_INFINITY) + width;
  for (let i = 0; i < 200 && hi - lo > 0; i++) {
    const mid = (lo + hi) / 2;
    if (mid === lo || mid === hi) break;
    if (sum(mid) > supply) lo = mid;
    else hi = mid;
  }
  return at((lo + hi) / 2);
}

const lastAllocation = lastCall(([width, supply, ...rest]) => {
  const n = rest.length / 2;
  return allocateByPriority(rest.slice(0, n), rest.slice(n), width!, supply!);
});

/**
 * ALLOCATE BY PRIORITY, element `k`: `rest` holds the requests then the priorities (n each).
 */
export function allocateByPriorityAt(
  k: number,
  width: number,
  supply: number,
  ...rest: number[]
): number {
  const n = rest.length / 2;
  const i = whole(k);
  if (!Number.isInteger(n) || i < 0 || i >= n) return Number.NaN;
  return lastAllocation([width, supply, ...rest])[i]!;
}
