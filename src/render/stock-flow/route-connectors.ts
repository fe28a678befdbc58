/**
 * Connectors routed around the boxes (the dense rows layout, `rows-layout.ts`): a straight line
 * when it is clear, else the cheapest path on a grid (A*, eight directions) on which every
 * symbol and stock box but the connector's own two ends is a wall, and so is every label but
 * theirs: an auxiliary's name sits under its small circle, and a line through the words reads
 * as clutter (issue 16). The ends' own labels and the pipes cost more to cross than open space,
 * so that connectors pass beside labels and cross pipes rather than run along them. The grid
 * path is then pulled taut (each point joined to the farthest one it sees without touching a
 * wall, a label or a stretch of pipe) and clipped at the two ends' symbols. Only a connector
 * that foreign labels wall in is routed again with them as costly instead of walls, so that
 * every connector is drawn. Obstacles are rectangles; the result is a polyline.
 */
import type { ViewPoint } from "../../model/types.js";
import type { Area } from "./free-space.js";

/**
 * A part a connector may start or end at: its symbol and the text box of its label outside the
 * symbol, if any (walls to every other connector).
 */
export interface Shape {
  readonly id: string;
  readonly area: Area;
  /** The point connectors aim at (centre of the symbol). */
  readonly centre: ViewPoint;
  readonly label?: Area;
}

/** What connectors avoid: symbols and their labels (walls), pipes (costly to cross). */
export interface Obstacles {
  readonly shapes: readonly Shape[];
  readonly pipes: readonly Area[];
  /** The region connectors may use. */
  readonly bounds: Area;
}

const CELL = 4;
const WALL_PAD = 3;
/** Room kept round a foreign label (a line is sampled every 2 px, so a corner may be cut). */
const LABEL_PAD = 0.5;
const LABEL_COST = 10;
const PIPE_COST = 3;
const TURN_COST = 0.4;
/** Length of a segment allowed inside pipes (crossing one, not running along it). */
const PIPE_RUN = 20;
/** Radius of a connector's rounded corners. */
const CORNER = 40;

function inside(p: ViewPoint, a: Area, pad = 0): boolean {
  return p.x > a.x0 - pad && p.x < a.x1 + pad && p.y > a.y0 - pad && p.y < a.y1 + pad;
}

/** Where the segment from inside `a` towards `q` leaves the area (grown by `pad`). */
function leave(p: ViewPoint, q: ViewPoint, a: Area, pad: number): ViewPoint {
  let lo = 0;
  let hi = 1;
  if (!inside(p, a, pad)) return p;
  if (inside(q, a, pad)) return q;
  for (let i = 0; i < 30; i++) {
    const m = (lo + hi) / 2;
    if (inside({ x: p.x + (q.x - p.x) * m, y: p.y + (q.y - p.y) * m }, a, pad)) lo = m;
    else hi = m;
  }
  return { x: p.x + (q.x - p.x) * hi, y: p.y + (q.y - p.y) * hi };
}

/** A binary min-heap of grid cells by cost. */
class Heap {
  private readonly cells: number[] = [];
  private readonly keys: number[] = [];
  get size(): number {
    return this.cells.length;
  }
  push(cell: number, key: number): void {
    const c = this.cells;
    const k = this.keys;
    let i = c.length;
    c.push(cell);
    k.push(key);
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (k[p]! <= k[i]!) break;
      [c[p], c[i]] = [c[i]!, c[p]!];
      [k[p], k[i]] = [k[i]!, k[p]!];
      i = p;
    }
  }
  pop(): number {
    const c = this.cells;
    const k = this.keys;
    const top = c[0]!;
    const lastC = c.pop()!;
    const lastK = k.pop()!;
    if (c.length > 0) {
      c[0] = lastC;
      k[0] = lastK;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < c.length && k[l]! < k[m]!) m = l;
        if (r < c.length && k[r]! < k[m]!) m = r;
        if (m === i) break;
        [c[m], c[i]] = [c[i]!, c[m]!];
        [k[m], k[i]] = [k[i]!, k[m]!];
        i = m;
      }
    }
    return top;
  }
}

