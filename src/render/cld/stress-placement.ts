/**
 * Where factors go first: ELK's stress majorisation (elkjs, `elk.algorithm: stress`), which places
 * nodes so that their distances match their graph distances. Short feedback loops thus come out
 * as compact cycles, and measured on the systeemkaart it leaves fewer straight-line crossings
 * than a force simulation or ELK's layered layout (docs/pictures.md). Deterministic: stress
 * majorisation starts from a fixed placement and has no random steps.
 */
import type { ElkNode } from "elkjs/lib/elk-api.js";
import { elkLayoutSync } from "../layout/elk-sync.js";
import type { CldEdge } from "./cld-input.js";
import type { LabelBox } from "./label-box.js";

/** Move each box's centre to where ELK stress puts it; `edgeLength` is the desired link length. */
export function stressPlacement(
  boxes: readonly LabelBox[],
  edges: readonly CldEdge[],
  edgeLength: number,
  seed: number,
): void {
  const ids = new Set(boxes.map((b) => b.id));
  const seen = new Set<string>();
  const graph: ElkNode = {
    id: "root",
    children: boxes.map((b) => ({ id: b.id, width: b.width, height: b.height })),
    edges: edges.flatMap((e, i) => {
      const key = [e.from, e.to].sort().join("\u0000");
      if (e.from === e.to || !ids.has(e.from) || !ids.has(e.to) || seen.has(key)) return [];
      seen.add(key);
      return [{ id: `e${i}`, sources: [e.from], targets: [e.to] }];
    }),
  };
  const laid = elkLayoutSync(graph, {
    "elk.algorithm": "stress",
    "elk.stress.desiredEdgeLength": String(edgeLength),
    "elk.randomSeed": String(Math.trunc(seed)),
  });
  const at = new Map((laid.children ?? []).map((c) => [c.id, c]));
  for (const b of boxes) {
    const c = at.get(b.id);
    if (c === undefined) continue;
    b.x = (c.x ?? 0) + b.width / 2;
    b.y = (c.y ?? 0) + b.height / 2;
  }
}
