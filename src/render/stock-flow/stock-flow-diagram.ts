/**
 * Stock-and-flow diagram as SVG: stocks as boxes, flows as pipes with valves (and clouds at open
 * ends), auxiliaries as circles, and connectors as arcs from each variable an equation reads.
 * Positions come from the model's view when it has a complete one, else from
 * {@link autoLayout}.
 */

import { expectModel, expectOptions } from "../../diagnostics/check-argument.js";
import { checkLimit } from "../../diagnostics/limits.js";
import type { Model, ViewPoint } from "../../model/types.js";
import { type Curve, exitPoint, tangentAt } from "../cld/edge-geometry.js";
import type { LabelBox } from "../cld/label-box.js";
import { routeLink } from "../cld/route-link.js";
import { type Lang, t } from "../strings.js";
import { escapeXml } from "../svg/escape-xml.js";
import { num } from "../svg/num.js";
import type { Svg } from "../svg/svg.js";
import { svgDocument } from "../svg/svg-document.js";
import { textWidth, wrapLabel } from "../svg/text-width.js";
import { automaticLayout } from "./automatic-layout.js";
import { DIAGRAM_MARGIN, layoutBounds } from "./layout-bounds.js";
import { layoutFromView } from "./layout-from-view.js";
import { type ModelLink, modelLinks } from "./model-links.js";
import { connectorKey, type SfLayout, type StockPlace } from "./sf-layout.js";
import {
  AUX_RADIUS,
  DIM_LINE,
  dimensionLines,
  LABEL_DROP,
  SF_LABEL_SIZE,
  SF_LINE,
  SF_WRAP,
  STACK_OFFSET,
  stockLines,
} from "./sf-node-sizes.js";
import { arrowShape, cloudShape, valveShape } from "./sf-shapes.js";

/** Options of {@link stockFlowDiagram}. */
export interface StockFlowOptions {
  readonly title?: string;
  readonly desc?: string;
  readonly lang?: Lang;
  /** Seed of the automatic layout. */
  readonly seed?: number;
  /** Ignore the model's view and lay out automatically. */
  readonly autoLayout?: boolean;
  /**
   * Draw the constants (`show`), leave them out (`hide`), or leave them out when the model has
   * more than {@link MANY_CONSTANTS} of them (`auto`, the default). Only the automatic layout
   * hides; a stored view is drawn as it is. The description says how many were left out.
   */
  readonly constants?: "show" | "hide" | "auto";
  readonly idPrefix?: string;
}

const CONNECTOR = "#b5524a";

/** Above this many constants, `constants: "auto"` leaves them out of an automatic layout. */
export const MANY_CONSTANTS = 30;

/** The label of a variable in a language. */
function labelOf(model: Model, id: string, lang: Lang | undefined): string {
  const v = model.variables.find((x) => x.id === id);
  return (lang === undefined ? undefined : v?.labels?.[lang]) ?? v?.name ?? id;
}

/**
 * The box connectors end at: a stock's rectangle, or an auxiliary's (or valve's) circle together
 * with its label underneath, so that arrowheads are never hidden under a label.
 */
function boxOf(layout: SfLayout, id: string, label: string): LabelBox | undefined {
  const s = layout.stocks.get(id);
  if (s) return { id, lines: [], x: s.x, y: s.y, width: s.width, height: s.height };
  const p = layout.flows.get(id)?.valve ?? layout.nodes.get(id);
  if (p === undefined) return undefined;
  const lines = wrapLabel(label, SF_WRAP);
  const top = p.y - AUX_RADIUS - 1;
  const bottom = p.y + LABEL_DROP + 4 + (lines.length - 1) * SF_LINE;
  const width = Math.max(2 * AUX_RADIUS + 2, ...lines.map((l) => textWidth(l, SF_LABEL_SIZE)));
  return { id, lines: [], x: p.x, y: (top + bottom) / 2, width, height: bottom - top };
}

/** The connector arc: from the XMILE start angle when the view gives one, else a gentle bend. */
function connectorCurve(
  a: LabelBox,
  b: LabelBox,
  angle: number | undefined,
  others: readonly LabelBox[],
): Curve {
  if (angle === undefined) return routeLink(a, b, 0.12, false, others);
  const rad = (angle * Math.PI) / 180;
  const dir = { x: Math.cos(rad), y: -Math.sin(rad) };
  // control point: where the start tangent meets the perpendicular bisector of the chord
  const mx = (a.x + b.x) / 2;
  const my = (a.y + b.y) / 2;
  const cx = b.x - a.x;
  const cy = b.y - a.y;
  const denom = dir.x * cx + dir.y * cy;
  const s = Math.abs(denom) < 1e-6 ? 0 : ((mx - a.x) * cx + (my - a.y) * cy) / denom;
  const control =
    s > 0 && s < 4 * Math.hypot(cx, cy)
      ? { x: a.x + dir.x * s, y: a.y + dir.y * s }
      : { x: mx, y: my };
  return { start: exitPoint(a, control, 2), control, end: exitPoint(b, control, 3) };
}

