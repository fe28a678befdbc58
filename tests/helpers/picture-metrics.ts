/**
 * Readability figures of a picture, computed from its SVG geometry alone (issue 16):
 *
 * - edge–box intersections: a link or connector whose drawn path touches the shape of a node
 *   other than its own two ends;
 * - edge–label intersections: a link, connector or pipe whose drawn path crosses the text box of
 *   a label that is not its own: a node's label (an auxiliary's name under its circle, a valve's
 *   flow name, a factor's name), a loop marker's letter or title, or a free text; the labels of
 *   its own two ends, of the nodes it passes on purpose (`via`, a pipe through its valve) and its
 *   own signs do not count, nor do other links' signs (placing them clear is the renderer's
 *   business, and label–label already counts them over labels);
 * - label–label overlaps: two text boxes of different owners that overlap;
 * - label–box overlaps: a text box over the shape of a node it does not belong to;
 * - edge crossings: points where two drawn links that share no factor cross (links that share
 *   one meet at it anyway; this is the usual count of a drawing's crossings);
 * - loop markers: the centre of each `g.loop-marker` with the loop it marks.
 *
 * The geometry (and what a text belongs to) is read by `picture-geometry.ts`.
 */
import { insidePolygon } from "../../src/render/cld/loop-marker.js";
import { type Pt, pictureGeometry, type Rect } from "./picture-geometry.js";

/** The figures of issue 16, with a few offenders of each kind for messages. */
export interface PictureMetrics {
  readonly edgeBox: number;
  /** Pairs of an edge and a foreign label (counted once per owner, not per line) it crosses. */
  readonly edgeLabel: number;
  readonly labelLabel: number;
  readonly labelBox: number;
  readonly crossings: number;
  readonly examples: readonly string[];
}

/** True when two rectangles overlap by more than `tolerance` pixels both ways. */
export function overlap(a: Rect, b: Rect, tolerance = 0.5): boolean {
  return (
    a.x + tolerance < b.x + b.w &&
    b.x + tolerance < a.x + a.w &&
    a.y + tolerance < b.y + b.h &&
    b.y + tolerance < a.y + a.h
  );
}

function segmentHitsRect(p: Pt, q: Pt, r: Rect): boolean {
  // Liang–Barsky clipping of the segment against the rectangle
  let t0 = 0;
  let t1 = 1;
  const dx = q.x - p.x;
  const dy = q.y - p.y;
  const checks: [number, number][] = [
    [-dx, p.x - r.x],
    [dx, r.x + r.w - p.x],
    [-dy, p.y - r.y],
    [dy, r.y + r.h - p.y],
  ];
  for (const [pp, qq] of checks) {
    if (pp === 0) {
      if (qq < 0) return false;
    } else {
      const t = qq / pp;
      if (pp < 0) {
        if (t > t1) return false;
        if (t > t0) t0 = t;
      } else {
        if (t < t0) return false;
        if (t < t1) t1 = t;
      }
    }
  }
  return t0 <= t1;
}

function segmentsCross(a: Pt, b: Pt, c: Pt, d: Pt): boolean {
  const cross = (o: Pt, p: Pt, q: Pt) => (p.x - o.x) * (q.y - o.y) - (p.y - o.y) * (q.x - o.x);
  const d1 = cross(c, d, a);
  const d2 = cross(c, d, b);
  const d3 = cross(a, b, c);
  const d4 = cross(a, b, d);
  return d1 * d2 < 0 && d3 * d4 < 0;
}

/** The points of a polyline with `trim` pixels cut off both ends. */
function trimmed(points: readonly Pt[], trim: number): Pt[] {
  const cut = (pts: Pt[]): Pt[] => {
    let left = trim;
    while (pts.length >= 2) {
      const [p, q] = [pts[0]!, pts[1]!];
      const len = Math.hypot(q.x - p.x, q.y - p.y);
      if (len > left) {
        const f = left / len;
        return [{ x: p.x + (q.x - p.x) * f, y: p.y + (q.y - p.y) * f }, ...pts.slice(1)];
      }
      left -= len;
      pts = pts.slice(1);
    }
    return pts;
  };
  return cut(cut([...points]).reverse()).reverse();
}

