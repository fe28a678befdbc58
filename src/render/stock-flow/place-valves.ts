/**
 * Valves on their pipes (`chain-row.ts`): each valve goes on the horizontal piece of its pipe,
 * as near its middle as its label (hanging under the valve) stays clear of the stocks, clouds,
 * valve labels placed before and every other pipe; the middle when no spot is clear.
 */
import type { ViewPoint } from "../../model/types.js";
import { type Area, areasOverlap, FreeSpace } from "./free-space.js";
import type { SymbolSize } from "./sf-node-sizes.js";

/** A pipe: its points and the horizontal piece its valve goes on. */
export interface PipeRoute {
  readonly points: readonly ViewPoint[];
  readonly piece: readonly [ViewPoint, ViewPoint];
}

/** Half the breadth a pipe takes. */
const PIPE = 6;

function segmentArea(a: ViewPoint, b: ViewPoint, pad: number): Area {
  return {
    x0: Math.min(a.x, b.x) - pad,
    y0: Math.min(a.y, b.y) - pad,
    x1: Math.max(a.x, b.x) + pad,
    y1: Math.max(a.y, b.y) + pad,
  };
}

/** Each valve's centre, and the areas the valves' labels and the pipes take. */
export function placeValves(
  pipes: ReadonlyMap<string, PipeRoute>,
  size: (id: string) => SymbolSize,
  taken: readonly Area[],
): { at: Map<string, ViewPoint>; taken: Area[] } {
  const space = new FreeSpace();
  for (const a of taken) space.take(a);
  const pipeAreas = new Map(
    [...pipes].map(([id, { points }]) => [
      id,
      points.slice(1).map((p, i) => segmentArea(points[i]!, p, PIPE)),
    ]),
  );
  const at = new Map<string, ViewPoint>();
  const out: Area[] = [];
  for (const [id, { piece }] of pipes) {
    const v = size(id);
    const [a, b] = piece;
    const lo = Math.min(a.x, b.x);
    const hi = Math.max(a.x, b.x);
    const box = (x: number): Area => ({
      x0: x - v.width / 2,
      y0: a.y - v.centre,
      x1: x + v.width / 2,
      y1: a.y - v.centre + v.height,
    });
    const others = [...pipeAreas].filter(([k]) => k !== id).flatMap(([, list]) => list);
    const clear = (x: number) => {
      const bx = box(x);
      return space.isFree(bx) && !others.some((o) => areasOverlap(bx, o));
    };
    const mid = (lo + hi) / 2;
    let x = mid;
    for (let d = 0; d <= (hi - lo) / 2; d += 4) {
      if (clear(mid - d)) {
        x = mid - d;
        break;
      }
      if (clear(mid + d)) {
        x = mid + d;
        break;
      }
    }
    at.set(id, { x, y: a.y });
    space.take(box(x));
    out.push(box(x));
  }
  for (const list of pipeAreas.values()) out.push(...list);
  return { at, taken: out };
}
