/**
 * The `bsl` formulation: the structure of the Business Simulation Library's MARVEL example
 * (`bslMS/BusinessSimulation`, `CausalLoop.ProportionalityDelayed` in `Examples.SoftwareReleaseProject`),
 * written as stockflow variables. Every factor `f` is a stock (an information level) and
 * `net_rate_of_f` the sum of its inflows. A link `a -> b` is proportionality of rates,
 * ḃ = ±k · ȧ, through a first-order material delay: flow `entering_a_to_b = ±k · net_rate_of_a`
 * fills stock `in_transit_a_to_b`, which drains into `b` at `in_transit / delay`. Steps and
 * ramps are imposed as flows into the factor (a step is a one-`dt` pulse of `size / dt`); a
 * setpoint control is a flow `(setpoint − f) / adjustment time` into the factor (BSL
 * `SimpleControl`).
 *
 * For a constant delay this is the `change` formulation written differently: integrating a
 * delayed rate gives the smoothed change (see `docs/marvel.md`). Two things differ: levels are
 * not bounded (`normalised` is ignored, as in BSL), and a link into an accumulating factor
 * passes the source's change (its level), not its rate, since BSL has no accumulating factors.
 */
import type { CausalLink, CausalMap, Factor, Intervention, Variable } from "../model/types.js";
import { numberText, sumText } from "./equation-text.js";
import { activeWindow } from "./intervention-terms.js";
import { describeLink, linkDelayId, signedTerm } from "./link-parameters.js";
import { marvelNames as n } from "./marvel-names.js";
import type { MarvelSettings } from "./marvel-settings.js";

/** The variables of the factors, links and interventions of a map (constants excluded). */
export function bslFormulation(map: CausalMap, settings: MarvelSettings): Variable[] {
  const accumulating = new Set(map.factors.filter((f) => f.accumulating).map((f) => f.id));
  const out: Variable[] = [];
  for (const factor of map.factors) out.push(...factorVariables(map, factor, settings));
  for (const link of map.links)
    out.push(...linkVariables(link, settings, accumulating.has(link.to)));
  return out;
}

function factorVariables(map: CausalMap, factor: Factor, settings: MarvelSettings): Variable[] {
  const f = factor.id;
  const v = factor.initial ?? 0;
  const interventions = (map.interventions ?? []).filter((iv) => iv.factor === f);
  const inflows = [
    ...map.links.filter((l) => l.to === f).map((l) => n.arriving(l)),
    ...interventions.map((iv) =>
      iv.kind === "setpoint" ? n.controlFlow(iv.id) : n.imposing(iv.id),
    ),
  ];
  return [
    {
      kind: "stock",
      id: f,
      ...(factor.name === undefined ? {} : { name: factor.name }),
      ...(factor.labels === undefined ? {} : { labels: factor.labels }),
      ...(factor.units === undefined ? {} : { units: factor.units }),
      initial: numberText(v),
      inflows,
      outflows: [],
      doc: factor.description ?? `factor ${f}`,
    },
    {
      kind: "aux",
      id: n.netRate(f),
      equation: sumText(inflows),
      doc: `net rate of change of ${f}`,
    },
    {
      kind: "aux",
      id: n.change(f),
      equation: v === 0 ? f : `${f} - ${numberText(v)}`,
      doc: `change of ${f} from its initial value ${numberText(v)}`,
    },
    ...interventions.map((iv) => interventionFlow(iv, f, settings)),
  ];
}

function interventionFlow(iv: Intervention, f: string, settings: MarvelSettings): Variable {
  const active = n.active(iv.id);
  const size = n.size(iv.id);
  const start = iv.start ?? settings.start;
  const pulse = (amount: string, at: number): string =>
    `step(${amount} / dt, ${numberText(at)}) - step(${amount} / dt, ${numberText(at)} + dt)`;
  switch (iv.kind) {
    case "step": {
      const withdraw = iv.end === undefined ? "" : ` - (${pulse(size, iv.end)})`;
      return imposing(iv, `${active} * (${pulse(size, start)}${withdraw})`);
    }
    case "ramp": {
      const duration = iv.duration ?? 1;
      const stop = iv.end === undefined ? start + duration : Math.min(iv.end, start + duration);
      const slope = `${size} / ${numberText(duration)}`;
      const reached = numberText(Math.min(1, (stop - start) / duration));
      const withdraw = iv.end === undefined ? "" : ` - (${pulse(`${reached} * ${size}`, iv.end)})`;
      return imposing(
        iv,
        `${active} * (step(${slope}, ${numberText(start)}) - step(${slope}, ${numberText(stop)})${withdraw})`,
      );
    }
    case "setpoint": {
      const gap = `${active} * (${size} - ${f}) / ${n.adjustmentTime(iv.id)}`;
      const window = activeWindow(iv, settings.start);
      return {
        kind: "flow",
        id: n.controlFlow(iv.id),
        equation: window ? `if_then_else(${window}, ${gap}, 0)` : gap,
        doc: `setpoint control ${iv.id}: closes the gap between ${f} and its setpoint`,
      };
    }
    default:
      return assertNever(iv);
  }
}

function imposing(iv: Intervention, equation: string): Variable {
  return {
    kind: "flow",
    id: n.imposing(iv.id),
    equation,
    doc: `${iv.kind} intervention ${iv.id} imposed on ${iv.factor} as a flow`,
  };
}

function linkVariables(
  link: CausalLink,
  settings: MarvelSettings,
  intoAccumulating: boolean,
): Variable[] {
  const input = intoAccumulating ? n.change(link.from) : n.netRate(link.from);
  const entering = signedTerm(link, settings, input);
  const delay = linkDelayId(link, settings);
  const what = describeLink(link, settings);
  if (delay === undefined) {
    return [{ kind: "flow", id: n.arriving(link), equation: entering, doc: `${what}, immediate` }];
  }
  return [
    {
      kind: "stock",
      id: n.transit(link),
      initial: "0",
      inflows: [n.entering(link)],
      outflows: [n.arriving(link)],
      doc: `change in transit along ${what}`,
    },
    { kind: "flow", id: n.entering(link), equation: entering, doc: `change entering ${what}` },
    {
      kind: "flow",
      id: n.arriving(link),
      equation: `${n.transit(link)} / ${delay}`,
      doc: `change arriving at ${link.to} along ${what}`,
    },
  ];
}

function assertNever(x: never): never {
  throw new Error(`marvel: unexpected intervention ${JSON.stringify(x)}`);
}
