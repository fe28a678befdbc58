/**
 * Loop markers: the loop's kind (R reinforcing, B balancing) inside a circular arrow that turns
 * the way the loop runs, with the loop's title beside it. The marker stands inside the polygon of
 * the loop's factors, at the free spot nearest its centre: one that covers no factor label, no
 * sign and no other marker or title, and that as few links as can be run through (a link across
 * the letter or the title reads as clutter; in a dense map the loop's inside is crossed by links
 * of other loops, so fewest, not none).
 */
import { escapeXml } from "../svg/escape-xml.js";
import { num } from "../svg/num.js";
import { textWidth } from "../svg/text-width.js";
import { type Curve, type Point, pointAt } from "./edge-geometry.js";
import type { LabelBox } from "./label-box.js";
import { boxRect, type Rect, sharedArea } from "./place-signs.js";

/** Radius of the circular arrow. */
export const MARKER_RADIUS = 13;
/** Font size of loop titles. */
export const TITLE_SIZE = 11;

/** Twice the signed area of the loop polygon; positive when it runs clockwise on screen (y down). */
export function signedArea(points: readonly Point[]): number {
  let sum = 0;
  points.forEach((p, i) => {
    const q = points[(i + 1) % points.length]!;
    sum += p.x * q.y - q.x * p.y;
  });
  return sum;
}

/** Even–odd point-in-polygon test. */
export function insidePolygon(p: Point, polygon: readonly Point[]): boolean {
  let inside = false;
  for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
    const a = polygon[i]!;
    const b = polygon[j]!;
    if (a.y > p.y !== b.y > p.y && p.x < ((b.x - a.x) * (p.y - a.y)) / (b.y - a.y) + a.x) {
      inside = !inside;
    }
  }
  return inside;
}

/**
 * The polygon a loop's marker must lie in: its factors' centres in loop order, or, for a loop of
 * fewer than three factors, the rectangle spanned by their boxes.
 */
export function loopPolygon(members: readonly LabelBox[]): Point[] {
  if (members.length >= 3) return members.map((b) => ({ x: b.x, y: b.y }));
  const x0 = Math.min(...members.map((b) => b.x - b.width / 2));
  const y0 = Math.min(...members.map((b) => b.y - b.height / 2));
  const x1 = Math.max(...members.map((b) => b.x + b.width / 2));
  const y1 = Math.max(...members.map((b) => b.y + b.height / 2));
  return [
    { x: x0, y: y0 },
    { x: x1, y: y0 },
    { x: x1, y: y1 },
    { x: x0, y: y1 },
  ];
}

/** A placed marker: its centre and where its title starts (undefined: no room for a title). */
export interface MarkerPlace {
  readonly at: Point;
  readonly title: { readonly x: number; readonly anchor: "start" | "end" } | undefined;
}

function markerRect(p: Point): Rect {
  const r = MARKER_RADIUS + 3;
  return { x0: p.x - r, y0: p.y - r, x1: p.x + r, y1: p.y + r };
}

function titleRect(p: Point, width: number, anchor: "start" | "end"): Rect {
  const x = anchor === "start" ? p.x + MARKER_RADIUS + 4 : p.x - MARKER_RADIUS - 4;
  return {
    x0: anchor === "start" ? x : x - width,
    y0: p.y - TITLE_SIZE * 0.5,
    x1: anchor === "start" ? x + width : x,
    y1: p.y + TITLE_SIZE * 0.6,
  };
}

/** Whether the segment from `p` to `q` meets the rectangle (Liang–Barsky clipping). */
function segmentMeets(p: Point, q: Point, r: Rect): boolean {
  let t0 = 0;
  let t1 = 1;
  const dx = q.x - p.x;
  const dy = q.y - p.y;
  for (const [d, room] of [
    [-dx, p.x - r.x0],
    [dx, r.x1 - p.x],
    [-dy, p.y - r.y0],
    [dy, r.y1 - p.y],
  ] as const) {
    if (d === 0) {
      if (room < 0) return false;
    } else if (d < 0) t0 = Math.max(t0, room / d);
    else t1 = Math.min(t1, room / d);
    if (t0 > t1) return false;
  }
  return true;
}

/** A link's curve as a polyline with its bounds, to test against many rectangles. */
interface LinkLine {
  readonly points: readonly Point[];
  readonly bounds: Rect;
}

/** The polylines of `curves`, ready for {@link linksThrough}. */
export function linkLines(curves: readonly Curve[]): LinkLine[] {
  return curves.map((c) => {
    const points = Array.from({ length: 33 }, (_, i) => pointAt(c, i / 32));
    return {
      points,
      bounds: {
        x0: Math.min(...points.map((p) => p.x)),
        y0: Math.min(...points.map((p) => p.y)),
        x1: Math.max(...points.map((p) => p.x)),
        y1: Math.max(...points.map((p) => p.y)),
      },
    };
  });
}

/** How many of the links run through any of the rectangles. */
function linksThrough(links: readonly LinkLine[], rects: readonly Rect[]): number {
  let count = 0;
  for (const l of links) {
    const b = l.bounds;
    const near = rects.filter((r) => r.x0 <= b.x1 && b.x0 <= r.x1 && r.y0 <= b.y1 && b.y0 <= r.y1);
    if (near.length === 0) continue;
    if (l.points.some((p, i) => i > 0 && near.some((r) => segmentMeets(l.points[i - 1]!, p, r))))
      count++;
  }
  return count;
}

/**
 * Place a marker inside `polygon`, its title of `title` text beside it; `taken` holds rectangles
 * already used (signs, other markers), to which this marker's are added; `links` (from
 * {@link linkLines}) are the drawn links, which the marker and its title cross as few of as
 * they can.
 */
