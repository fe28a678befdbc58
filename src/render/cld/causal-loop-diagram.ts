/**
 * Causal-loop diagram as SVG: factor labels placed by {@link layoutCld}, curved arrows with
 * `+`/`−` at the arrowhead, a delay mark (‖) on slow links, line width by strength, colour by
 * polarity or by group, loop markers, an optional highlight, and a legend.
 */

import { type Lang, t } from "../strings.js";
import { escapeXml } from "../svg/escape-xml.js";
import { num } from "../svg/num.js";
import { categoryColour, INK, POLARITY_COLOURS } from "../svg/palette.js";
import type { Svg } from "../svg/svg.js";
import { svgDocument } from "../svg/svg-document.js";
import type { CldEdge, CldInput, CldLoop } from "./cld-input.js";
import { cldLegend, cldLegendItems } from "./cld-legend.js";
import { arrowhead, type Curve, pointAt, selfCurve, tangentAt } from "./edge-geometry.js";
import { type ActiveSet, activeSet, edgeKey, type Highlight } from "./highlight.js";
import { type LabelBox, LINE_HEIGHT } from "./label-box.js";
import { type CldLayoutOptions, layoutCld } from "./layout-cld.js";
import { loopMarker, markerPosition, signedArea } from "./loop-marker.js";
import { routeLink } from "./route-link.js";

/** Options of {@link causalLoopDiagram}. */
export interface CldOptions extends CldLayoutOptions {
  readonly title?: string;
  readonly desc?: string;
  /** Colour links by polarity (default) or by the group of their source factor. */
  readonly colourBy?: "polarity" | "group";
  readonly highlight?: Highlight;
  /** Draw the legend (default true). */
  readonly legend?: boolean;
  readonly idPrefix?: string;
  /** Draw markers for at most this many loops (in input order, plus a highlighted one); default 12. */
  readonly maxLoopMarkers?: number;
}

const STRENGTH_WIDTH = { weak: 1, average: 1.6, strong: 2.4, very_strong: 3.2 } as const;
const MARGIN = 40;
const FADED = 0.15;

/** True when a link is slow enough for a delay mark: speed `low` or a delay of at least 1. */
export function isDelayed(e: CldEdge): boolean {
  return e.speed === "low" || (e.delay !== undefined && e.delay >= 1);
}

function bendOf(
  e: CldEdge,
  input: CldInput,
  boxes: ReadonlyMap<string, LabelBox>,
  loops: readonly CldLoop[],
): number {
  if (input.edges.some((o) => o.from === e.to && o.to === e.from)) return 0.22;
  const a = boxes.get(e.from)!;
  const b = boxes.get(e.to)!;
  const loop = loops.find((l) =>
    l.variables.some((v, i) => v === e.from && l.variables[(i + 1) % l.variables.length] === e.to),
  );
  if (loop === undefined) return 0.08;
  // bend away from the loop's centre, so that the loop reads as a circle
  const members = loop.variables.map((v) => boxes.get(v)).filter((p) => p !== undefined);
  const cx = members.reduce((s, p) => s + p.x, 0) / members.length;
  const cy = members.reduce((s, p) => s + p.y, 0) / members.length;
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const towardCentre = dy * (cx - (a.x + b.x) / 2) - dx * (cy - (a.y + b.y) / 2);
  return towardCentre > 0 ? -0.15 : 0.15;
}