function labelText(x: number, y: number, text: string): string {
  const lines = wrapLabel(text, SF_WRAP);
  const spans = lines.map(
    (l, i) => `<tspan x="${num(x)}" y="${num(y + i * SF_LINE)}">${escapeXml(l)}</tspan>`,
  );
  return `<text text-anchor="middle" font-size="${SF_LABEL_SIZE}" stroke="#ffffff" stroke-width="3" paint-order="stroke">${spans.join("")}</text>`;
}

/** SVG path data of a polyline, or of a cubic Bézier chain (start, then control, control, end, …). */
function pathData(points: readonly ViewPoint[], cubic: boolean): string {
  const first = points[0]!;
  let d = `M${num(first.x)},${num(first.y)}`;
  if (!cubic) {
    for (const p of points.slice(1)) d += `L${num(p.x)},${num(p.y)}`;
    return d;
  }
  for (let i = 1; i + 2 < points.length; i += 3) {
    const [c1, c2, e] = [points[i]!, points[i + 1]!, points[i + 2]!];
    d += `C${num(c1.x)},${num(c1.y)} ${num(c2.x)},${num(c2.y)} ${num(e.x)},${num(e.y)}`;
  }
  return d;
}

/** The direction a path arrives in at its last point. */
function arrival(points: readonly ViewPoint[]): ViewPoint {
  const last = points[points.length - 1]!;
  for (let i = points.length - 2; i >= 0; i--) {
    const p = points[i]!;
    const len = Math.hypot(last.x - p.x, last.y - p.y);
    if (len > 0.5) return { x: (last.x - p.x) / len, y: (last.y - p.y) / len };
  }
  return { x: 1, y: 0 };
}

/** Whether the pipe runs up or down where the valve sits (the segment nearest the valve). */
function pipeIsVerticalAt(pipe: readonly ViewPoint[], valve: ViewPoint): boolean {
  let best = Number.POSITIVE_INFINITY;
  let vertical = false;
  for (let i = 1; i < pipe.length; i++) {
    const a = pipe[i - 1]!;
    const b = pipe[i]!;
    const dx = b.x - a.x;
    const dy = b.y - a.y;
    const len2 = dx * dx + dy * dy || 1;
    const t = Math.max(0, Math.min(1, ((valve.x - a.x) * dx + (valve.y - a.y) * dy) / len2));
    const d = Math.hypot(a.x + t * dx - valve.x, a.y + t * dy - valve.y);
    if (d < best) {
      best = d;
      vertical = Math.abs(dy) > Math.abs(dx);
    }
  }
  return vertical;
}

function pipeSvg(points: readonly ViewPoint[], cubic: boolean): string {
  const d = pathData(points, cubic);
  const last = points[points.length - 1]!;
  const u = arrival(points);
  return `<path d="${d}" fill="none" stroke="#555555" stroke-width="7" stroke-linejoin="round"/><path d="${d}" fill="none" stroke="#ffffff" stroke-width="3.5" stroke-linejoin="round"/>${arrowShape(last, u, 12, 9, "#555555")}`;
}

/** The names of an arrayed variable's dimensions, or undefined for a scalar one. */
function dimensionsOf(model: Model, id: string): readonly string[] | undefined {
  const v = model.variables.find((x) => x.id === id);
  if (v?.dims === undefined || v.dims.length === 0) return undefined;
  return v.dims.map((d) => model.dimensions?.find((x) => x.id === d)?.name ?? d);
}

/** The constants an automatic layout leaves out under the `constants` option. */
function hiddenConstants(model: Model, mode: StockFlowOptions["constants"]): Set<string> {
  const constants = model.variables.filter((v) => v.kind === "constant").map((v) => v.id);
  const hide =
    mode === "hide" || ((mode ?? "auto") === "auto" && constants.length > MANY_CONSTANTS);
  return new Set(hide ? constants : []);
}

