/**
 * Automatic stock-and-flow layout, for models without a view, by ELK's layered algorithm
 * (elkjs) from left to right: every stock, valve, cloud and drawn auxiliary is a node whose box
 * holds its label, so no two labels or symbols overlap; a flow is a pipe from its source (stock
 * or cloud) through its valve to its target, with priority on straight, left-to-right pipes,
 * so main chains run left to right; connectors are spline-routed around the nodes; ELK's layers
 * put each auxiliary just before what it feeds. Deterministic (ELK's seeded crossing
 * minimisation with a fixed seed).
 */
import type { ElkExtendedEdge, ElkNode, ElkPoint } from "elkjs/lib/elk-api.js";
import {
  expectArray,
  expectModel,
  expectNumber,
  expectObject,
} from "../../diagnostics/check-argument.js";
import type { Model, ViewPoint } from "../../model/types.js";
import { elkLayoutSync } from "../layout/elk-sync.js";
import { flowOrder } from "./flow-order.js";
import type { ModelLink } from "./model-links.js";
import {
  type ConnectorRoute,
  connectorKey,
  type FlowPlace,
  type SfLayout,
  type StockPlace,
} from "./sf-layout.js";
import { STACK_OFFSET, stockBox, symbolBox } from "./sf-node-sizes.js";
import { flowEnds } from "./stock-chains.js";

/** What the layout needs to know of each variable. */
export interface AutoLayoutParts {
  /** The label drawn for a variable. */
  readonly label: (id: string) => string;
  /** The dimensions named on an arrayed stock, or undefined for a scalar one. */
  readonly dimensions: (id: string) => readonly string[] | undefined;
  /** Variables left out of the picture (e.g. hidden constants). */
  readonly hidden: ReadonlySet<string>;
}

const CLOUD = { width: 30, height: 20 } as const;

function sectionPoints(edge: ElkExtendedEdge): ElkPoint[] {
  const s = edge.sections?.[0];
  if (s === undefined) return [];
  return [s.startPoint, ...(s.bendPoints ?? []), s.endPoint];
}

