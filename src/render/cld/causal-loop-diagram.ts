/**
 * Causal-loop diagram as SVG: factor labels placed by {@link layoutCld}, curved arrows with
 * `+`/`−` at the arrowhead, a delay mark (‖) on slow links, line width by strength, colour by
 * polarity or by group, loop markers, an optional highlight, and a legend.
 */

import { expectObject, expectOptions, type Field } from "../../diagnostics/check-argument.js";
import type { Labels } from "../../model/types.js";
import { type Lang, t } from "../strings.js";
import { escapeXml } from "../svg/escape-xml.js";
import { num } from "../svg/num.js";
import { categoryColour, INK, POLARITY_COLOURS } from "../svg/palette.js";
import type { Svg } from "../svg/svg.js";
import { svgDocument } from "../svg/svg-document.js";
import { type CldEdge, type CldInput, type CldLoop, loopTitle } from "./cld-input.js";
import { cldLegend, cldLegendItems } from "./cld-legend.js";
import {
  arrowhead,
  type Curve,
  curveUntil,
  type Point,
  pointAt,
  tangentAt,
} from "./edge-geometry.js";
import { type ActiveSet, activeSet, edgeKey, type Highlight } from "./highlight.js";
import { type LabelBox, LINE_HEIGHT } from "./label-box.js";
import { type CldLayoutOptions, layoutCld } from "./layout-cld.js";
import {
  linkLines,
  loopMarker,
  loopPolygon,
  markerExtent,
  placeMarker,
  signedArea,
} from "./loop-marker.js";
import { placeSigns, type Rect } from "./place-signs.js";

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
  /**
   * Legend captions of the groups (colourBy `group`): a plain label or one per language, picked
   * by `lang`; a group without one shows its id.
   */
  readonly groupLabels?: Readonly<Record<string, string | Labels>>;
  /** Draw markers for at most this many loops (in input order, plus a highlighted one); default 12. */
  readonly maxLoopMarkers?: number;
}

const STRENGTH_WIDTH = { weak: 1, average: 1.6, strong: 2.4, very_strong: 3.2 } as const;
const MARGIN = 40;
const FADED = 0.15;

/** True when a link is slow enough for a delay mark: speed `low` or a delay of at least 1. */
export function isDelayed(e: CldEdge): boolean {
  expectObject("isDelayed", "e", e);
  return e.speed === "low" || (e.delay !== undefined && e.delay >= 1);
}

