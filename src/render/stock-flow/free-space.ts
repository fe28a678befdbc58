/**
 * The room taken in a diagram: axis-aligned rectangles (boxes, labels, pipes) in a bucket grid,
 * so that a layout can ask quickly whether a new box would overlap anything already placed.
 */

/** An axis-aligned rectangle by its corners. */
export interface Area {
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

const BUCKET = 64;

/** The rectangle of a box given by centre and size, grown by `pad` on every side. */
export function areaOf(x: number, y: number, width: number, height: number, pad = 0): Area {
  return {
    x0: x - width / 2 - pad,
    y0: y - height / 2 - pad,
    x1: x + width / 2 + pad,
    y1: y + height / 2 + pad,
  };
}

/** Whether two areas overlap (touching is not overlapping). */
export function areasOverlap(a: Area, b: Area): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

/** A set of taken areas with overlap queries. */
export class FreeSpace {
  private readonly buckets = new Map<string, Area[]>();
  /** Every area taken, in the order taken. */
  readonly areas: Area[] = [];

  private keys(a: Area): string[] {
    const keys: string[] = [];
    for (let i = Math.floor(a.x0 / BUCKET); i <= Math.floor(a.x1 / BUCKET); i++) {
      for (let j = Math.floor(a.y0 / BUCKET); j <= Math.floor(a.y1 / BUCKET); j++) {
        keys.push(`${i},${j}`);
      }
    }
    return keys;
  }

  /** Take an area. */
  take(a: Area): void {
    this.areas.push(a);
    for (const k of this.keys(a)) {
      const list = this.buckets.get(k);
      if (list === undefined) this.buckets.set(k, [a]);
      else list.push(a);
    }
  }

  /** Whether `a` overlaps any area taken. */
  isFree(a: Area): boolean {
    for (const k of this.keys(a)) {
      for (const b of this.buckets.get(k) ?? []) if (areasOverlap(a, b)) return false;
    }
    return true;
  }
}
