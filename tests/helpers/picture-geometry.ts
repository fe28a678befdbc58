/**
 * The geometry of a picture read from its SVG alone, for the readability figures of
 * `picture-metrics.ts` (issue 16): node shapes, edges flattened to polylines, text boxes with
 * their owners, and loop-marker centres.
 *
 * The conventions read are the renderers' own markup: a node is a `<g data-id>` whose first
 * `rect`/`circle` (or the one with class `shape`) is its shape; an edge is a `<g data-from data-to>` whose first `path` is its
 * line; a text belongs to its nearest `data-id`/`data-from`/`data-loop` ancestor. Text boxes are
 * estimated from the font size (0.6 em a character, the renderers' own estimate) and
 * `text-anchor`; `translate(…)` transforms are followed.
 */
import { XMLParser } from "fast-xml-parser";

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
    // character references (&#39;) are one character of the text, not five
    htmlEntities: true,
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