/** A stock: its box (a stack of boxes when arrayed, its dimensions named underneath) and label. */
function stockSvg(
  id: string,
  s: StockPlace,
  label: string,
  dimensions: readonly string[] | undefined,
): string {
  const dims = dimensions === undefined ? undefined : dimensionLines(dimensions);
  const lines = stockLines(label);
  const inside = dims !== undefined && s.dimensions === "inside";
  // label lines 14 px apart; dimension lines inside the box follow them, 13 px apart
  const block = lines.length * 14 + (inside ? dims.length * DIM_LINE : 0);
  const first = s.y - block / 2 + 7;
  const spans = lines
    .map(
      (l, i) =>
        `<tspan x="${num(s.x)}" y="${num(first + i * 14)}" dy="0.35em">${escapeXml(l)}</tspan>`,
    )
    .join("");
  const rect = (dx: number, dy: number, cls = "") =>
    `<rect${cls} x="${num(s.x - s.width / 2 + dx)}" y="${num(s.y - s.height / 2 + dy)}" width="${num(s.width)}" height="${num(s.height)}" fill="#ffffff" stroke="#333333" stroke-width="1.5"/>`;
  const dimY = (i: number) =>
    inside
      ? first + lines.length * 14 + i * DIM_LINE + 3.5
      : s.y + s.height / 2 + 12 + i * DIM_LINE;
  const stack =
    dims === undefined
      ? ""
      : `${rect(2 * STACK_OFFSET, -2 * STACK_OFFSET)}${rect(STACK_OFFSET, -STACK_OFFSET)}`;
  const names =
    dims === undefined
      ? ""
      : `<text class="dimensions" text-anchor="middle" font-size="${SF_LABEL_SIZE - 1}" font-style="italic">${dims
          .map((l, i) => `<tspan x="${num(s.x)}" y="${num(dimY(i))}">${escapeXml(l)}</tspan>`)
          .join("")}</text>`;
  // the boxes behind first; the front box is the stock's shape; names inside come after it
  return `<g class="stock" data-id="${escapeXml(id)}"${dimensions === undefined ? "" : ` data-dims="${escapeXml(dimensions.join(" "))}"`}>${stack}${inside ? "" : names}${rect(0, 0, ' class="shape"')}<text text-anchor="middle" font-size="${SF_LABEL_SIZE}">${spans}</text>${inside ? names : ""}</g>`;
}