export function placeMarker(
  polygon: readonly Point[],
  title: string,
  boxes: readonly LabelBox[],
  taken: Rect[],
  links: readonly LinkLine[] = [],
): MarkerPlace {
  const cx = polygon.reduce((s, p) => s + p.x, 0) / polygon.length;
  const cy = polygon.reduce((s, p) => s + p.y, 0) / polygon.length;
  const x0 = Math.min(...polygon.map((p) => p.x));
  const x1 = Math.max(...polygon.map((p) => p.x));
  const y0 = Math.min(...polygon.map((p) => p.y));
  const y1 = Math.max(...polygon.map((p) => p.y));
  const step = Math.max(4, Math.min(x1 - x0, y1 - y0) / 24);
  const spots: Point[] = [];
  for (let x = x0 + step / 2; x < x1; x += step) {
    for (let y = y0 + step / 2; y < y1; y += step) {
      if (insidePolygon({ x, y }, polygon)) spots.push({ x, y });
    }
  }
  if (spots.length === 0) spots.push({ x: cx, y: cy });
  spots.sort((a, b) => Math.hypot(a.x - cx, a.y - cy) - Math.hypot(b.x - cx, b.y - cy));
  const obstacles = [...boxes.map((b) => boxRect(b, 2)), ...taken];
  const clear = (r: Rect) => obstacles.every((o) => sharedArea(r, o) === 0);
  const width = textWidth(title, TITLE_SIZE);
  let fallback: { at: Point; cost: number } | undefined;
  // the clear spot (nearest the centre first) that the fewest links run through
  let best: { at: Point; anchor: "start" | "end"; rects: Rect[]; links: number } | undefined;
  for (const at of spots) {
    const m = markerRect(at);
    if (!clear(m)) {
      const cost = obstacles.reduce((s, o) => s + sharedArea(m, o), 0);
      if (fallback === undefined || cost < fallback.cost) fallback = { at, cost };
      continue;
    }
    for (const anchor of ["start", "end"] as const) {
      const t = titleRect(at, width, anchor);
      if (title === "" || clear(t)) {
        const rects = title === "" ? [m] : [m, t];
        const through = linksThrough(links, rects);
        if (best === undefined || through < best.links)
          best = { at, anchor, rects, links: through };
        if (through === 0) break;
      }
    }
    if (best?.links === 0) break;
    if (fallback === undefined || fallback.cost > 0) fallback = { at, cost: 0 };
  }
  if (best !== undefined) {
    const { at, anchor } = best;
    taken.push(...best.rects);
    const x = anchor === "start" ? at.x + MARKER_RADIUS + 4 : at.x - MARKER_RADIUS - 4;
    return { at, title: title === "" ? undefined : { x, anchor } };
  }
  const at = fallback?.at ?? { x: cx, y: cy };
  taken.push(markerRect(at));
  return { at, title: undefined };
}

/** The horizontal extent of a placed marker with its title `title`: what the picture must hold. */
export function markerExtent(place: MarkerPlace, title: string): { x0: number; x1: number } {
  const r = markerRect(place.at);
  if (place.title === undefined) return { x0: r.x0, x1: r.x1 };
  const t = titleRect(place.at, textWidth(title, TITLE_SIZE), place.title.anchor);
  return { x0: Math.min(r.x0, t.x0), x1: Math.max(r.x1, t.x1) };
}

/** The marker's SVG: a circular arrow (300°) in the loop's turning direction, letter and title. */
export function loopMarker(
  id: string,
  letter: string,
  title: string,
  place: MarkerPlace,
  clockwise: boolean,
  colour: string,
  opacity: number,
): string {
  const { at } = place;
  const r = MARKER_RADIUS;
  const s = clockwise ? 1 : -1;
  const a0 = -Math.PI / 2 - s * 0.5;
  const a1 = a0 + s * ((5 * Math.PI) / 3);
  const p0 = { x: at.x + r * Math.cos(a0), y: at.y + r * Math.sin(a0) };
  const p1 = { x: at.x + r * Math.cos(a1), y: at.y + r * Math.sin(a1) };
  const u = { x: -Math.sin(a1) * s, y: Math.cos(a1) * s };
  const tip = { x: p1.x + u.x * 5, y: p1.y + u.y * 5 };
  const left = { x: p1.x - u.y * 4, y: p1.y + u.x * 4 };
  const right = { x: p1.x + u.y * 4, y: p1.y - u.x * 4 };
  const pts = [tip, left, right].map((p) => `${num(p.x)},${num(p.y)}`).join(" ");
  return [
    `<g class="loop-marker" data-loop="${escapeXml(id)}"${opacity < 1 ? ` opacity="${num(opacity)}"` : ""}>`,
    `<title>${escapeXml(title === "" ? id : title)}</title>`,
    `<path d="M${num(p0.x)},${num(p0.y)}A${r},${r} 0 1 ${clockwise ? 1 : 0} ${num(p1.x)},${num(p1.y)}" fill="none" stroke="${colour}" stroke-width="1.5"/>`,
    `<polygon points="${pts}" fill="${colour}"/>`,
    `<text class="loop-id" x="${num(at.x)}" y="${num(at.y)}" dy="0.35em" text-anchor="middle" font-size="12" font-weight="bold" fill="${colour}">${escapeXml(letter)}</text>`,
    place.title === undefined
      ? ""
      : `<text class="loop-title" x="${num(place.title.x)}" y="${num(at.y)}" dy="0.35em" text-anchor="${place.title.anchor}" font-size="${TITLE_SIZE}" font-style="italic" fill="${colour}" stroke="#ffffff" stroke-width="3" paint-order="stroke">${escapeXml(title)}</text>`,
    "</g>",
  ].join("");
}
