/**
 * Loop dominance over a run by the Loops That Matter method (Schoenberg, Davidsen and Eberlein,
 * "Understanding model behavior using the Loops that Matter method", System Dynamics Review
 * 36(2), 2020; flow-to-stock scores as corrected in Schoenberg, Hayward and Eberlein, "Improving
 * Loops that Matter", SDR 39(2), 2023).
 *
 * At every step: each link's score is |Δₓz / Δz| · sign(Δₓz / Δx), where Δₓz re-evaluates z with
 * only x moved from t − dt to t (0 when z or x did not change); a loop's score is the product of
 * its link scores; its relative score divides by the sum of |scores| of the loops of its cycle
 * partition (the strongly connected part of the graph it lies in), so relative scores lie in
 * [−1, 1]. All differences are over the same interval [t − dt, t], so scores start at the second
 * saved time (the first is reported as 0).
 */

import { type CompiledModel, compileModel } from "../../compile/compile-model.js";
import { expectModel, expectNumeric, expectOptions } from "../../diagnostics/check-argument.js";
import type { Model } from "../../model/types.js";
import { seededRandom } from "../../random/random-source.js";
import { RUN_OPTION_FIELDS } from "../../simulate/run-option-fields.js";
import { type RunOptions, simulate } from "../../simulate/simulate.js";
import { causalGraph } from "../graph/causal-graph.js";
import { type CausalGraph, edgeKey } from "../graph/causal-graph-types.js";
import { strongComponents } from "../graph/strong-components.js";
import { findLoops, type LoopsResult } from "../loops/find-loops.js";
import { describeLoop, type Loop, numberLoops } from "../loops/loop.js";
import { type DominancePeriod, dominantPeriods } from "./dominant-periods.js";
import { type ElementaryStructure, elementaryStructure } from "./elementary-links.js";
import { linkPaths } from "./link-paths.js";
import { strongestPathLoops } from "./strongest-path-loops.js";

/** Options of {@link loopDominance}: a run's options plus how loops are found. */
export interface DominanceOptions extends Omit<RunOptions, "observe" | "save"> {
  /** Enumerate every loop up to this many; beyond it, discover loops by strongest paths. */
  readonly maxLoops?: number;
  /** Force a discovery method. */
  readonly discovery?: "auto" | "exhaustive" | "strongest-path";
  /** Keep only these loop ids in the result (after numbering). */
  readonly loops?: readonly string[];
}

/** Defaults of {@link DominanceOptions}. */
export const DOMINANCE_DEFAULTS = { maxLoops: 1000, discovery: "auto" } as const;

/** One loop's scores over the saved times. */
export interface LoopScores extends Loop {
  /** Product of the link scores. */
  readonly score: Float64Array;
  /** Share of the change of its partition explained, in [−1, 1]. */
  readonly relative: Float64Array;
}

/** The result of {@link loopDominance}. */
export interface DominanceResult {
  readonly time: Float64Array;
  readonly loops: readonly LoopScores[];
  /** Score of every causal link at every saved time. */
  readonly links: readonly {
    readonly from: string;
    readonly to: string;
    readonly score: Float64Array;
  }[];
  readonly dominance: readonly DominancePeriod[];
  readonly method: "exhaustive" | "strongest-path";
}

/** Loop dominance of a stock-and-flow model over one run. */
/** What {@link loopDominance} needs of a model before any run: compile it, derive its graph and loops. */
export interface PreparedDominance {
  readonly kind: "prepared-dominance";
  readonly model: Model;
  readonly compiled: CompiledModel;
  readonly structure: ElementaryStructure;
  readonly graph: CausalGraph;
  readonly edges: readonly { readonly key: string; readonly from: string; readonly to: string }[];
  /** Elementary paths of each edge. */
  readonly paths: readonly (readonly number[][])[];
  /** Every loop, when there are at most `maxLoops`. */
  readonly enumerated: LoopsResult;
}

/**
 * Prepare a model for loop dominance once, so that several runs (scenarios, parameter values)
 * pay only for the instrumented run.
 */
