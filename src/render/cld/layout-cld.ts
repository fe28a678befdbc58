/**
 * Causal-loop diagram layout, deterministic for a seed. Several seeded tries (`tries`), each:
 *
 * 1. {@link stressPlacement}: ELK stress majorisation, from a seeded random start, places
 *    factors at distances that follow their graph distances, so short loops come out as cycles;
 * 2. {@link reduceCrossings}: swaps of nearby factors, and moves of a factor towards its
 *    neighbours, while straight-link crossings drop;
 * 3. {@link removeOverlaps}: no two label boxes closer than the gap;
 * 4. routing with {@link routeLink} (the bend with the fewest foreign boxes on the curve), and
 *    {@link clearLinks}, which pushes any box still touched by a foreign link off it and routes
 *    again (spreading the layout where that goes round in circles), so that no link runs through
 *    a factor that is not its end;
 * 5. {@link untangleBends}: links re-bent where that crosses fewer links and touches no box.
 *
 * The try with no link over a foreign box and the fewest crossings ({@link countCrossings}) wins.
 */

import { expectObject, expectOptions } from "../../diagnostics/check-argument.js";
import { type RandomSource, seededStreams } from "../../random/index.js";
import { type CldEdge, type CldInput, type CldLoop, nodeLabel } from "./cld-input.js";
import { clearLinks, type RoutedLink } from "./clear-links.js";
import { countCrossings } from "./count-crossings.js";
import { selfCurve } from "./edge-geometry.js";
import { type LabelBox, type LabelStyle, labelBox } from "./label-box.js";
import { reduceCrossings } from "./reduce-crossings.js";
import { removeOverlaps } from "./remove-overlaps.js";
import { routeLink } from "./route-link.js";
import { stressPlacement } from "./stress-placement.js";
import { untangleBends } from "./untangle-bends.js";

/** Options of {@link layoutCld}. */
export interface CldLayoutOptions {
  readonly seed?: number;
  readonly lang?: "nl" | "en";
  readonly label?: Partial<LabelStyle>;
  /** Minimum free space between label boxes (room for signs), in pixels. */
  readonly gap?: number;
  /** Minimum free space between a label box and a link that does not end at it, in pixels. */
  readonly clearance?: number;
  /**
   * How many seeded starting placements to lay out; the one with the fewest links over foreign
   * boxes, then the fewest crossings, is kept.
   */
  readonly tries?: number;
}

/** The defaults of {@link CldLayoutOptions}. */
export const CLD_LAYOUT_DEFAULTS = {
  seed: 1,
  gap: 28,
  clearance: 6,
  tries: 5,
  label: { fontSize: 13, maxChars: 16, padX: 4, padY: 3 } satisfies LabelStyle,
} as const;

/** Label boxes placed by the layout, in the order of `input.nodes`, with routes and bounds. */
export interface CldLayout {
  readonly boxes: readonly LabelBox[];
  /** One route per drawable link of `input.edges`, in input order. */
  readonly routes: readonly RoutedLink[];
  readonly style: LabelStyle;
  /** Bounds of all boxes and routes. */
  readonly minX: number;
  readonly minY: number;
  readonly maxX: number;
  readonly maxY: number;
}

/** The bend of a loop's links, outward, so that the loop reads as a circle. */
const BEND = 0.1;

/** How much a link bends: pairs of opposite links bend apart; loop links bend outward. */
function bendOf(
  e: CldEdge,
  input: CldInput,
  at: ReadonlyMap<string, LabelBox>,
  loops: readonly CldLoop[],
): number {
  if (input.edges.some((o) => o.from === e.to && o.to === e.from)) return 0.18;
  const loop = loops.find((l) =>
    l.variables.some((v, i) => v === e.from && l.variables[(i + 1) % l.variables.length] === e.to),
  );
  if (loop === undefined) return 0;
  const a = at.get(e.from)!;
  const b = at.get(e.to)!;
  const members = loop.variables.map((v) => at.get(v)).filter((p) => p !== undefined);
  const cx = members.reduce((s, p) => s + p.x, 0) / members.length;
  const cy = members.reduce((s, p) => s + p.y, 0) / members.length;
  const towardCentre = (b.y - a.y) * (cx - (a.x + b.x) / 2) - (b.x - a.x) * (cy - (a.y + b.y) / 2);
  return towardCentre > 0 ? -BEND : BEND;
}

/**
 * The desired link length of the stress placement, in typical label widths. Measured on the
 * systeemkaart: at 1.9 the boxes crowd, and pushing them apart and off links undoes a fifth of
 * what the crossing reduction gained; at 2.2 the final crossings drop by about a tenth for a
 * picture about a tenth larger (docs/pictures.md).
 */
const LINK_LENGTH = 2.2;

/** Up to this many links, the default number of tries is affordable; above it, fewer. */
const TRY_LINKS = 120;

/** How much a layout is spread when links cannot be cleared of boxes, and how often at most. */
const SPREAD = 1.12;
const MAX_SPREADS = 4;

/** One candidate layout: placed boxes, routes, links left over foreign boxes, crossings. */
interface Attempt {
  readonly boxes: LabelBox[];
  readonly routes: RoutedLink[];
  readonly hits: number;
  readonly crossings: number;
}

