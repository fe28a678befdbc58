/**
 * One diagram per feedback loop (issue 16): a large causal map is hard to follow as a whole, so
 * beside the overview each loop is drawn on its own, with only its factors and the links among
 * them (a chord between two of its factors included) and its marker in the middle. Each is an
 * ordinary {@link causalLoopDiagram}, laid out and checked like any other.
 */
import { expectArray, expectObject, expectOptions } from "../../diagnostics/check-argument.js";
import type { Svg } from "../svg/svg.js";
import { type CldOptions, causalLoopDiagram } from "./causal-loop-diagram.js";
import { type CldInput, type CldLoop, loopTitle } from "./cld-input.js";

/** A loop with its own diagram. */
export interface LoopDiagram {
  readonly loop: CldLoop;
  readonly svg: Svg;
}

/**
 * A diagram of each loop of `input` (in input order), titled by the loop's title unless
 * `options.title` is given; ids are prefixed per loop so that the diagrams can share a page.
 */
export function loopDiagrams(input: CldInput, options: CldOptions = {}): LoopDiagram[] {
  expectObject("loopDiagrams", "input", input);
  expectOptions("loopDiagrams", options, { idPrefix: "string", title: "string" });
  expectArray("loopDiagrams", "input.nodes", input.nodes);
  expectArray("loopDiagrams", "input.edges", input.edges);
  return (input.loops ?? []).map((loop) => {
    const members = new Set(loop.variables);
    const sub: CldInput = {
      nodes: loop.variables.flatMap((v) => input.nodes.find((n) => n.id === v) ?? []),
      edges: input.edges.filter((e) => members.has(e.from) && members.has(e.to)),
      loops: [loop],
    };
    const prefix = `${options.idPrefix ?? "cld"}-${loop.id}`.replace(/[^A-Za-z0-9_-]/g, "_");
    return {
      loop,
      svg: causalLoopDiagram(sub, {
        ...options,
        title: options.title ?? loopTitle(loop, options.lang),
        idPrefix: prefix,
      }),
    };
  });
}