function edgeSvg(e: CldEdge, c: Curve, colour: string, opacity: number, lang: Lang): string {
  const width = e.strength === undefined ? 1.4 : STRENGTH_WIDTH[e.strength];
  const [tip, l, r] = arrowhead(c, 9 + width, 4 + width / 2);
  const u = tangentAt(c, 1);
  const lineEnd = { x: tip.x - u.x * (7 + width), y: tip.y - u.y * (7 + width) };
  const parts = [
    `<g class="link" data-from="${escapeXml(e.from)}" data-to="${escapeXml(e.to)}"${opacity < 1 ? ` opacity="${num(opacity)}"` : ""}>`,
    `<path d="M${num(c.start.x)},${num(c.start.y)}Q${num(c.control.x)},${num(c.control.y)} ${num(lineEnd.x)},${num(lineEnd.y)}" fill="none" stroke="${colour}" stroke-width="${num(width)}"/>`,
    `<polygon points="${[tip, l, r].map((p) => `${num(p.x)},${num(p.y)}`).join(" ")}" fill="${colour}"/>`,
  ];
  if (isDelayed(e)) {
    const m = pointAt(c, 0.5);
    const d = tangentAt(c, 0.5);
    const marks = [-2.5, 2.5].map((o) => {
      const px = m.x + d.x * o;
      const py = m.y + d.y * o;
      return `M${num(px - d.y * 7)},${num(py + d.x * 7)}L${num(px + d.y * 7)},${num(py - d.x * 7)}`;
    });
    parts.push(
      `<path class="delay" d="${marks.join("")}" stroke="${colour}" stroke-width="1.8"><title>${t("delay", lang)}</title></path>`,
    );
  }
  // the sign sits beside the arrowhead, on the outer side of the bend
  const p = pointAt(c, 0.86);
  const tan = tangentAt(c, 0.86);
  const side =
    (c.control.x - (c.start.x + c.end.x) / 2) * -tan.y +
      (c.control.y - (c.start.y + c.end.y) / 2) * tan.x >=
    0
      ? 1
      : -1;
  const sx = p.x - tan.y * 10 * side;
  const sy = p.y + tan.x * 10 * side;
  const sign = e.polarity === "-" ? "\u2212" : e.polarity;
  const signColour =
    e.polarity === "?"
      ? POLARITY_COLOURS["?"]
      : e.polarity === "+"
        ? POLARITY_COLOURS["+"]
        : POLARITY_COLOURS["-"];
  parts.push(
    `<text class="sign" x="${num(sx)}" y="${num(sy)}" dy="0.35em" text-anchor="middle" font-size="14" font-weight="bold" fill="${signColour}" stroke="#ffffff" stroke-width="3" paint-order="stroke">${sign}</text>`,
    "</g>",
  );
  return parts.join("");
}

function nodeSvg(
  box: LabelBox,
  style: { fontSize: number },
  border: string | undefined,
  opacity: number,
): string {
  const lineHeight = style.fontSize * LINE_HEIGHT;
  const firstY = box.y - ((box.lines.length - 1) * lineHeight) / 2;
  const tspans = box.lines
    .map(
      (line, i) =>
        `<tspan x="${num(box.x)}" y="${num(firstY + i * lineHeight)}" dy="0.35em">${escapeXml(line)}</tspan>`,
    )
    .join("");
  return [
    `<g class="factor" data-id="${escapeXml(box.id)}"${opacity < 1 ? ` opacity="${num(opacity)}"` : ""}>`,
    `<rect x="${num(box.x - box.width / 2)}" y="${num(box.y - box.height / 2)}" width="${num(box.width)}" height="${num(box.height)}" rx="4" fill="#ffffff"${border ? ` stroke="${border}" stroke-width="1.5"` : ""}/>`,
    `<text text-anchor="middle" fill="${INK}">${tspans}</text>`,
    "</g>",
  ].join("");
}

