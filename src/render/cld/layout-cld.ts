/**
 * Causal-loop diagram layout, seeded and deterministic: loop-aware initial placement, then a
 * d3-force simulation run headlessly for a fixed number of ticks (links pull, nodes repel,
 * label-sized collision), then overlap removal so that no two label boxes overlap.
 *
 * d3-force's random source is a seeded LCG (d3-random `randomLcg`), so the same input and seed
 * give the same picture on every machine.
 */

import {
  forceCollide,
  forceLink,
  forceManyBody,
  forceSimulation,
  forceX,
  forceY,
  type SimulationLinkDatum,
  type SimulationNodeDatum,
} from "d3-force";
import { randomLcg } from "d3-random";
import { type CldInput, nodeLabel } from "./cld-input.js";
import { initialPlacement } from "./initial-placement.js";
import { type LabelBox, type LabelStyle, labelBox } from "./label-box.js";
import { removeOverlaps } from "./remove-overlaps.js";

/** Options of {@link layoutCld}. */
export interface CldLayoutOptions {
  readonly seed?: number;
  readonly lang?: "nl" | "en";
  readonly label?: Partial<LabelStyle>;
  /** Force ticks; more settles further. */
  readonly ticks?: number;
  /** Minimum free space between label boxes, in pixels. */
  readonly gap?: number;
}

/** The defaults of {@link CldLayoutOptions}. */
export const CLD_LAYOUT_DEFAULTS = {
  seed: 1,
  ticks: 300,
  gap: 8,
  label: { fontSize: 13, maxChars: 16, padX: 4, padY: 3 } satisfies LabelStyle,
} as const;

/** Label boxes placed by the layout, in the order of `input.nodes`, with the picture bounds. */
export interface CldLayout {
  readonly boxes: readonly LabelBox[];
  readonly style: LabelStyle;
  /** Bounds of all boxes. */
  readonly minX: number;
  readonly minY: number;
  readonly maxX: number;
  readonly maxY: number;
}

interface Node extends SimulationNodeDatum {
  readonly box: LabelBox;
}

/** Lay out the factors of a causal-loop diagram. */
export function layoutCld(input: CldInput, options: CldLayoutOptions = {}): CldLayout {
  const style: LabelStyle = { ...CLD_LAYOUT_DEFAULTS.label, ...options.label };
  const gap = options.gap ?? CLD_LAYOUT_DEFAULTS.gap;
  const random = randomLcg(((options.seed ?? CLD_LAYOUT_DEFAULTS.seed) % 1e9) / 1e9);
  const boxes = input.nodes.map((n) => labelBox(n.id, nodeLabel(n, options.lang), style));
  const typical = boxes.reduce((s, b) => s + b.width, 0) / Math.max(1, boxes.length);
  const spacing = Math.max(90, typical * 1.1);
  const start = initialPlacement(
    boxes.map((b) => b.id),
    input.loops ?? [],
    spacing,
    random,
  );
  const nodes: Node[] = boxes.map((box) => {
    const p = start.get(box.id)!;
    return { box, x: p.x, y: p.y };
  });
  const index = new Map(nodes.map((n, i) => [n.box.id, i]));
  const links: SimulationLinkDatum<Node>[] = input.edges
    .filter((e) => e.from !== e.to && index.has(e.from) && index.has(e.to))
    .map((e) => ({ source: index.get(e.from)!, target: index.get(e.to)! }));

  const simulation = forceSimulation(nodes)
    .randomSource(random)
    .force(
      "link",
      forceLink<Node, SimulationLinkDatum<Node>>(links).distance(spacing).strength(0.25),
    )
    .force("charge", forceManyBody<Node>().strength(-spacing * 3))
    .force("collide", forceCollide<Node>((n) => n.box.width / 2 + 24).strength(0.7))
    .force("x", forceX<Node>(0).strength(0.04))
    .force("y", forceY<Node>(0).strength(0.06))
    .stop();
  simulation.tick(options.ticks ?? CLD_LAYOUT_DEFAULTS.ticks);

  for (const n of nodes) {
    n.box.x = n.x ?? 0;
    n.box.y = n.y ?? 0;
  }
  removeOverlaps(boxes, gap);
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const b of boxes) {
    minX = Math.min(minX, b.x - b.width / 2);
    minY = Math.min(minY, b.y - b.height / 2);
    maxX = Math.max(maxX, b.x + b.width / 2);
    maxY = Math.max(maxY, b.y + b.height / 2);
  }
  return boxes.length === 0
    ? { boxes, style, minX: 0, minY: 0, maxX: 0, maxY: 0 }
    : { boxes, style, minX, minY, maxX, maxY };
}