function edgeSvg(
  e: CldEdge,
  c: Curve,
  sign: Point,
  colour: string,
  opacity: number,
  lang: Lang,
): string {
  const width = e.strength === undefined ? 1.4 : STRENGTH_WIDTH[e.strength];
  const [tip, l, r] = arrowhead(c, 9 + width, 4 + width / 2);
  // the line stops under the arrowhead: the same curve, cut where the head begins
  const line = curveUntil(c, 7 + width);
  const parts = [
    `<g class="link" data-from="${escapeXml(e.from)}" data-to="${escapeXml(e.to)}"${opacity < 1 ? ` opacity="${num(opacity)}"` : ""}>`,
    `<path d="M${num(line.start.x)},${num(line.start.y)}Q${num(line.control.x)},${num(line.control.y)} ${num(line.end.x)},${num(line.end.y)}" fill="none" stroke="${colour}" stroke-width="${num(width)}"/>`,
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
  const sx = sign.x;
  const sy = sign.y;
  const glyph = e.polarity === "-" ? "\u2212" : e.polarity;
  const signColour =
    e.polarity === "?"
      ? POLARITY_COLOURS["?"]
      : e.polarity === "+"
        ? POLARITY_COLOURS["+"]
        : POLARITY_COLOURS["-"];
  parts.push(
    `<text class="sign" x="${num(sx)}" y="${num(sy)}" dy="0.35em" text-anchor="middle" font-size="14" font-weight="bold" fill="${signColour}" stroke="#ffffff" stroke-width="3" paint-order="stroke">${glyph}</text>`,
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

/** A group's legend caption: its label in the language, else its plain label, else its id. */
function groupCaption(group: string, labels: CldOptions["groupLabels"], lang: Lang): string {
  const l = labels?.[group];
  if (l === undefined) return group;
  return typeof l === "string" ? l : (l[lang] ?? l.en ?? l.nl ?? group);
}

/** The letter in a loop's marker and the title beside it. */
function markerText(loop: CldLoop, lang: Lang): { letter: string; title: string } {
  const letter = loop.polarity === "R" || loop.polarity === "B" ? loop.polarity : "?";
  const titled = loop.label !== undefined || loop.labels !== undefined;
  // generated ids such as R3 or B12 say everything already: they go in the circle, untitled
  if (!titled && /^[A-Z]\d{1,3}$/.test(loop.id)) return { letter: loop.id, title: "" };
  return { letter, title: loopTitle(loop, lang) };
}

/** The options of a causal-loop diagram and what each must hold, as the entry points check them. */
export const CLD_OPTION_FIELDS = {
  title: "string",
  desc: "string",
  colourBy: ["polarity", "group"],
  idPrefix: "string",
  groupLabels: "object",
  maxLoopMarkers: "number",
  seed: "number",
  lang: ["nl", "en"],
  label: "object",
  gap: "number",
  clearance: "number",
  tries: "number",
} as const satisfies Readonly<Record<string, Field>>;

/** Draw a causal-loop diagram. */
export function causalLoopDiagram(input: CldInput, options: CldOptions = {}): Svg {
  expectObject("causalLoopDiagram", "input", input);
  expectOptions("causalLoopDiagram", options, CLD_OPTION_FIELDS);
  const lang: Lang = options.lang ?? "en";
  const layout = layoutCld(input, options);
  const loops = input.loops ?? [];
  const active: ActiveSet | undefined = options.highlight
    ? activeSet(input, options.highlight)
    : undefined;
  const dx = MARGIN - layout.minX;
  const dy = MARGIN + 12 + (options.title ? 28 : 0) - layout.minY;
  const move = (p: Point): Point => ({ x: p.x + dx, y: p.y + dy });
  const boxes = new Map(
    layout.boxes.map((b) => [b.id, { ...b, x: b.x + dx, y: b.y + dy }] as const),
  );
  const boxList = [...boxes.values()];
  let width = Math.max(360, layout.maxX - layout.minX + 2 * MARGIN);
  const groupNames = [
    ...new Set(input.nodes.map((n) => n.group).filter((g) => g !== undefined)),
  ].sort();
  const groups =
    options.colourBy === "group"
      ? new Map(groupNames.map((g, i) => [g, categoryColour(i)]))
      : undefined;
  const groupOf = new Map(input.nodes.map((n) => [n.id, n.group]));

  const body: string[] = [];
  const curves = layout.routes.map((r) => ({
    start: move(r.curve.start),
    control: move(r.curve.control),
    end: move(r.curve.end),
  }));
  // markers first (they need the most room), then the signs around them
  const taken: Rect[] = [];
  const maxMarkers = options.maxLoopMarkers ?? 12;
  const marked = loops.filter((l, i) => i < maxMarkers || active?.loops.has(l.id));
  const markers: string[] = [];
  const extents: { x0: number; x1: number }[] = [];
  const lines = linkLines(curves);
  for (const loop of marked) {
    const members = loop.variables.map((v) => boxes.get(v)).filter((p) => p !== undefined);
    if (members.length === 0) continue;
    const { letter, title } = markerText(loop, lang);
    const place = placeMarker(loopPolygon(members), title, boxList, taken, lines);
    const colour =
      loop.polarity === "R"
        ? POLARITY_COLOURS["+"]
        : loop.polarity === "B"
          ? POLARITY_COLOURS["-"]
          : POLARITY_COLOURS["?"];
    const on = active === undefined || active.loops.has(loop.id);
    const clockwise = signedArea(members) >= 0;
    markers.push(loopMarker(loop.id, letter, title, place, clockwise, colour, on ? 1 : FADED));
    extents.push(markerExtent(place, title));
  }
  // a loop title may reach past the factors: the picture holds it (shifted right when it
  // reaches past the left edge)
  const pad = 6;
  const left = Math.min(pad, ...extents.map((e) => e.x0));
  const shift = pad - left;
  width = Math.max(width, ...extents.map((e) => e.x1 + shift + pad));
  if (options.title) {
    body.push(
      `<text x="${num(width / 2)}" y="26" text-anchor="middle" font-size="16" font-weight="bold">${escapeXml(options.title)}</text>`,
    );
  }
  if (shift > 0) body.push(`<g transform="translate(${num(shift)},0)">`);
  const signs = placeSigns(curves, boxList, taken);
  body.push(`<g class="links">`);
  layout.routes.forEach((r, i) => {
    const e = input.edges.find((x) => x.from === r.from && x.to === r.to)!;
    const group = groupOf.get(e.from);
    const colour = groups
      ? group === undefined
        ? "#555555"
        : groups.get(group)!
      : POLARITY_COLOURS[e.polarity];
    const on = active === undefined || active.edges.has(edgeKey(e.from, e.to));
    body.push(edgeSvg(e, curves[i]!, signs[i]!, colour, on ? 1 : FADED, lang));
  });
  body.push("</g>", `<g class="factors">`);
  for (const box of boxList) {
    const group = groupOf.get(box.id);
    const border = groups && group !== undefined ? groups.get(group) : undefined;
    const on = active === undefined || active.nodes.has(box.id);
    body.push(nodeSvg(box, layout.style, border, on ? 1 : FADED));
  }
  body.push("</g>", `<g class="loops">`, ...markers, "</g>");
  if (shift > 0) body.push("</g>");

  let height = layout.maxY + dy + MARGIN;
  if (options.legend ?? true) {
    const captions = groups
      ? new Map([...groups].map(([g, c]) => [groupCaption(g, options.groupLabels, lang), c]))
      : undefined;
    const items = cldLegendItems(
      lang,
      input.edges.some(isDelayed),
      new Set(marked.map((l) => l.polarity)),
      captions,
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