export function prepareDominance(
  model: Model,
  maxLoops: number = DOMINANCE_DEFAULTS.maxLoops,
): PreparedDominance {
  expectModel("prepareDominance", "model", model, ["stock-flow"]);
  expectNumeric("prepareDominance", "maxLoops", maxLoops);
  const compiled = compileModel(model);
  const structure = elementaryStructure(compiled);
  const graph = causalGraph(model);
  const edges = graph
    .edges()
    .map((key) => ({ key, from: graph.source(key), to: graph.target(key) }));
  const paths = edges.map((e) => linkPaths(structure, e.from, e.to));
  const enumerated = findLoops(graph, { maxLoops });
  return {
    kind: "prepared-dominance",
    model,
    compiled,
    structure,
    graph,
    edges,
    paths,
    enumerated,
  };
}

/** Loop dominance of a stock-and-flow model (or a prepared one) over one run. */
export function loopDominance(
  source: Model | PreparedDominance,
  options: DominanceOptions = {},
): DominanceResult {
  if ((source as { kind?: unknown } | null)?.kind !== "prepared-dominance")
    expectModel("loopDominance", "source", source, ["stock-flow"]);
  expectOptions("loopDominance", options, {
    maxLoops: "number",
    discovery: ["auto", "exhaustive", "strongest-path"],
    loops: "array",
    ...RUN_OPTION_FIELDS,
  });
  const settings = { ...DOMINANCE_DEFAULTS, ...options };
  const prepared =
    source.kind === "prepared-dominance" ? source : prepareDominance(source, settings.maxLoops);
  const { model, compiled, structure, graph, edges, paths } = prepared;

  // Hot loop data as typed arrays: where each elementary link reads its source and target
  // (slot, or rate when the index is negative: −1 − stock), and each causal link's paths.
  const E = structure.links.length;
  const index = (id: string) => {
    const ref = structure.valueRefs.get(id)!;
    return "slot" in ref ? ref.slot : -1 - ref.rate;
  };
  const fromAt = Int32Array.from(structure.links, (l) => index(l.from));
  const toAt = Int32Array.from(structure.links, (l) => index(l.to));
  const algebraic = Uint8Array.from(structure.links, (l) => (l.kind === "algebraic" ? 1 : 0));
  const pathStart: number[] = [0];
  const pathLinks: number[] = [];
  const edgePaths: number[] = [0];
  for (const list of paths) {
    for (const path of list) {
      pathLinks.push(...path);
      pathStart.push(pathLinks.length);
    }
    edgePaths.push(pathStart.length - 1);
  }
  const pStart = Int32Array.from(pathStart);
  const pLinks = Int32Array.from(pathLinks);
  const ePaths = Int32Array.from(edgePaths);

  const partial = new Float64Array(E);
  const elementary = new Float64Array(E);
  const w = new Float64Array(compiled.slotCount);
  const wr = new Float64Array(compiled.stockCount);
  const context = {
    k: Float64Array.of(options.start ?? model.specs.start, options.stop ?? model.specs.stop, 0),
    g: compiled.tables,
    r: seededRandom(0),
  };
  // Saved rows, as the run will save them (the same arithmetic as `simulate`).
  const start = options.start ?? model.specs.start;
  const dt = options.dt ?? model.specs.dt;
  const every = Math.max(1, Math.round((options.saveper ?? model.specs.saveper ?? dt) / dt));
  const steps = Math.round(((options.stop ?? model.specs.stop) - start) / dt + 1e-9);
  const rows = Math.floor(steps / every) + 1;
  const time: number[] = [];
  const linkSeries = edges.map(() => new Float64Array(rows));
  let tPrev = 0;

  simulate(compiled, {
    ...options,
    save: [],
    observe: ({ step, t, dt, values, params, rates, saved }) => {
      // Scores at t need only the values at t and t − dt, so they are computed at saved steps.
      if (step > 0 && saved) {
        structure.partials(values, w, params, tPrev, dt, context, partial);
        for (let j = 0; j < E; j++) {
          const a = fromAt[j]!;
          const b = toAt[j]!;
          const zNow = b >= 0 ? values[b]! : rates[-1 - b]!;
          const zBefore = b >= 0 ? w[b]! : wr[-1 - b]!;
          const dz = zNow - zBefore;
          const dx = a >= 0 ? values[a]! - w[a]! : rates[-1 - a]! - wr[-1 - a]!;
          if (dz === 0 || dx === 0) elementary[j] = 0;
          else if (algebraic[j] === 0) elementary[j] = 1;
          else {
            const dxz = partial[j]! - zBefore;
            elementary[j] = Math.abs(dxz / dz) * Math.sign(dxz / dx);
          }
        }
      }
      if (saved) {
        time.push(t);
        for (let e = 0; e < edges.length; e++) {
          let best = 0;
          if (step > 0) {
            for (let q = ePaths[e]!; q < ePaths[e + 1]!; q++) {
              let product = 1;
              for (let i = pStart[q]!; i < pStart[q + 1]!; i++) product *= elementary[pLinks[i]!]!;
              if (Math.abs(product) > Math.abs(best)) best = product;
            }
          }
          linkSeries[e]![time.length - 1] = best;
        }
      }
      w.set(values);
      wr.set(rates);
      tPrev = t;
    },
  });

  const linkIndex = new Map(edges.map((e, i) => [e.key, i]));
  const enumerated = settings.discovery === "strongest-path" ? undefined : prepared.enumerated;
  const exhaustive =
    enumerated !== undefined && !(enumerated.truncated && settings.discovery === "auto");
  let loops: readonly Loop[];
  if (exhaustive) {
    loops = enumerated!.loops;
  } else {
    const found = new Map<string, string[]>();
    const stocks = model.variables.filter((v) => v.kind === "stock").map((v) => v.id);
    for (let i = 0; i < time.length; i++) {
      const adjacency = new Map<string, { to: string; weight: number }[]>();
      edges.forEach((e, k) => {
        const list = adjacency.get(e.from) ?? [];
        list.push({ to: e.to, weight: Math.abs(linkSeries[k]![i]!) });
        adjacency.set(e.from, list);
      });
      for (const cycle of strongestPathLoops(adjacency, stocks)) {
        const loop = describeLoop(graph, cycle);
        found.set(loop.variables.join(" "), loop.variables as string[]);
      }
    }
    loops = numberLoops([...found.values()].map((cycle) => describeLoop(graph, cycle)));
  }

  const n = time.length;
  const scores = loops.map((loop) => {
    const score = new Float64Array(n);
    const ids = loop.variables.map(
      (v, i) => linkIndex.get(edgeKey(v, loop.variables[(i + 1) % loop.length]!))!,
    );
    for (let i = 0; i < n; i++) {
      let product = 1;
      for (const e of ids) product *= linkSeries[e]![i]!;
      score[i] = product;
    }
    return score;
  });
  const component = new Map<string, number>();
  strongComponents(graph).forEach((ids, c) => {
    for (const id of ids) component.set(id, c);
  });
  const partition = loops.map((loop) => component.get(loop.variables[0]!)!);
  const totals = new Map<number, Float64Array>();
  loops.forEach((_, l) => {
    const total = totals.get(partition[l]!) ?? new Float64Array(n);
    for (let i = 0; i < n; i++) total[i]! += Math.abs(scores[l]![i]!);
    totals.set(partition[l]!, total);
  });
  const relative = loops.map((_, l) => {
    const total = totals.get(partition[l]!)!;
    const score = scores[l]!;
    const out = new Float64Array(n);
    for (let i = 0; i < n; i++) out[i] = total[i] === 0 ? 0 : score[i]! / total[i]!;
    return out;
  });

  const all = loops.map((loop, l) => ({ ...loop, score: scores[l]!, relative: relative[l]! }));
  const kept = settings.loops ? all.filter((l) => settings.loops!.includes(l.id)) : all;
  const timeArray = Float64Array.from(time);
  return {
    time: timeArray,
    loops: kept,
    links: edges.map((e, i) => ({
      from: e.from,
      to: e.to,
      score: linkSeries[i]!.subarray(0, time.length),
    })),
    dominance: dominantPeriods(
      timeArray,
      all.map((l) => l.id),
      all.map((l) => l.relative),
    ),
    method: exhaustive ? "exhaustive" : "strongest-path",
  };
}
