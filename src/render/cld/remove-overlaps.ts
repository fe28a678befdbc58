/**
 * Overlap removal: after the force layout, push apart every pair of label boxes that still
 * overlap, along the axis where they overlap least, until none do.
 *
 * This is the simple pairwise projection scheme (in the spirit of the "PRISM"/VPSC family of
 * node-overlap-removal methods, Gansner & Hu 2010; Dwyer et al. 2006) without their optimality:
 * each pass moves both boxes of an overlapping pair half the overlap apart. Passes repeat until
 * no pair overlaps or the pass limit is reached; a final row-by-row sweep guarantees the result.
 */
import { boxesOverlap, type LabelBox } from "./label-box.js";

/** Move boxes in place so that no two are closer than `gap`; returns the number of passes used. */
export function removeOverlaps(boxes: LabelBox[], gap: number, maxPasses = 400): number {
  for (let pass = 1; pass <= maxPasses; pass++) {
    let moved = false;
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i]!;
        const b = boxes[j]!;
        if (!boxesOverlap(a, b, gap)) continue;
        moved = true;
        const ox = (a.width + b.width) / 2 + gap - Math.abs(a.x - b.x);
        const oy = (a.height + b.height) / 2 + gap - Math.abs(a.y - b.y);
        // Boxes are wider than tall, so a vertical push is usually the cheaper one.
        if (oy <= ox) {
          const dir = a.y < b.y || (a.y === b.y && i < j) ? -1 : 1;
          a.y += (dir * oy) / 2 + dir * 0.01;
          b.y -= (dir * oy) / 2 + dir * 0.01;
        } else {
          const dir = a.x < b.x || (a.x === b.x && i < j) ? -1 : 1;
          a.x += (dir * ox) / 2 + dir * 0.01;
          b.x -= (dir * ox) / 2 + dir * 0.01;
        }
      }
    }
    if (!moved) return pass;
  }
  sweep(boxes, gap);
  return maxPasses + 1;
}

/** Fallback: shift boxes down, in order of y, until each clears all boxes placed before it. */
function sweep(boxes: LabelBox[], gap: number): void {
  const order = [...boxes].sort((a, b) => a.y - b.y || a.x - b.x);
  const placed: LabelBox[] = [];
  for (const box of order) {
    for (const other of placed) {
      if (boxesOverlap(box, other, gap))
        box.y = other.y + (box.height + other.height) / 2 + gap + 0.01;
    }
    // a shift may create a new overlap with an earlier box: repeat until clear
    let again = placed.some((other) => boxesOverlap(box, other, gap));
    while (again) {
      const blocker = placed.find((other) => boxesOverlap(box, other, gap))!;
      box.y = blocker.y + (box.height + blocker.height) / 2 + gap + 0.01;
      again = placed.some((other) => boxesOverlap(box, other, gap));
    }
    placed.push(box);
  }
}