/** Lay out a model without a view; `seed` seeds ELK's crossing minimisation. */
export function autoLayout(
  model: Model,
  links: readonly ModelLink[],
  seed: number,
  parts: AutoLayoutParts,
): SfLayout {
  expectModel("autoLayout", "model", model, ["stock-flow"]);
  expectArray("autoLayout", "links", links);
  expectNumber("autoLayout", "seed", seed);
  expectObject("autoLayout", "parts", parts);
  const ends = flowEnds(model);
  const children: ElkNode[] = [];
  const edges: ElkExtendedEdge[] = [];
  const symbolCentre = new Map<string, number>();
  const stockFront = new Map<string, { width: number; height: number }>();
  const cloudIds: string[] = [];
  const cloudSources: string[] = [];
  for (const v of model.variables) {
    if (parts.hidden.has(v.id)) continue;
    if (v.kind === "stock") {
      const box = stockBox(parts.label(v.id), parts.dimensions(v.id));
      stockFront.set(v.id, box.front);
      // pipes meet the front box: inflows spread down its left side, outflows down its right
      const side = (flows: readonly string[], dir: string, x: number) =>
        flows.map((f, i) => ({
          id: `${v.id}\u0000${dir}\u0000${f}`,
          x,
          y:
            2 * (box.height > box.front.height ? STACK_OFFSET : 0) +
            (box.front.height * (i + 1)) / (flows.length + 1),
          width: 1,
          height: 1,
        }));
      children.push({
        id: v.id,
        width: box.width,
        height: box.height,
        layoutOptions: { "elk.portConstraints": "FIXED_POS" },
        ports: [...side(v.inflows, "in", -1), ...side(v.outflows, "out", box.front.width)],
      });
    } else {
      const box = symbolBox(parts.label(v.id));
      symbolCentre.set(v.id, box.centre);
      const node: ElkNode = { id: v.id, width: box.width, height: box.height };
      if (v.kind === "flow") {
        node.layoutOptions = { "elk.portConstraints": "FIXED_POS" };
        node.ports = [
          { id: `${v.id}\u0000w`, x: -1, y: box.centre, width: 1, height: 1 },
          { id: `${v.id}\u0000e`, x: box.width, y: box.centre, width: 1, height: 1 },
        ];
      }
      children.push(node);
    }
  }
  const pipe = {
    "elk.layered.priority.straightness": "20",
    "elk.layered.priority.direction": "20",
  };
  for (const [flow, e] of ends) {
    if (parts.hidden.has(flow)) continue;
    const source =
      e.from !== undefined ? `${e.from}\u0000out\u0000${flow}` : `cloud${cloudIds.push(flow) - 1}`;
    if (e.from === undefined) {
      children.push({ id: source, ...CLOUD });
      cloudSources.push(source);
    }
    const target =
      e.to !== undefined ? `${e.to}\u0000in\u0000${flow}` : `cloud${cloudIds.push(flow) - 1}`;
    if (e.to === undefined) children.push({ id: target, ...CLOUD });
    edges.push(
      { id: `${flow}\u0000a`, sources: [source], targets: [`${flow}\u0000w`], layoutOptions: pipe },
      { id: `${flow}\u0000b`, sources: [`${flow}\u0000e`], targets: [target], layoutOptions: pipe },
    );
  }
  const drawn = new Set(children.map((c) => c.id));
  const seen = new Set<string>();
  for (const l of links) {
    const key = connectorKey(l.from, l.to);
    if (!drawn.has(l.from) || !drawn.has(l.to) || seen.has(key)) continue;
    seen.add(key);
    edges.push({ id: `c\u0000${key}`, sources: [l.from], targets: [l.to] });
  }
  // children in flow order, so that ELK's model-order cycle breaking keeps chains left to right
  const owner = (port: string) => port.split("\u0000")[0]!;
  const order = flowOrder(
    children.map((c) => c.id),
    [...cloudSources, ...model.variables.filter((v) => v.kind === "stock").map((v) => v.id)],
    edges.map((e) => ({
      from: e.sources[0]!.startsWith("cloud") ? e.sources[0]! : owner(e.sources[0]!),
      to: e.targets[0]!.startsWith("cloud") ? e.targets[0]! : owner(e.targets[0]!),
      pipe: !e.id.startsWith("c\u0000"),
    })),
  );
  const rank = new Map(order.map((id, i) => [id, i]));
  children.sort((a, b) => rank.get(a.id)! - rank.get(b.id)!);
  const laid = elkLayoutSync(
    { id: "root", children, edges },
    {
      "elk.algorithm": "layered",
      "elk.direction": "RIGHT",
      "elk.edgeRouting": "SPLINES",
      "elk.randomSeed": String(Math.trunc(seed)),
      "elk.spacing.nodeNode": "16",
      "elk.layered.spacing.nodeNodeBetweenLayers": "20",
      "elk.spacing.edgeNode": "10",
      "elk.layered.spacing.edgeNodeBetweenLayers": "10",
      "elk.layered.nodePlacement.strategy": "NETWORK_SIMPLEX",
      "elk.layered.considerModelOrder.strategy": "NODES_AND_EDGES",
      "elk.layered.cycleBreaking.strategy": "MODEL_ORDER",
    },
  );
  const at = new Map((laid.children ?? []).map((c) => [c.id, c]));
  const stocks = new Map<string, StockPlace>();
  const nodes = new Map<string, ViewPoint>();
  for (const [id, front] of stockFront) {
    const c = at.get(id)!;
    // the front box sits at the bottom left of the stack
    const offset = c.height! > front.height + 1 ? STACK_OFFSET : 0;
    stocks.set(id, {
      x: c.x! + front.width / 2,
      y: c.y! + 2 * offset + front.height / 2,
      width: front.width,
      height: front.height,
    });
  }
  for (const [id, centre] of symbolCentre) {
    const c = at.get(id)!;
    nodes.set(id, { x: c.x! + c.width! / 2, y: c.y! + centre });
  }
  const byId = new Map((laid.edges ?? []).map((e) => [e.id, e]));
  const flows = new Map<string, FlowPlace>();
  for (const flow of ends.keys()) {
    if (parts.hidden.has(flow)) continue;
    const a = sectionPoints(byId.get(`${flow}\u0000a`)!);
    const b = sectionPoints(byId.get(`${flow}\u0000b`)!);
    const valve = nodes.get(flow)!;
    nodes.delete(flow);
    // one pipe through the valve: the two routed halves joined by a straight piece
    flows.set(flow, { valve, pipe: [...a, valve, valve, ...b], cubic: true });
  }
  const clouds = cloudIds.map((_, i) => {
    const c = at.get(`cloud${i}`)!;
    return { x: c.x! + c.width! / 2, y: c.y! + c.height! / 2 };
  });
  const connectors = new Map<string, ConnectorRoute>();
  for (const e of laid.edges ?? []) {
    if (!e.id.startsWith("c\u0000")) continue;
    connectors.set(e.id.slice(2), { points: sectionPoints(e), cubic: true });
  }
  return { stocks, flows, nodes, clouds, angles: new Map(), connectors };
}
