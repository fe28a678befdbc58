/**
 * Bench case of the causal-loop diagram (issue 16): the systeemkaart with its named loops laid
 * out and drawn (median of three after one warm-up), with the number of crossings between links
 * that share no factor, counted from the SVG geometry (the same count the readability tests use).
 * Before issue 16 the count was 110; the goal is fewer than half of that, the time under 2 s.
 */
import { namedLoops } from "../../models/mensenhandel/loops.js";
import { systeemkaart } from "../../models/mensenhandel/systeemkaart.js";
import { causalLoopDiagram } from "../../src/render/cld/causal-loop-diagram.js";
import { cldFromCausalMap } from "../../src/render/cld/cld-input.js";
import { pictureMetrics } from "../../tests/helpers/picture-metrics.js";
import { medianMs } from "./measure.js";

/** Time the systeemkaart's layout and drawing; report its edge crossings beside the time. */
export function benchCld(): { name: string; ms: number; crossings: number; edgeBox: number }[] {
  const loops = namedLoops.map((l) => ({
    id: l.id,
    polarity: l.polarity,
    variables: l.variables,
    labels: { nl: l.name_nl, en: l.name_en },
  }));
  const input = cldFromCausalMap(systeemkaart, loops);
  const draw = () => causalLoopDiagram(input, { lang: "nl", colourBy: "group" });
  const ms = medianMs(draw, 3, 1);
  const m = pictureMetrics(draw().svg);
  return [
    {
      name: `cld: systeemkaart layout (${input.nodes.length} factors, ${input.edges.length} links)`,
      ms,
      crossings: m.crossings,
      edgeBox: m.edgeBox,
    },
  ];
}
