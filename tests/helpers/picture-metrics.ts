/**
 * Readability figures of a picture, computed from its SVG geometry alone (issue 16):
 *
 * - edge–box intersections: a link or connector whose drawn path touches the shape of a node
 *   other than its own two ends;
 * - label–label overlaps: two text boxes of different owners that overlap;
 * - label–box overlaps: a text box over the shape of a node it does not belong to;
 * - edge crossings: points where two drawn links that share no factor cross (links that share
 *   one meet at it anyway; this is the usual count of a drawing's crossings);
 * - loop markers: the centre of each `g.loop-marker` with the loop it marks.
 *
 * The conventions read are the renderers' own markup: a node is a `<g data-id>` whose first
 * `rect`/`circle` (or the one with class `shape`) is its shape; an edge is a `<g data-from data-to>` whose first `path` is its
 * line; a text belongs to its nearest `data-id`/`data-from`/`data-loop` ancestor. Text boxes are
 * estimated from the font size (0.6 em a character, the renderers' own estimate) and
 * `text-anchor`; `translate(…)` transforms are followed.
 */
import { XMLParser } from "fast-xml-parser";
import { insidePolygon } from "../../src/render/cld/loop-marker.js";

/** An axis-aligned rectangle. */
export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

/** A point. */
export interface Pt {
  readonly x: number;
  readonly y: number;
}

/** A node's shape. */
export interface NodeShape {
  readonly id: string;
  readonly rect: Rect;
}

/** A drawn edge, flattened to a polyline. */
export interface EdgeLine {
  readonly from: string;
  readonly to: string;
  /** Nodes the edge passes on purpose (a pipe through its valve). */
  readonly via: readonly string[];
  readonly points: readonly Pt[];
}

/** A text line's estimated box and its owner. */
export interface TextBox {
  readonly owner: string;
  readonly text: string;
  readonly rect: Rect;
}

/** A loop marker's centre. */
export interface MarkerSpot {
  readonly loop: string;
  readonly at: Pt;
}

/** The geometry read from one SVG. */
export interface PictureGeometry {
  readonly width: number;
  readonly height: number;
  readonly nodes: readonly NodeShape[];
  readonly edges: readonly EdgeLine[];
  readonly texts: readonly TextBox[];
  readonly markers: readonly MarkerSpot[];
}

/** The figures of issue 16, with a few offenders of each kind for messages. */
export interface PictureMetrics {
  readonly edgeBox: number;
  readonly labelLabel: number;
  readonly labelBox: number;
  readonly crossings: number;
  readonly examples: readonly string[];
}

type XmlNode = Record<string, unknown>;
type Attrs = Record<string, string>;

const CHAR_EM = 0.6;

interface Context {
  readonly dx: number;
  readonly dy: number;
  readonly fontSize: number;
  readonly anchor: string;
  readonly owner: string;
  readonly node: string | undefined;
  readonly edge: { from: string; to: string; via: string[] } | undefined;
  readonly loop: string | undefined;
}

function translateOf(transform: string | undefined): Pt {
  const m = /translate\(\s*(-?[\d.e]+)[\s,]*(-?[\d.e]+)?\s*\)/.exec(transform ?? "");
  return m ? { x: Number(m[1]), y: Number(m[2] ?? 0) } : { x: 0, y: 0 };
}

function numberAttr(a: Attrs, name: string, fallback = 0): number {
  const v = a[name];
  return v === undefined ? fallback : Number.parseFloat(v);
}