/** Draw a stock-and-flow diagram of a model. */
export function stockFlowDiagram(model: Model, options: StockFlowOptions = {}): Svg {
  expectModel("stockFlowDiagram", "model", model, ["stock-flow"]);
  expectOptions("stockFlowDiagram", options, {
    title: "string",
    desc: "string",
    lang: ["nl", "en"],
    seed: "number",
    constants: ["auto", "show", "hide"],
    idPrefix: "string",
  });
  const lang = options.lang;
  const viewLayout = options.autoLayout ? undefined : layoutFromView(model);
  const hidden = viewLayout ? new Set<string>() : hiddenConstants(model, options.constants);
  const links: ModelLink[] = modelLinks(model).filter(
    (l) => !hidden.has(l.from) && !hidden.has(l.to),
  );
  const parts = {
    label: (id: string) => labelOf(model, id, lang),
    dimensions: (id: string) => dimensionsOf(model, id),
    hidden,
  };
  const layout = viewLayout ?? automaticLayout(model, links, options.seed ?? 1, parts);
  const b = layoutBounds(layout, (id) => labelOf(model, id, lang));
  const top = DIAGRAM_MARGIN + (options.title ? 30 : 0);
  const width = Math.max(300, b.maxX - b.minX + 2 * DIAGRAM_MARGIN);
  const height = b.maxY - b.minY + top + DIAGRAM_MARGIN;
  // A view coordinate of 20,000 (or 1e300) in a model file must not become a giant picture.
  checkLimit(
    "pixels",
    Math.ceil(width * height),
    `diagram of ${Math.round(width)} × ${Math.round(height)} units`,
  );
  const body: string[] = [];
  if (options.title) {
    body.push(
      `<text x="${num(width / 2)}" y="26" text-anchor="middle" font-size="16" font-weight="bold">${escapeXml(options.title)}</text>`,
    );
  }
  body.push(`<g transform="translate(${num(DIAGRAM_MARGIN - b.minX)},${num(top - b.minY)})">`);
  body.push(`<g class="connectors" fill="none">`);
  const ids = [...layout.stocks.keys(), ...layout.flows.keys(), ...layout.nodes.keys()];
  const obstacles = ids.flatMap((id) => boxOf(layout, id, labelOf(model, id, lang)) ?? []);
  for (const l of links) {
    const routed = layout.connectors?.get(connectorKey(l.from, l.to));
    let d: string;
    let tip: ViewPoint;
    let u: ViewPoint;
    if (routed !== undefined && routed.points.length >= 2) {
      const pts = [...routed.points];
      tip = pts[pts.length - 1]!;
      u = arrival(pts);
      pts[pts.length - 1] = { x: tip.x - u.x * 6, y: tip.y - u.y * 6 };
      d = pathData(pts, routed.cubic);
    } else {
      const a = boxOf(layout, l.from, labelOf(model, l.from, lang));
      const c = boxOf(layout, l.to, labelOf(model, l.to, lang));
      if (a === undefined || c === undefined) continue;
      const curve = connectorCurve(a, c, layout.angles.get(connectorKey(l.from, l.to)), obstacles);
      u = tangentAt(curve, 1);
      tip = curve.end;
      const end = { x: curve.end.x - u.x * 6, y: curve.end.y - u.y * 6 };
      d = `M${num(curve.start.x)},${num(curve.start.y)}Q${num(curve.control.x)},${num(curve.control.y)} ${num(end.x)},${num(end.y)}`;
    }
    body.push(
      `<g class="connector" data-from="${escapeXml(l.from)}" data-to="${escapeXml(l.to)}"><path d="${d}" stroke="${CONNECTOR}" stroke-width="1.1"${l.kind === "initial" ? ' stroke-dasharray="4 3"' : ""}/>${arrowShape(tip, u, 8, 3.5, CONNECTOR)}</g>`,
    );
  }
  body.push("</g>", `<g class="flows">`);
  const pipeEnds = new Map<string, { from?: string; to?: string }>();
  for (const v of model.variables) {
    if (v.kind !== "stock") continue;
    for (const f of v.outflows) pipeEnds.set(f, { ...pipeEnds.get(f), from: v.id });
    for (const f of v.inflows) pipeEnds.set(f, { ...pipeEnds.get(f), to: v.id });
  }
  for (const p of layout.clouds) body.push(cloudShape(p));
  for (const [id, f] of layout.flows) {
    const vertical = pipeIsVerticalAt(f.pipe, f.valve);
    body.push(
      `<g class="flow" data-id="${escapeXml(id)}"><g class="pipe" data-from="${escapeXml(pipeEnds.get(id)?.from ?? "")}" data-to="${escapeXml(pipeEnds.get(id)?.to ?? "")}" data-via="${escapeXml(id)}">${pipeSvg(f.pipe, f.cubic ?? false)}</g>${valveShape(f.valve, vertical)}${labelText(f.valve.x, f.valve.y + LABEL_DROP, labelOf(model, id, lang))}</g>`,
    );
  }
  body.push("</g>", `<g class="stocks">`);
  for (const [id, s] of layout.stocks) {
    body.push(stockSvg(id, s, labelOf(model, id, lang), dimensionsOf(model, id)));
  }
  body.push("</g>", `<g class="auxiliaries">`);
  for (const [id, p] of layout.nodes) {
    const v = model.variables.find((x) => x.id === id);
    const fill = v?.kind === "constant" ? "#eeeeee" : "#ffffff";
    const mark =
      v?.kind === "lookup" || (v && "gf" in v && v.gf)
        ? `<text x="${num(p.x)}" y="${num(p.y)}" dy="0.35em" text-anchor="middle" font-size="10">~</text>`
        : "";
    const shape =
      v?.kind === "flow"
        ? valveShape(p, false)
        : `<circle cx="${num(p.x)}" cy="${num(p.y)}" r="${AUX_RADIUS}" fill="${fill}" stroke="#555555" stroke-width="1.2"/>${mark}`;
    body.push(
      `<g class="${v?.kind ?? "aux"}" data-id="${escapeXml(id)}">${shape}${labelText(p.x, p.y + LABEL_DROP, labelOf(model, id, lang))}</g>`,
    );
  }
  body.push("</g>", "</g>");
  const count = (kind: string) => model.variables.filter((v) => v.kind === kind).length;
  const l = lang ?? "en";
  const left =
    hidden.size > 0 ? ` ${t("constantsHidden", l).replace("{n}", String(hidden.size))}` : "";
  return svgDocument({
    width,
    height,
    title:
      options.title ??
      (lang ? model.labels?.[lang] : undefined) ??
      model.name ??
      t("stockFlowDiagram", l),
    desc:
      options.desc ??
      `${t("stockFlowDiagram", l)}: ${count("stock")} ${t("stocks", l)}, ${count("flow")} ${t("flows", l)}, ${model.variables.length - count("stock") - count("flow")} ${t("auxiliaries", l)}.${left}`,
    idPrefix: options.idPrefix ?? "sfd",
    body,
    fontSize: SF_LABEL_SIZE,
  });
}