/** Draw a causal-loop diagram. */
export function causalLoopDiagram(input: CldInput, options: CldOptions = {}): Svg {
  const lang: Lang = options.lang ?? "en";
  const layout = layoutCld(input, options);
  const loops = input.loops ?? [];
  const active: ActiveSet | undefined = options.highlight
    ? activeSet(input, options.highlight)
    : undefined;
  const dx = MARGIN - layout.minX;
  const dy = MARGIN + 12 + (options.title ? 28 : 0) - layout.minY;
  const boxes = new Map(
    layout.boxes.map((b) => [b.id, { ...b, x: b.x + dx, y: b.y + dy }] as const),
  );
  const width = Math.max(360, layout.maxX - layout.minX + 2 * MARGIN);
  const groupNames = [
    ...new Set(input.nodes.map((n) => n.group).filter((g) => g !== undefined)),
  ].sort();
  const groups =
    options.colourBy === "group"
      ? new Map(groupNames.map((g, i) => [g, categoryColour(i)]))
      : undefined;
  const groupOf = new Map(input.nodes.map((n) => [n.id, n.group]));

  const body: string[] = [];
  if (options.title) {
    body.push(
      `<text x="${num(width / 2)}" y="26" text-anchor="middle" font-size="16" font-weight="bold">${escapeXml(options.title)}</text>`,
    );
  }
  const boxList = [...boxes.values()];
  body.push(`<g class="links">`);
  for (const e of input.edges) {
    const a = boxes.get(e.from);
    const b = boxes.get(e.to);
    if (a === undefined || b === undefined) continue;
    const sided = input.edges.some((o) => o.from === e.to && o.to === e.from);
    const curve =
      e.from === e.to
        ? selfCurve(a)
        : routeLink(a, b, bendOf(e, input, boxes, loops), sided, boxList);
    const group = groupOf.get(e.from);
    const colour = groups
      ? group === undefined
        ? "#555555"
        : groups.get(group)!
      : POLARITY_COLOURS[e.polarity];
    const on = active === undefined || active.edges.has(edgeKey(e.from, e.to));
    body.push(edgeSvg(e, curve, colour, on ? 1 : FADED, lang));
  }
  body.push("</g>", `<g class="factors">`);
  for (const box of boxes.values()) {
    const group = groupOf.get(box.id);
    const border = groups && group !== undefined ? groups.get(group) : undefined;
    const on = active === undefined || active.nodes.has(box.id);
    body.push(nodeSvg(box, layout.style, border, on ? 1 : FADED));
  }
  body.push("</g>", `<g class="loops">`);
  const taken: { x: number; y: number }[] = [];
  const maxMarkers = options.maxLoopMarkers ?? 12;
  const marked = loops.filter((l, i) => i < maxMarkers || active?.loops.has(l.id));
  for (const loop of marked) {
    const pts = loop.variables.map((v) => boxes.get(v)).filter((p) => p !== undefined);
    if (pts.length === 0) continue;
    const centroid = {
      x: pts.reduce((s, p) => s + p.x, 0) / pts.length,
      y: pts.reduce((s, p) => s + p.y, 0) / pts.length,
    };
    const at = markerPosition(centroid, [...boxes.values()], taken);
    taken.push(at);
    const colour =
      loop.polarity === "R"
        ? POLARITY_COLOURS["+"]
        : loop.polarity === "B"
          ? POLARITY_COLOURS["-"]
          : POLARITY_COLOURS["?"];
    const on = active === undefined || active.loops.has(loop.id);
    body.push(loopMarker(loop, at, signedArea(pts) >= 0, colour, on ? 1 : FADED));
  }
  body.push("</g>");

  let height = layout.maxY + dy + MARGIN;
  if (options.legend ?? true) {
    const items = cldLegendItems(
      lang,
      input.edges.some(isDelayed),
      new Set(marked.map((l) => l.polarity)),
      groups,
    );
    const legend = cldLegend(items, MARGIN / 2, height, width - MARGIN);
    body.push(...legend.svg);
    height += legend.height + 10;
  }
  const title = options.title ?? t("causalLoopDiagram", lang);
  return svgDocument({
    width,
    height,
    title,
    desc:
      options.desc ??
      `${t("causalLoopDiagram", lang)}: ${input.nodes.length} ${t("factors", lang)}, ${input.edges.length} ${t("links", lang)}, ${loops.length} ${t("loops", lang).toLowerCase()}.`,
    idPrefix: options.idPrefix ?? "cld",
    body,
    fontSize: layout.style.fontSize,
  });
}
