/**
 * The diagram of an XMILE model (XMILE 1.0 §5–6), kept as {@link View} elements so diagrams
 * can reuse the author's layout.
 *
 * Read: `<stock>`, `<aux>`, `<gf>` and `<flow>` (its valve) as nodes with x, y and any width
 * and height; a flow's `<pts>` as its pipe; `<connector>` with its `angle`, from and to given
 * by name or by `<alias uid>`; `<alias>` as a node of the variable it shows. Clouds are not
 * XMILE objects: a cloud is placed at the free end of every pipe whose flow has no stock at
 * that end. Views of type `interface` or `popup` and anything else on a view are skipped.
 * Older Stella files without `<views>` give positions in each variable's `<display x y>`.
 */
import type { Variable, View, ViewElement, ViewPoint } from "../../model/types.js";
import { decodeXmileName, xmileNameToId } from "./xmile-names.js";
import { child, childrenNamed, type XmlElement } from "./xml-element.js";

/** Read the views of a model element; undefined when it has no diagram. */
export function readView(model: XmlElement, variables: readonly Variable[]): View | undefined {
  const known = new Set(variables.map((v) => v.id));
  const idOf = (raw: string | undefined): string | undefined => {
    if (raw === undefined) return undefined;
    const id = xmileNameToId(decodeXmileName(raw));
    return known.has(id) ? id : undefined;
  };
  const elements: ViewElement[] = [];
  const views = child(model, "views");
  if (views !== undefined) {
    for (const view of childrenNamed(views, "view")) {
      const type = (view.attrs.type ?? view.attrs.name)?.toLowerCase();
      if (type === "interface" || type === "popup") continue;
      readOneView(view, idOf, elements);
    }
  } else {
    readDisplays(model, idOf, elements);
  }
  addClouds(elements, variables);
  return elements.length > 0 ? { elements } : undefined;
}

type IdOf = (raw: string | undefined) => string | undefined;

function readOneView(view: XmlElement, idOf: IdOf, out: ViewElement[]): void {
  const aliases = new Map<string, string>();
  for (const el of view.children) {
    if (el.name === "alias") {
      const variable = idOf(el.children.find((c) => c.name === "of")?.text);
      if (variable !== undefined && el.attrs.uid !== undefined) aliases.set(el.attrs.uid, variable);
    }
  }
  const end = (el: XmlElement | undefined): string | undefined => {
    if (el === undefined) return undefined;
    const alias = child(el, "alias");
    return alias !== undefined ? aliases.get(alias.attrs.uid ?? "") : idOf(el.text);
  };
  for (const el of view.children) {
    switch (el.name) {
      case "stock":
      case "aux":
      case "gf":
      case "flow": {
        const node = nodeOf(el, idOf(el.attrs.name));
        if (node === undefined) break;
        out.push(node);
        const pts = child(el, "pts");
        if (el.name === "flow" && pts !== undefined) {
          const points = childrenNamed(pts, "pt").flatMap((pt) => pointOf(pt) ?? []);
          out.push({ kind: "pipe", flow: node.variable, points });
        }
        break;
      }
      case "alias": {
        const node = nodeOf(el, aliases.get(el.attrs.uid ?? ""));
        if (node !== undefined) out.push(node);
        break;
      }
      case "connector": {
        const from = end(child(el, "from"));
        const to = end(child(el, "to"));
        if (from === undefined || to === undefined) break;
        const angle = Number(el.attrs.angle);
        out.push({
          kind: "connector",
          from,
          to,
          ...(el.attrs.angle !== undefined && Number.isFinite(angle) ? { angle: angle + 0 } : {}),
        });
        break;
      }
    }
  }
}

function readDisplays(model: XmlElement, idOf: IdOf, out: ViewElement[]): void {
  const container = child(model, "variables") ?? model;
  for (const el of container.children) {
    const display = child(el, "display");
    const node = display === undefined ? undefined : nodeOf(display, idOf(el.attrs.name));
    if (node !== undefined) out.push(node);
  }
}

function nodeOf(
  el: XmlElement,
  variable: string | undefined,
): Extract<ViewElement, { kind: "node" }> | undefined {
  const at = pointOf(el);
  if (variable === undefined || at === undefined) return undefined;
  const width = Number(el.attrs.width);
  const height = Number(el.attrs.height);
  return {
    kind: "node",
    variable,
    ...at,
    ...(el.attrs.width !== undefined && Number.isFinite(width) ? { width } : {}),
    ...(el.attrs.height !== undefined && Number.isFinite(height) ? { height } : {}),
  };
}

function pointOf(el: XmlElement): ViewPoint | undefined {
  const x = Number(el.attrs.x);
  const y = Number(el.attrs.y);
  if (el.attrs.x === undefined || el.attrs.y === undefined) return undefined;
  // `+ 0` turns -0 into 0, so a view reads the same after it is written back.
  return Number.isFinite(x) && Number.isFinite(y) ? { x: x + 0, y: y + 0 } : undefined;
}

function addClouds(elements: ViewElement[], variables: readonly Variable[]): void {
  const fed = new Set<string>();
  const drained = new Set<string>();
  for (const v of variables) {
    if (v.kind !== "stock") continue;
    for (const f of v.inflows) fed.add(f);
    for (const f of v.outflows) drained.add(f);
  }
  const clouds: ViewElement[] = [];
  for (const el of elements) {
    if (el.kind !== "pipe" || el.points.length < 2) continue;
    const first = el.points[0]!;
    const last = el.points[el.points.length - 1]!;
    if (!drained.has(el.flow)) clouds.push({ kind: "cloud", flow: el.flow, ...first });
    if (!fed.has(el.flow)) clouds.push({ kind: "cloud", flow: el.flow, ...last });
  }
  elements.push(...clouds);
}