/** The readability figures of a picture (see the file comment). */
export function pictureMetrics(svg: string): PictureMetrics {
  const g = pictureGeometry(svg);
  const examples: string[] = [];
  const note = (s: string) => {
    if (examples.length < 12) examples.push(s);
  };
  let edgeBox = 0;
  for (const e of g.edges) {
    for (const n of g.nodes) {
      if (n.id === e.from || n.id === e.to || e.via.includes(n.id)) continue;
      const hit = e.points.some((p, i) => i > 0 && segmentHitsRect(e.points[i - 1]!, p, n.rect));
      if (hit) {
        edgeBox++;
        note(`edge ${e.from}→${e.to} through ${n.id}`);
      }
    }
  }
  let labelLabel = 0;
  for (let i = 0; i < g.texts.length; i++) {
    for (let j = i + 1; j < g.texts.length; j++) {
      const a = g.texts[i]!;
      const b = g.texts[j]!;
      if (a.owner === b.owner || !overlap(a.rect, b.rect)) continue;
      labelLabel++;
      note(`label "${a.text}" (${a.owner}) over "${b.text}" (${b.owner})`);
    }
  }
  let labelBox = 0;
  for (const tb of g.texts) {
    for (const n of g.nodes) {
      if (tb.owner === `node:${n.id}` || !overlap(tb.rect, n.rect)) continue;
      labelBox++;
      note(`label "${tb.text}" (${tb.owner}) over box ${n.id}`);
    }
  }
  // last, so that the examples of the older figures come first
  let edgeLabel = 0;
  for (const e of g.edges) {
    const own = new Set([e.from, e.to, ...e.via].map((id) => `node:${id}`));
    const crossed = new Set<string>();
    for (const tb of g.texts) {
      if (tb.owner.startsWith("edge:") || own.has(tb.owner) || crossed.has(tb.owner)) continue;
      // half a pixel in from the estimate, as `overlap` allows: a graze is not a crossing
      const r = { x: tb.rect.x + 0.5, y: tb.rect.y + 0.5, w: tb.rect.w - 1, h: tb.rect.h - 1 };
      if (e.points.some((p, i) => i > 0 && segmentHitsRect(e.points[i - 1]!, p, r))) {
        crossed.add(tb.owner);
        edgeLabel++;
        note(`edge ${e.from}→${e.to} across label "${tb.text}" (${tb.owner})`);
      }
    }
  }
  let crossings = 0;
  const lines = g.edges.map((e) => trimmed(e.points, 4));
  for (let i = 0; i < lines.length; i++) {
    for (let j = i + 1; j < lines.length; j++) {
      const a = lines[i]!;
      const b = lines[j]!;
      const ei = g.edges[i]!;
      const ej = g.edges[j]!;
      if (ei.from === ej.from || ei.from === ej.to || ei.to === ej.from || ei.to === ej.to)
        continue;
      for (let s = 1; s < a.length; s++) {
        for (let k = 1; k < b.length; k++) {
          if (segmentsCross(a[s - 1]!, a[s]!, b[k - 1]!, b[k]!)) crossings++;
        }
      }
    }
  }
  return { edgeBox, edgeLabel, labelLabel, labelBox, crossings, examples };
}

/**
 * Loop markers that do not lie inside their loop: the polygon through the centres of the loop's
 * factors in loop order (for a loop of two factors, the rectangle spanned by their boxes).
 */
export function markersOutsideLoops(
  svg: string,
  loops: readonly { id: string; variables: readonly string[] }[],
): string[] {
  const g = pictureGeometry(svg);
  const centre = new Map(
    g.nodes.map((n) => [n.id, { x: n.rect.x + n.rect.w / 2, y: n.rect.y + n.rect.h / 2 }]),
  );
  const bad: string[] = [];
  for (const m of g.markers) {
    const loop = loops.find((l) => l.id === m.loop);
    if (loop === undefined) {
      bad.push(`${m.loop}: no such loop`);
      continue;
    }
    const pts = loop.variables.map((v) => centre.get(v)).filter((p) => p !== undefined);
    const polygon =
      pts.length >= 3
        ? pts
        : (() => {
            const boxes = loop.variables.flatMap((v) => g.nodes.find((n) => n.id === v) ?? []);
            const x0 = Math.min(...boxes.map((b) => b.rect.x));
            const y0 = Math.min(...boxes.map((b) => b.rect.y));
            const x1 = Math.max(...boxes.map((b) => b.rect.x + b.rect.w));
            const y1 = Math.max(...boxes.map((b) => b.rect.y + b.rect.h));
            return [
              { x: x0, y: y0 },
              { x: x1, y: y0 },
              { x: x1, y: y1 },
              { x: x0, y: y1 },
            ];
          })();
    if (!insidePolygon(m.at, polygon)) bad.push(`${m.loop} at ${m.at.x},${m.at.y}`);
  }
  return bad;
}