/** Lay out and route a causal-loop diagram. */
export function layoutCld(input: CldInput, options: CldLayoutOptions = {}): CldLayout {
  expectObject("layoutCld", "input", input);
  expectOptions("layoutCld", options, {
    seed: "number",
    lang: ["nl", "en"],
    label: "object",
    gap: "number",
    clearance: "number",
    tries: "number",
  });
  const style: LabelStyle = { ...CLD_LAYOUT_DEFAULTS.label, ...options.label };
  const gap = options.gap ?? CLD_LAYOUT_DEFAULTS.gap;
  const clearance = options.clearance ?? CLD_LAYOUT_DEFAULTS.clearance;
  const seed = options.seed ?? CLD_LAYOUT_DEFAULTS.seed;
  const fresh = () => input.nodes.map((n) => labelBox(n.id, nodeLabel(n, options.lang), style));
  const ids = new Set(input.nodes.map((n) => n.id));
  const drawable = input.edges.filter((e) => ids.has(e.from) && ids.has(e.to));
  if (input.nodes.length === 0) {
    return { boxes: [], routes: [], style, minX: 0, minY: 0, maxX: 0, maxY: 0 };
  }
  const loops = input.loops ?? [];
  // a try costs about the square of the links (the crossing reduction), so large maps get fewer
  const affordable = Math.floor(
    CLD_LAYOUT_DEFAULTS.tries * (TRY_LINKS / Math.max(1, drawable.length)) ** 2,
  );
  const tries = Math.max(
    1,
    Math.trunc(options.tries ?? Math.min(CLD_LAYOUT_DEFAULTS.tries, affordable)),
  );
  const attempt = (random: RandomSource): Attempt => {
    const boxes = fresh();
    const at = new Map(boxes.map((b) => [b.id, b]));
    const typical = boxes.reduce((s, b) => s + b.width, 0) / boxes.length;
    stressPlacement(boxes, drawable, Math.max(150, typical * LINK_LENGTH), random);
    const index = new Map(boxes.map((b, i) => [b.id, i]));
    const pairs = new Map<string, readonly [number, number]>();
    for (const e of drawable) {
      if (e.from === e.to) continue;
      const p = [index.get(e.from)!, index.get(e.to)!].sort((x, y) => x - y) as [number, number];
      pairs.set(p.join(","), p);
    }
    reduceCrossings(boxes, [...pairs.values()], { room: gap });
    removeOverlaps(boxes, gap);
    const route = (): RoutedLink[] =>
      drawable.map((e) => {
        const a = at.get(e.from)!;
        const b = at.get(e.to)!;
        const sided = input.edges.some((o) => o.from === e.to && o.to === e.from);
        const curve =
          e.from === e.to
            ? selfCurve(a)
            : routeLink(a, b, bendOf(e, input, at, loops), sided, boxes, clearance);
        return { from: e.from, to: e.to, curve };
      });
    let { routes, hits } = clearLinks(boxes, route, clearance, gap, 30);
    // Where pushing boxes off links goes round in circles (a crowded spot), spread the whole
    // layout a little and clear again: scaling keeps straight links' crossings as they are.
    for (let spread = 0; hits > 0 && spread < MAX_SPREADS; spread++) {
      const cx = boxes.reduce((s, b) => s + b.x, 0) / boxes.length;
      const cy = boxes.reduce((s, b) => s + b.y, 0) / boxes.length;
      for (const b of boxes) {
        b.x = cx + (b.x - cx) * SPREAD;
        b.y = cy + (b.y - cy) * SPREAD;
      }
      ({ routes, hits } = clearLinks(boxes, route, clearance, gap, 30));
    }
    if (hits === 0) {
      const sides = drawable.map((e) =>
        input.edges.some((o) => o.from === e.to && o.to === e.from) ? 1 : 0,
      );
      routes = untangleBends(routes, sides, boxes, clearance);
    }
    return { boxes, routes, hits, crossings: countCrossings(routes) };
  };
  // seeded tries from different starts; keep the one with the fewest links over foreign boxes,
  // then the fewest crossings (the first such try on a tie, so the result depends on the seed only)
  let best: Attempt | undefined;
  for (const random of seededStreams(seed, tries)) {
    const a = attempt(random);
    if (
      best === undefined ||
      a.hits < best.hits ||
      (a.hits === best.hits && a.crossings < best.crossings)
    )
      best = a;
  }
  const { boxes, routes } = best!;
  const xs = [
    ...boxes.flatMap((b) => [b.x - b.width / 2, b.x + b.width / 2]),
    ...routes.flatMap((r) => [r.curve.start.x, r.curve.control.x, r.curve.end.x]),
  ];
  const ys = [
    ...boxes.flatMap((b) => [b.y - b.height / 2, b.y + b.height / 2]),
    ...routes.flatMap((r) => [r.curve.start.y, r.curve.control.y, r.curve.end.y]),
  ];
  // Loops, not Math.min(...xs): a spread of a very large map's coordinates overflows the stack.
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const x of xs) [minX, maxX] = [Math.min(minX, x), Math.max(maxX, x)];
  for (const y of ys) [minY, maxY] = [Math.min(minY, y), Math.max(maxY, y)];
  return xs.length === 0
    ? { boxes, routes, style, minX: 0, minY: 0, maxX: 0, maxY: 0 }
    : { boxes, routes, style, minX, minY, maxX, maxY };
}
