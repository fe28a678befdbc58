/**
 * Loop-aware initial placement: the start of the force layout decides much of its look, so the
 * nodes of the longest loop go on a circle in loop order, each next loop's new nodes on a
 * circle beside the members already placed, and the remaining nodes on an outer ring. Loops
 * drawn as circles are what readers of causal-loop diagrams expect (Sterman 2000, ch. 5).
 */
import type { CldLoop } from "./cld-input.js";

/** A start position per node id. */
export type Positions = Map<string, { x: number; y: number }>;

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/** Start positions for `ids` given the loops; `spacing` is the typical distance between nodes. */
export function initialPlacement(
  ids: readonly string[],
  loops: readonly CldLoop[],
  spacing: number,
  random: () => number,
): Positions {
  const known = new Set(ids);
  const placed: Positions = new Map();
  const ordered = [...loops].sort(
    (a, b) => b.variables.length - a.variables.length || (a.id < b.id ? -1 : 1),
  );
  ordered.forEach((loop, k) => {
    const members = loop.variables.filter((v) => known.has(v));
    const fresh = members.filter((v) => !placed.has(v));
    if (fresh.length === 0) return;
    const radius = Math.max(spacing, (members.length * spacing) / (2 * Math.PI));
    const anchors = members.filter((v) => placed.has(v)).map((v) => placed.get(v)!);
    let cx = 0;
    let cy = 0;
    if (anchors.length > 0) {
      // Centre the new circle beyond the anchors, away from the origin.
      const ax = anchors.reduce((s, p) => s + p.x, 0) / anchors.length;
      const ay = anchors.reduce((s, p) => s + p.y, 0) / anchors.length;
      const d = Math.hypot(ax, ay) || 1;
      cx = ax + (ax / d) * radius;
      cy = ay + (ay / d) * radius;
    } else if (k > 0) {
      const r = spacing * 2 * Math.sqrt(k);
      cx = r * Math.cos(k * GOLDEN_ANGLE);
      cy = r * Math.sin(k * GOLDEN_ANGLE);
    }
    fresh.forEach((v, i) => {
      const angle = (2 * Math.PI * i) / fresh.length - Math.PI / 2;
      placed.set(v, { x: cx + radius * Math.cos(angle), y: cy + radius * Math.sin(angle) });
    });
  });
  const rest = ids.filter((id) => !placed.has(id));
  const outer = spacing * (1 + Math.sqrt(placed.size + 1));
  rest.forEach((id, i) => {
    const angle = i * GOLDEN_ANGLE;
    const r = outer + spacing * Math.sqrt(i) * 0.5 + random() * spacing * 0.3;
    placed.set(id, { x: r * Math.cos(angle), y: r * Math.sin(angle) });
  });
  return placed;
}