/** Flatten an SVG path (M L H V Q C Z, absolute or relative; arcs as straight lines). */
export function flattenPath(d: string, steps = 16): Pt[] {
  const tokens = d.match(/[a-zA-Z]|-?(?:\d+\.?\d*|\.\d+)(?:e-?\d+)?/g) ?? [];
  const out: Pt[] = [];
  let i = 0;
  let cmd = "";
  let cur: Pt = { x: 0, y: 0 };
  let start: Pt = cur;
  const n = () => Number(tokens[i++]);
  while (i < tokens.length) {
    if (/[a-zA-Z]/.test(tokens[i]!)) cmd = tokens[i++]!;
    const rel = cmd === cmd.toLowerCase();
    const base = rel ? cur : { x: 0, y: 0 };
    switch (cmd.toUpperCase()) {
      case "M":
        cur = { x: base.x + n(), y: base.y + n() };
        start = cur;
        out.push(cur);
        cmd = rel ? "l" : "L";
        break;
      case "L":
        cur = { x: base.x + n(), y: base.y + n() };
        out.push(cur);
        break;
      case "H":
        cur = { x: (rel ? cur.x : 0) + n(), y: cur.y };
        out.push(cur);
        break;
      case "V":
        cur = { x: cur.x, y: (rel ? cur.y : 0) + n() };
        out.push(cur);
        break;
      case "Q": {
        const c = { x: base.x + n(), y: base.y + n() };
        const e = { x: base.x + n(), y: base.y + n() };
        for (let k = 1; k <= steps; k++) {
          const t = k / steps;
          const u = 1 - t;
          out.push({
            x: u * u * cur.x + 2 * u * t * c.x + t * t * e.x,
            y: u * u * cur.y + 2 * u * t * c.y + t * t * e.y,
          });
        }
        cur = e;
        break;
      }
      case "C": {
        const c1 = { x: base.x + n(), y: base.y + n() };
        const c2 = { x: base.x + n(), y: base.y + n() };
        const e = { x: base.x + n(), y: base.y + n() };
        for (let k = 1; k <= steps; k++) {
          const t = k / steps;
          const u = 1 - t;
          out.push({
            x: u ** 3 * cur.x + 3 * u * u * t * c1.x + 3 * u * t * t * c2.x + t ** 3 * e.x,
            y: u ** 3 * cur.y + 3 * u * u * t * c1.y + 3 * u * t * t * c2.y + t ** 3 * e.y,
          });
        }
        cur = e;
        break;
      }
      case "A": {
        i += 5;
        cur = { x: base.x + n(), y: base.y + n() };
        out.push(cur);
        break;
      }
      case "Z":
        cur = start;
        out.push(cur);
        break;
      default:
        throw new Error(`path command ${cmd} not understood in ${d.slice(0, 60)}`);
    }
  }
  return out;
}

function shapeRect(name: string, a: Attrs, dx: number, dy: number): Rect | undefined {
  if (name === "rect") {
    return {
      x: numberAttr(a, "x") + dx,
      y: numberAttr(a, "y") + dy,
      w: numberAttr(a, "width"),
      h: numberAttr(a, "height"),
    };
  }
  if (name === "circle") {
    const r = numberAttr(a, "r");
    return { x: numberAttr(a, "cx") + dx - r, y: numberAttr(a, "cy") + dy - r, w: 2 * r, h: 2 * r };
  }
  return undefined;
}

function textOf(children: unknown): string {
  if (!Array.isArray(children)) return "";
  return children
    .map((c: XmlNode) => ("#text" in c ? String(c["#text"]) : ""))
    .join("")
    .trim();
}

function lineBox(text: string, x: number, y: number, dyEm: number, ctx: Context, size: number) {
  const w = Array.from(text).length * size * CHAR_EM;
  const left = ctx.anchor === "middle" ? x - w / 2 : ctx.anchor === "end" ? x - w : x;
  // the baseline sits at y (+dy); glyphs rise ~0.8 em above it and drop ~0.2 em below
  const base = y + dyEm * size;
  return { x: left + ctx.dx, y: base - 0.8 * size + ctx.dy, w, h: size };
}

function dyEmOf(a: Attrs, size: number): number {
  const dy = a.dy;
  if (dy === undefined) return 0;
  return dy.endsWith("em") ? Number.parseFloat(dy) : Number.parseFloat(dy) / size;
}