/** A routed connector: a polyline, or a cubic Bézier chain when its corners are rounded. */
interface Route {
  readonly points: ViewPoint[];
  readonly cubic: boolean;
}

/** A router over fixed obstacles; `route` finds one connector at a time. */
export function connectorRouter(obstacles: Obstacles) {
  const { bounds } = obstacles;
  const cols = Math.ceil((bounds.x1 - bounds.x0) / CELL) + 1;
  const rows = Math.ceil((bounds.y1 - bounds.y0) / CELL) + 1;
  // the shapes whose walls a cell is in: the first, and a second (-2 for three or more); the
  // same for the shapes whose label walls it is in
  const owner = new Int32Array(cols * rows).fill(-1);
  const second = new Int32Array(cols * rows).fill(-1);
  const labelOwner = new Int32Array(cols * rows).fill(-1);
  const labelSecond = new Int32Array(cols * rows).fill(-1);
  const extra = new Float32Array(cols * rows);
  const cellX = (i: number) => bounds.x0 + (i % cols) * CELL;
  const cellY = (i: number) => bounds.y0 + Math.floor(i / cols) * CELL;
  const mark = (a: Area, pad: number, f: (i: number) => void) => {
    const c0 = Math.max(0, Math.floor((a.x0 - pad - bounds.x0) / CELL));
    const c1 = Math.min(cols - 1, Math.ceil((a.x1 + pad - bounds.x0) / CELL));
    const r0 = Math.max(0, Math.floor((a.y0 - pad - bounds.y0) / CELL));
    const r1 = Math.min(rows - 1, Math.ceil((a.y1 + pad - bounds.y0) / CELL));
    for (let r = r0; r <= r1; r++) for (let c = c0; c <= c1; c++) f(r * cols + c);
  };
  /**
   * Call `f` on the cells whose centre lies strictly inside the area grown by `pad`: with `pad`
   * half a cell or more, every point of the area is nearest to one of them (a wall as thin as
   * it can be, so that a connector fits between a label and a stock).
   */
  const markWall = (a: Area, pad: number, f: (i: number) => void) => {
    const c0 = Math.max(0, Math.floor((a.x0 - pad - bounds.x0) / CELL) + 1);
    const c1 = Math.min(cols - 1, Math.ceil((a.x1 + pad - bounds.x0) / CELL) - 1);
    const r0 = Math.max(0, Math.floor((a.y0 - pad - bounds.y0) / CELL) + 1);
    const r1 = Math.min(rows - 1, Math.ceil((a.y1 + pad - bounds.y0) / CELL) - 1);
    for (let r = r0; r <= r1; r++) for (let c = c0; c <= c1; c++) f(r * cols + c);
  };
  const labelled = new Uint8Array(cols * rows);
  const piped = new Uint8Array(cols * rows);
  const claim = (first: Int32Array, other: Int32Array, i: number, k: number) => {
    if (first[i] === -1 || first[i] === k) first[i] = k;
    else other[i] = other[i] === -1 || other[i] === k ? k : -2;
  };
  obstacles.shapes.forEach((s, k) => {
    if (s.label === undefined) return;
    mark(s.label, 0, (i) => {
      extra[i] = Math.max(extra[i]!, LABEL_COST);
    });
    mark(s.label, -CELL / 2, (i) => {
      labelled[i] = 1;
    });
    markWall(s.label, LABEL_PAD + CELL / 2, (i) => claim(labelOwner, labelSecond, i, k));
  });
  for (const a of obstacles.pipes) {
    mark(a, 0, (i) => {
      extra[i] = Math.max(extra[i]!, PIPE_COST);
    });
    mark(a, -CELL / 2, (i) => {
      piped[i] = 1;
    });
  }
  obstacles.shapes.forEach((s, k) => {
    markWall(s.area, WALL_PAD + CELL / 2, (i) => claim(owner, second, i, k));
  });
  const index = new Map(obstacles.shapes.map((s, k) => [s.id, k]));
  const foreign = (a: number, b: number, ends: readonly number[]) =>
    (a >= 0 && !ends.includes(a)) || b === -2 || (b >= 0 && !ends.includes(b));
  /** Whether a cell is in the wall of a shape (or, if `hard`, a label) other than `ends`'. */
  const walled = (i: number, ends: readonly number[], hard: boolean) =>
    foreign(owner[i]!, second[i]!, ends) ||
    (hard && foreign(labelOwner[i]!, labelSecond[i]!, ends));
  const cellAt = (x: number, y: number) =>
    Math.min(rows - 1, Math.max(0, Math.round((y - bounds.y0) / CELL))) * cols +
    Math.min(cols - 1, Math.max(0, Math.round((x - bounds.x0) / CELL)));

  /** Whether the segment touches a wall (other than `ends`), a label or a run of pipe. */
  const clear = (
    p: ViewPoint,
    q: ViewPoint,
    ends: readonly number[],
    hard: boolean,
    strict = true,
  ) => {
    const len = Math.hypot(q.x - p.x, q.y - p.y);
    const n = Math.max(1, Math.ceil(len / 2));
    let run = 0;
    for (let j = 0; j <= n; j++) {
      const x = p.x + ((q.x - p.x) * j) / n;
      const y = p.y + ((q.y - p.y) * j) / n;
      const i = cellAt(x, y);
      if (walled(i, ends, hard)) return false;
      if (!strict) continue;
      if (ends.some((k) => inside({ x, y }, obstacles.shapes[k]!.area, 14))) continue;
      if (labelled[i]) return false;
      if (piped[i]) run += len / n;
      if (run > PIPE_RUN) return false;
    }
    return true;
  };

  const gridPath = (from: number, to: number, hard: boolean): ViewPoint[] | undefined => {
    const cellOf = (p: ViewPoint) => cellAt(p.x, p.y);
    const a = obstacles.shapes[from]!;
    const b = obstacles.shapes[to]!;
    const start = cellOf(a.centre);
    const goal = cellOf(b.centre);
    const gx = goal % cols;
    const gy = Math.floor(goal / cols);
    const cost = new Float64Array(cols * rows).fill(Number.POSITIVE_INFINITY);
    const dirOf = new Int8Array(cols * rows).fill(-1);
    const prev = new Int32Array(cols * rows).fill(-1);
    const heap = new Heap();
    const h = (i: number) => {
      const dx = Math.abs((i % cols) - gx);
      const dy = Math.abs(Math.floor(i / cols) - gy);
      return Math.max(dx, dy) + (Math.SQRT2 - 1) * Math.min(dx, dy);
    };
    cost[start] = 0;
    heap.push(start, h(start));
    const steps = [
      [1, 0],
      [-1, 0],
      [0, 1],
      [0, -1],
      [1, 1],
      [1, -1],
      [-1, 1],
      [-1, -1],
    ] as const;
    while (heap.size > 0) {
      const i = heap.pop();
      if (i === goal) break;
      const x = i % cols;
      const y = Math.floor(i / cols);
      for (let d = 0; d < 8; d++) {
        const [dx, dy] = steps[d]!;
        const nx = x + dx;
        const ny = y + dy;
        if (nx < 0 || ny < 0 || nx >= cols || ny >= rows) continue;
        const j = ny * cols + nx;
        if (walled(j, [from, to], hard)) continue;
        const len = d < 4 ? 1 : Math.SQRT2;
        const turn = dirOf[i]! >= 0 && dirOf[i] !== d ? TURN_COST : 0;
        const c = cost[i]! + len * (1 + extra[j]!) + turn;
        if (c < cost[j]!) {
          cost[j] = c;
          prev[j] = i;
          dirOf[j] = d;
          heap.push(j, c + h(j));
        }
      }
    }
    if (prev[goal] === -1 && goal !== start) return undefined;
    const cells: number[] = [];
    for (let i = goal; i !== -1; i = prev[i]!) cells.push(i);
    cells.reverse();
    return cells.map((i) => ({ x: cellX(i), y: cellY(i) }));
  };

  /**
   * The polyline with its corners rounded (straight pieces joined by cubic arcs), as a cubic
   * Bézier chain, when it keeps off every wall (and, if `strict`, every label) as the polyline
   * does; else undefined.
   */
  const smooth = (
    points: readonly ViewPoint[],
    ends: readonly number[],
    hard: boolean,
    strict: boolean,
  ) => {
    const lerp = (a: ViewPoint, b: ViewPoint, t: number) => ({
      x: a.x + (b.x - a.x) * t,
      y: a.y + (b.y - a.y) * t,
    });
    const out: ViewPoint[] = [points[0]!];
    const line = (a: ViewPoint, b: ViewPoint) => out.push(lerp(a, b, 1 / 3), lerp(a, b, 2 / 3), b);
    let from = points[0]!;
    for (let i = 1; i + 1 < points.length; i++) {
      const [p, q, r] = [points[i - 1]!, points[i]!, points[i + 1]!];
      const radius = Math.min(
        CORNER,
        Math.hypot(q.x - p.x, q.y - p.y) / 2,
        Math.hypot(r.x - q.x, r.y - q.y) / 2,
      );
      const a = lerp(q, p, radius / (Math.hypot(q.x - p.x, q.y - p.y) || 1));
      const b = lerp(q, r, radius / (Math.hypot(r.x - q.x, r.y - q.y) || 1));
      line(from, a);
      out.push(lerp(a, q, 0.55), lerp(b, q, 0.55), b);
      from = b;
    }
    line(from, points[points.length - 1]!);
    for (let i = 0; i + 3 < out.length; i += 3) {
      const [p1, c1, c2, p2] = [out[i]!, out[i + 1]!, out[i + 2]!, out[i + 3]!];
      let last = p1;
      for (let k = 1; k <= 8; k++) {
        const t = k / 8;
        const u = 1 - t;
        const q = {
          x: u ** 3 * p1.x + 3 * u * u * t * c1.x + 3 * u * t * t * c2.x + t ** 3 * p2.x,
          y: u ** 3 * p1.y + 3 * u * u * t * c1.y + 3 * u * t * t * c2.y + t ** 3 * p2.y,
        };
        if (!clear(last, q, ends, hard, strict)) return undefined;
        last = q;
      }
    }
    return out;
  };

  /** The connector between two shapes, foreign labels walls if `hard`, or undefined. */
  const routeWith = (fi: number, ti: number, hard: boolean): Route | undefined => {
    const a = obstacles.shapes[fi]!;
    const b = obstacles.shapes[ti]!;
    const ends = [fi, ti];
    let points: ViewPoint[];
    if (clear(a.centre, b.centre, ends, hard)) points = [a.centre, b.centre];
    else {
      const grid = gridPath(fi, ti, hard);
      if (grid === undefined) return undefined;
      grid[0] = a.centre;
      grid[grid.length - 1] = b.centre;
      // pull taut: from each kept point, jump to the farthest point in clear sight
      points = [grid[0]];
      let i = 0;
      while (i < grid.length - 1) {
        let j = grid.length - 1;
        while (j > i + 1 && !clear(grid[i]!, grid[j]!, ends, hard)) j--;
        points.push(grid[j]!);
        i = j;
      }
    }
    // clip at the two symbols: keep the path from where it last leaves the source's box to
    // where it first enters the target's (a sub-path of a clear path stays clear)
    let k = 0;
    while (k + 2 < points.length && inside(points[k + 1]!, a.area, 2)) k++;
    let m = points.length - 1;
    while (m - 2 >= k && inside(points[m - 1]!, b.area, 2)) m--;
    const start = leave(points[k]!, points[k + 1]!, a.area, 2);
    const end = leave(points[m]!, points[m - 1]!, b.area, 2);
    const line = [start, ...points.slice(k + 1, m), end];
    if (line.length < 3) return { points: line, cubic: false };
    // rounded corners may not cross a label the polyline keeps clear of
    const strict = line.slice(1).every((q, i) => clear(line[i]!, q, ends, hard));
    const curve = smooth(line, ends, hard, strict);
    return curve === undefined ? { points: line, cubic: false } : { points: curve, cubic: true };
  };

  /**
   * The connector from `from` to `to`, clipped at both symbols, clear of every foreign label
   * when it can be (else across as few as it can), or undefined if symbols wall it in.
   */
  const route = (from: string, to: string): Route | undefined => {
    const fi = index.get(from);
    const ti = index.get(to);
    if (fi === undefined || ti === undefined) return undefined;
    return routeWith(fi, ti, true) ?? routeWith(fi, ti, false);
  };
  return { route };
}
