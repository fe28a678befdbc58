/**
 * Diagram geometry from the model's own view (read from XMILE or Vensim): stocks, valves and
 * auxiliaries where the author put them (x, y are centres), pipes along their points, clouds at
 * the free pipe ends. Returns undefined when the view does not place every stock and flow, so
 * the caller falls back to the automatic layout.
 */

import { expectModel } from "../../diagnostics/check-argument.js";
import type { Model, ViewPoint } from "../../model/types.js";
import { exitPoint } from "../cld/edge-geometry.js";
import { removeOverlaps } from "../cld/remove-overlaps.js";
import { textWidth } from "../svg/text-width.js";
import {
  connectorKey,
  type FlowPlace,
  type SfLayout,
  STOCK_SIZE,
  type StockPlace,
} from "./sf-layout.js";

/** The layout the model's view gives, or undefined when it has none or it is incomplete. */
export function layoutFromView(model: Model): SfLayout | undefined {
  expectModel("layoutFromView", "model", model, ["stock-flow"]);
  const view = model.view;
  if (view === undefined || view.elements.length === 0) return undefined;
  const kinds = new Map(model.variables.map((v) => [v.id, v.kind]));
  const stocks = new Map<string, StockPlace>();
  const flows = new Map<string, FlowPlace>();
  const nodes = new Map<string, ViewPoint>();
  const pipes = new Map<string, readonly ViewPoint[]>();
  const clouds: ViewPoint[] = [];
  const angles = new Map<string, number>();
  for (const el of view.elements) {
    switch (el.kind) {
      case "node": {
        const kind = kinds.get(el.variable);
        if (kind === "stock" && !stocks.has(el.variable)) {
          stocks.set(el.variable, {
            x: el.x,
            y: el.y,
            width: el.width ?? STOCK_SIZE.width,
            height: el.height ?? STOCK_SIZE.height,
          });
        } else if (kind !== undefined && kind !== "stock" && !nodes.has(el.variable)) {
          nodes.set(el.variable, { x: el.x, y: el.y });
        }
        break;
      }
      case "pipe":
        if (el.points.length >= 2) pipes.set(el.flow, el.points);
        break;
      case "cloud":
        clouds.push({ x: el.x, y: el.y });
        break;
      case "connector":
        if (el.angle !== undefined) angles.set(connectorKey(el.from, el.to), el.angle);
        break;
    }
  }
  for (const [flow, pipe] of pipes) {
    const valve = nodes.get(flow) ?? pipe[Math.floor(pipe.length / 2)]!;
    flows.set(flow, { valve, pipe: clipPipe(pipe, [...stocks.values()]) });
    nodes.delete(flow);
  }
  separate(nodes, model);
  const complete = model.variables.every((v) =>
    v.kind === "stock" ? stocks.has(v.id) : flows.has(v.id) || nodes.has(v.id),
  );
  return complete ? { stocks, flows, nodes, clouds, angles } : undefined;
}

/** Pipes often end at a stock's centre: end them at its edge instead, so the arrowhead shows. */
function clipPipe(pipe: readonly ViewPoint[], stocks: readonly StockPlace[]): ViewPoint[] {
  const out = [...pipe];
  const inside = (p: ViewPoint) =>
    stocks.find((s) => Math.abs(p.x - s.x) <= s.width / 2 && Math.abs(p.y - s.y) <= s.height / 2);
  const clip = (end: number, toward: number) => {
    const s = inside(out[end]!);
    if (s === undefined || inside(out[toward]!) === s) return;
    out[end] = exitPoint({ id: "", lines: [], ...s }, out[toward]!, 0);
  };
  clip(0, 1);
  clip(out.length - 1, out.length - 2);
  return out;
}

/** Move auxiliaries whose labels would overlap (files often stack unused ones on one spot). */
function separate(nodes: Map<string, ViewPoint>, model: Model): void {
  const boxes = [...nodes].map(([id, p]) => {
    const name = model.variables.find((v) => v.id === id)?.name ?? id;
    return { id, lines: [], x: p.x, y: p.y, width: Math.max(20, textWidth(name, 11)), height: 36 };
  });
  removeOverlaps(boxes, 2);
  for (const b of boxes) nodes.set(b.id, { x: b.x, y: b.y });
}
