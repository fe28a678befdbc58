/**
 * Stock-and-flow diagram as SVG: stocks as boxes, flows as pipes with valves (and clouds at open
 * ends), auxiliaries as circles, and connectors as arcs from each variable an equation reads.
 * Positions come from the model's view when it has a complete one, else from
 * {@link autoLayout}.
 */
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
import { autoLayout } from "./auto-layout.js";
import { layoutFromView } from "./layout-from-view.js";
import { type ModelLink, modelLinks } from "./model-links.js";
import { connectorKey, type SfLayout } from "./sf-layout.js";
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
  readonly idPrefix?: string;
}

const MARGIN = 50;
const CONNECTOR = "#b5524a";
const AUX_RADIUS = 9;

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
  const lines = wrapLabel(label, 16);
  const top = p.y - AUX_RADIUS - 1;
  const bottom = p.y + 26 + (lines.length - 1) * 13.2;
  const width = Math.max(2 * AUX_RADIUS + 2, ...lines.map((l) => textWidth(l, 11)));
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

function labelText(x: number, y: number, text: string, size = 11): string {
  const lines = wrapLabel(text, 16);
  const spans = lines.map(
    (l, i) => `<tspan x="${num(x)}" y="${num(y + i * size * 1.2)}">${escapeXml(l)}</tspan>`,
  );
  return `<text text-anchor="middle" font-size="${size}" stroke="#ffffff" stroke-width="3" paint-order="stroke">${spans.join("")}</text>`;
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

function pipeSvg(points: readonly ViewPoint[]): string {
  const d = points.map((p, i) => `${i === 0 ? "M" : "L"}${num(p.x)},${num(p.y)}`).join("");
  const last = points[points.length - 1]!;
  const prev = points[points.length - 2]!;
  const len = Math.hypot(last.x - prev.x, last.y - prev.y) || 1;
  const u = { x: (last.x - prev.x) / len, y: (last.y - prev.y) / len };
  return `<path d="${d}" fill="none" stroke="#555555" stroke-width="7" stroke-linejoin="round"/><path d="${d}" fill="none" stroke="#ffffff" stroke-width="3.5" stroke-linejoin="round"/>${arrowShape(last, u, 12, 9, "#555555")}`;
}

function bounds(layout: SfLayout): { minX: number; minY: number; maxX: number; maxY: number } {
  const pts: ViewPoint[] = [...layout.nodes.values(), ...layout.clouds];
  for (const s of layout.stocks.values()) {
    pts.push(
      { x: s.x - s.width / 2, y: s.y - s.height / 2 },
      { x: s.x + s.width / 2, y: s.y + s.height / 2 },
    );
  }
  for (const f of layout.flows.values()) pts.push(f.valve, ...f.pipe);
  if (pts.length === 0) return { minX: 0, minY: 0, maxX: 200, maxY: 100 };
  const b = { minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity };
  for (const p of pts) {
    b.minX = Math.min(b.minX, p.x);
    b.minY = Math.min(b.minY, p.y);
    b.maxX = Math.max(b.maxX, p.x);
    b.maxY = Math.max(b.maxY, p.y);
  }
  return b;
}

/** Draw a stock-and-flow diagram of a model. */
export function stockFlowDiagram(model: Model, options: StockFlowOptions = {}): Svg {
  const lang = options.lang;
  const links: ModelLink[] = modelLinks(model);
  const layout =
    (options.autoLayout ? undefined : layoutFromView(model)) ??
    autoLayout(model, links, options.seed ?? 1);
  const b = bounds(layout);
  const top = MARGIN + (options.title ? 30 : 0);
  const width = Math.max(300, b.maxX - b.minX + 2 * MARGIN + 40);
  const height = b.maxY - b.minY + top + MARGIN + 20;
  // A view coordinate of 20,000 (or 1e300) in a model file must not become a giant picture.
  checkLimit(
    "pixels",
    width * height,
    `diagram of ${Math.round(width)} × ${Math.round(height)} units`,
  );
  const body: string[] = [];
  if (options.title) {
    body.push(
      `<text x="${num(width / 2)}" y="26" text-anchor="middle" font-size="16" font-weight="bold">${escapeXml(options.title)}</text>`,
    );
  }
  body.push(`<g transform="translate(${num(MARGIN + 20 - b.minX)},${num(top - b.minY)})">`);
  body.push(`<g class="connectors" fill="none">`);
  const ids = [...layout.stocks.keys(), ...layout.flows.keys(), ...layout.nodes.keys()];
  const obstacles = ids.flatMap((id) => boxOf(layout, id, labelOf(model, id, lang)) ?? []);
  for (const l of links) {
    const a = boxOf(layout, l.from, labelOf(model, l.from, lang));
    const c = boxOf(layout, l.to, labelOf(model, l.to, lang));
    if (a === undefined || c === undefined) continue;
    const curve = connectorCurve(a, c, layout.angles.get(connectorKey(l.from, l.to)), obstacles);
    const u = tangentAt(curve, 1);
    const end = { x: curve.end.x - u.x * 6, y: curve.end.y - u.y * 6 };
    body.push(
      `<g class="connector" data-from="${escapeXml(l.from)}" data-to="${escapeXml(l.to)}"><path d="M${num(curve.start.x)},${num(curve.start.y)}Q${num(curve.control.x)},${num(curve.control.y)} ${num(end.x)},${num(end.y)}" stroke="${CONNECTOR}" stroke-width="1.1"${l.kind === "initial" ? ' stroke-dasharray="4 3"' : ""}/>${arrowShape(curve.end, u, 8, 3.5, CONNECTOR)}</g>`,
    );
  }
  body.push("</g>", `<g class="flows">`);
  for (const p of layout.clouds) body.push(cloudShape(p));
  for (const [id, f] of layout.flows) {
    const vertical = pipeIsVerticalAt(f.pipe, f.valve);
    body.push(
      `<g class="flow" data-id="${escapeXml(id)}">${pipeSvg(f.pipe)}${valveShape(f.valve, vertical)}${labelText(f.valve.x, f.valve.y + 22, labelOf(model, id, lang))}</g>`,
    );
  }
  body.push("</g>", `<g class="stocks">`);
  for (const [id, s] of layout.stocks) {
    const lines = wrapLabel(labelOf(model, id, lang), 12);
    const spans = lines
      .map(
        (l, i) =>
          `<tspan x="${num(s.x)}" y="${num(s.y + (i - (lines.length - 1) / 2) * 14)}" dy="0.35em">${escapeXml(l)}</tspan>`,
      )
      .join("");
    body.push(
      `<g class="stock" data-id="${escapeXml(id)}"><rect x="${num(s.x - s.width / 2)}" y="${num(s.y - s.height / 2)}" width="${num(s.width)}" height="${num(s.height)}" fill="#ffffff" stroke="#333333" stroke-width="1.5"/><text text-anchor="middle" font-size="12">${spans}</text></g>`,
    );
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
      `<g class="${v?.kind ?? "aux"}" data-id="${escapeXml(id)}">${shape}${labelText(p.x, p.y + 22, labelOf(model, id, lang))}</g>`,
    );
  }
  body.push("</g>", "</g>");
  const count = (kind: string) => model.variables.filter((v) => v.kind === kind).length;
  const l = lang ?? "en";
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
      `${t("stockFlowDiagram", l)}: ${count("stock")} ${t("stocks", l)}, ${count("flow")} ${t("flows", l)}, ${model.variables.length - count("stock") - count("flow")} ${t("auxiliaries", l)}.`,
    idPrefix: options.idPrefix ?? "sfd",
    body,
  });
}
