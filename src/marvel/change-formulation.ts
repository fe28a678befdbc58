/**
 * The `change` formulation of a MARVEL map (the default). Each factor `f` with initial value
 * `v` gets an aux `change_of_f` (the sum of the effects of its incoming links and of the
 * interventions on it) and an aux `f = v + change_of_f`. Each link `a -> b` gets a stock
 * `effect_a_to_b` that follows `±k · change_of_a` as a first-order exponential smooth with the
 * link's delay (flow `(±k · change_of_a − effect) / delay`): a sustained change of 1 in `a`
 * moves `b` by `±k`, 63% of the way after one delay. An accumulating factor integrates the
 * effects instead (stock `accumulation_of_f`); a normalised factor is kept in [0, 1], and its
 * accumulation stops at a bound instead of winding up beyond it.
 *
 * The hidden stocks are explicit (not `smooth(...)`) so that link-level analysis (loop
 * dominance, path contributions) sees one stock and one flow per link.
 */
import type { CausalLink, CausalMap, Factor, Variable } from "../model/types.js";
import { clampText, numberText, sumText } from "./equation-text.js";
import { controlVariables, imposedTerm } from "./intervention-terms.js";
import { describeLink, linkDelayId, signedTerm } from "./link-parameters.js";
import { marvelNames as n } from "./marvel-names.js";
import type { MarvelSettings } from "./marvel-settings.js";

/** The variables of the factors, links and interventions of a map (constants excluded). */
export function changeFormulation(map: CausalMap, settings: MarvelSettings): Variable[] {
  const out: Variable[] = [];
  for (const factor of map.factors) out.push(...factorVariables(map, factor, settings));
  for (const link of map.links) out.push(...linkVariables(link, settings));
  return out;
}

function factorVariables(map: CausalMap, factor: Factor, settings: MarvelSettings): Variable[] {
  const f = factor.id;
  const v = factor.initial ?? 0;
  const effects = map.links.filter((l) => l.to === f).map((l) => n.effect(l));
  const interventions = (map.interventions ?? []).filter((iv) => iv.factor === f);
  const imposed = interventions.map((iv) => imposedTerm(iv, settings.start));
  const out: Variable[] = [];
  let change: string;
  if (factor.accumulating) {
    const net = sumText(effects);
    let inflow = net;
    if (factor.normalised && effects.length > 0) {
      out.push({
        kind: "aux",
        id: n.netEffect(f),
        equation: net,
        doc: `sum of the effects reaching ${f}`,
      });
      const e = n.netEffect(f);
      const atTop = `${n.change(f)} >= ${numberText(1 - v)} and ${e} > 0`;
      const atBottom = `${n.change(f)} <= ${numberText(-v)} and ${e} < 0`;
      inflow = `if_then_else((${atTop}) or (${atBottom}), 0, ${e})`;
    }
    out.push(
      {
        kind: "stock",
        id: n.accumulation(f),
        initial: "0",
        inflows: [n.accumulating(f)],
        outflows: [],
        doc: `what the accumulating factor ${f} has integrated of the effects reaching it`,
      },
      {
        kind: "flow",
        id: n.accumulating(f),
        equation: inflow,
        doc: factor.normalised
          ? `effects reaching ${f}, stopped at the bounds 0 and 1`
          : `effects reaching ${f}`,
      },
    );
    change = sumText([n.accumulation(f), ...imposed]);
  } else {
    change = sumText([...effects, ...imposed]);
  }
  out.push(
    {
      kind: "aux",
      id: n.change(f),
      equation: factor.normalised ? clampText(change, -v, 1 - v) : change,
      doc: `change of ${f} from its initial value ${numberText(v)}`,
    },
    {
      kind: "aux",
      id: f,
      ...(factor.name === undefined ? {} : { name: factor.name }),
      ...(factor.labels === undefined ? {} : { labels: factor.labels }),
      ...(factor.units === undefined ? {} : { units: factor.units }),
      equation: v === 0 ? n.change(f) : `${numberText(v)} + ${n.change(f)}`,
      doc: factor.description ?? `factor ${f}`,
    },
  );
  for (const iv of interventions) out.push(...controlVariables(iv, f, settings.start));
  return out;
}

function linkVariables(link: CausalLink, settings: MarvelSettings): Variable[] {
  const target = signedTerm(link, settings, n.change(link.from));
  const delay = linkDelayId(link, settings);
  const what = describeLink(link, settings);
  if (delay === undefined) {
    return [
      { kind: "aux", id: n.effect(link), equation: target, doc: `effect of ${what}, immediate` },
    ];
  }
  return [
    {
      kind: "stock",
      id: n.effect(link),
      initial: "0",
      inflows: [n.effectFlow(link)],
      outflows: [],
      doc: `effect of ${what}: the change of ${link.from} passed on to ${link.to} so far`,
    },
    {
      kind: "flow",
      id: n.effectFlow(link),
      equation: `(${target} - ${n.effect(link)}) / ${delay}`,
      doc: `first-order adjustment of the effect of ${what}`,
    },
  ];
}