/** Read nodes, edges, texts and markers from an SVG document. */
export function pictureGeometry(svg: string): PictureGeometry {
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: "",
    preserveOrder: true,
    trimValues: false,
  });
  const tree = parser.parse(svg) as XmlNode[];
  const nodes: NodeShape[] = [];
  const edges: EdgeLine[] = [];
  const texts: TextBox[] = [];
  const markers: MarkerSpot[] = [];
  const nodeSeen = new Set<string>();
  const edgeSeen = new Set<string>();
  let width = 0;
  let height = 0;
  let anon = 0;

  const visit = (list: unknown, ctx: Context): void => {
    if (!Array.isArray(list)) return;
    for (const item of list as XmlNode[]) {
      const name = Object.keys(item).find((k) => k !== ":@" && k !== "#text");
      if (name === undefined) continue;
      const a = (item[":@"] ?? {}) as Attrs;
      const children = item[name];
      if (name === "title" || name === "desc") continue;
      if (name === "svg") {
        width = numberAttr(a, "width");
        height = numberAttr(a, "height");
      }
      const t = translateOf(a.transform);
      let next: Context = {
        ...ctx,
        dx: ctx.dx + t.x,
        dy: ctx.dy + t.y,
        fontSize: a["font-size"] ? Number.parseFloat(a["font-size"]) : ctx.fontSize,
        anchor: a["text-anchor"] ?? ctx.anchor,
      };
      if (a["data-id"] !== undefined && name === "g") {
        next = { ...next, owner: `node:${a["data-id"]}`, node: a["data-id"], edge: undefined };
      } else if (a["data-from"] !== undefined && a["data-to"] !== undefined && name === "g") {
        const key = `${a["data-from"]}→${a["data-to"]}#${anon++}`;
        next = {
          ...next,
          owner: `edge:${key}`,
          node: undefined,
          edge: {
            from: a["data-from"],
            to: a["data-to"],
            via: (a["data-via"] ?? "").split(" ").filter((v) => v !== ""),
          },
        };
      } else if (a["data-loop"] !== undefined && name === "g") {
        next = { ...next, owner: `loop:${a["data-loop"]}`, loop: a["data-loop"] };
      } else if (name === "g" && a.class !== undefined && ctx.owner === "") {
        next = { ...next, owner: `part:${a.class}#${anon++}` };
      }
      if (next.node !== undefined) {
        const r = shapeRect(name, a, next.dx, next.dy);
        const marked = (a.class ?? "").split(" ").includes("shape");
        if (r && (marked || !nodeSeen.has(next.owner))) {
          // the first rect or circle is the node's shape, unless one is marked class="shape"
          if (marked) {
            const k = nodes.findIndex((n) => n.id === next.node);
            if (k >= 0) nodes.splice(k, 1);
          }
          nodeSeen.add(next.owner);
          nodes.push({ id: next.node, rect: r });
        }
      }
      if (name === "path" && next.edge !== undefined && !edgeSeen.has(next.owner)) {
        if (!(a.class ?? "").includes("delay")) {
          edgeSeen.add(next.owner);
          edges.push({
            ...next.edge,
            points: flattenPath(a.d ?? "").map((p) => ({ x: p.x + next.dx, y: p.y + next.dy })),
          });
        }
      }
      if (name === "text") {
        const size = next.fontSize;
        const spans = Array.isArray(children)
          ? (children as XmlNode[]).filter((c) => "tspan" in c)
          : [];
        const owner = next.owner === "" ? `free#${anon++}` : next.owner;
        if (spans.length === 0) {
          const text = textOf(children);
          if (text !== "") {
            const rect = lineBox(
              text,
              numberAttr(a, "x"),
              numberAttr(a, "y"),
              dyEmOf(a, size),
              next,
              size,
            );
            texts.push({ owner, text, rect });
            if ((a.class ?? "").includes("loop-id") && next.loop !== undefined) {
              markers.push({
                loop: next.loop,
                at: { x: numberAttr(a, "x") + next.dx, y: numberAttr(a, "y") + next.dy },
              });
            }
          }
        }
        for (const span of spans) {
          const sa = (span[":@"] ?? {}) as Attrs;
          const text = textOf(span.tspan);
          if (text === "") continue;
          const rect = lineBox(
            text,
            numberAttr(sa, "x", numberAttr(a, "x")),
            numberAttr(sa, "y", numberAttr(a, "y")),
            dyEmOf(sa, size),
            next,
            size,
          );
          texts.push({ owner, text, rect });
        }
        continue;
      }
      visit(children, next);
    }
  };
  visit(tree, {
    dx: 0,
    dy: 0,
    fontSize: 12,
    anchor: "start",
    owner: "",
    node: undefined,
    edge: undefined,
    loop: undefined,
  });
  return { width, height, nodes, edges, texts, markers };
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
  return { edgeBox, labelLabel, labelBox, crossings, examples };
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
