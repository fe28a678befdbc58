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
import { stronglyConnectedComponents } from "graphology-components";
import { compileModel } from "../../compile/compile-model.js";
import type { Model } from "../../model/types.js";
import { seededRandom } from "../../random/random-source.js";
import { type RunOptions, simulate } from "../../simulate/simulate.js";
import { causalGraph } from "../graph/causal-graph.js";
import { edgeKey } from "../graph/causal-graph-types.js";
import { findLoops } from "../loops/find-loops.js";
import { describeLoop, type Loop, numberLoops } from "../loops/loop.js";
import { type DominancePeriod, dominantPeriods } from "./dominant-periods.js";
import { elementaryStructure, type ValueRef } from "./elementary-links.js";
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

const read = (ref: ValueRef, values: Float64Array, rates: Float64Array) =>
  "slot" in ref ? values[ref.slot]! : rates[ref.rate]!;

/** Loop dominance of a stock-and-flow model over one run. */
export function loopDominance(model: Model, options: DominanceOptions = {}): DominanceResult {
  const settings = { ...DOMINANCE_DEFAULTS, ...options };
  const compiled = compileModel(model);
  const structure = elementaryStructure(compiled);
  const graph = causalGraph(model);
  const edges = graph
    .edges()
    .map((key) => ({ key, from: graph.source(key), to: graph.target(key) }));
  const paths = edges.map((e) => linkPaths(structure, e.from, e.to));

  const E = structure.links.length;
  const refs = structure.links.map((l) => ({
    from: structure.valueRefs.get(l.from)!,
    to: structure.valueRefs.get(l.to)!,
  }));
  const partial = new Float64Array(E);
  const elementary = new Float64Array(E);
  const w = new Float64Array(compiled.slotCount);
  const wr = new Float64Array(compiled.stockCount);
  const context = {
    k: Float64Array.of(options.start ?? model.specs.start, options.stop ?? model.specs.stop, 0),
    g: compiled.tables,
    r: seededRandom(0),
  };
  const time: number[] = [];
  const linkSeries: number[][] = edges.map(() => []);
  let tPrev = 0;

  simulate(compiled, {
    ...options,
    save: [],
    observe: ({ step, t, dt, values, params, rates, saved }) => {
      if (step > 0) {
        structure.partials(values, w, params, tPrev, dt, context, partial);
        for (let j = 0; j < E; j++) {
          const { from, to } = refs[j]!;
          const dz = read(to, values, rates) - read(to, w, wr);
          const dx = read(from, values, rates) - read(from, w, wr);
          const kind = structure.links[j]!.kind;
          if (dz === 0 || dx === 0) elementary[j] = 0;
          else if (kind !== "algebraic") elementary[j] = 1;
          else {
            const dxz = partial[j]! - read(to, w, wr);
            elementary[j] = Math.abs(dxz / dz) * Math.sign(dxz / dx);
          }
        }
      }
      if (saved) {
        time.push(t);
        paths.forEach((list, e) => {
          let best = 0;
          if (step > 0) {
            for (const path of list) {
              let product = 1;
              for (const j of path) product *= elementary[j]!;
              if (Math.abs(product) > Math.abs(best)) best = product;
            }
          }
          linkSeries[e]!.push(best);
        });
      }
      w.set(values);
      wr.set(rates);
      tPrev = t;
    },
  });

  const linkIndex = new Map(edges.map((e, i) => [e.key, i]));
  const enumerated =
    settings.discovery === "strongest-path"
      ? undefined
      : findLoops(graph, { maxLoops: settings.maxLoops });
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
  stronglyConnectedComponents(graph).forEach((ids, c) => {
    for (const id of ids) component.set(id, c);
  });
  const partition = loops.map((loop) => component.get(loop.variables[0]!)!);
  const relative = loops.map((_, l) => {
    const out = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      let total = 0;
      loops.forEach((_, m) => {
        if (partition[m] === partition[l]) total += Math.abs(scores[m]![i]!);
      });
      out[i] = total === 0 ? 0 : scores[l]![i]! / total;
    }
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
      score: Float64Array.from(linkSeries[i]!),
    })),
    dominance: dominantPeriods(
      timeArray,
      all.map((l) => l.id),
      all.map((l) => l.relative),
    ),
    method: exhaustive ? "exhaustive" : "strongest-path",
  };
}
