/**
 * How an intervention enters the compiled model. Every intervention gets an `active_<id>`
 * constant (0: off, the default) and a `size_<id>` constant, so a run switches it on and a
 * scenario resizes it through parameters, without recompiling. A step or ramp is an imposed
 * change added to its factor's change; a setpoint is a control stock whose flow closes the gap
 * between the factor and the setpoint within the adjustment time (the Business Simulation
 * Library's `SimpleControl`, a first-order goal-seeking flow).
 */
import type { Constant, Intervention, Variable } from "../model/types.js";
import { numberText } from "./equation-text.js";
import { marvelNames as n } from "./marvel-names.js";

/** The constants of an intervention: switch, size or setpoint, adjustment time. */
export function interventionConstants(iv: Intervention): Constant[] {
  const what = `intervention ${iv.id} on ${iv.factor}`;
  const constants: Constant[] = [
    { kind: "constant", id: n.active(iv.id), value: 0, doc: `1 switches on ${what}` },
    {
      kind: "constant",
      id: n.size(iv.id),
      value: iv.kind === "setpoint" ? iv.value : iv.size,
      doc: iv.kind === "setpoint" ? `setpoint of ${what}` : `size of ${what}`,
    },
  ];
  if (iv.kind === "setpoint") {
    constants.push({
      kind: "constant",
      id: n.adjustmentTime(iv.id),
      value: iv.adjustmentTime ?? 1,
      doc: `adjustment time of ${what}`,
    });
  }
  return constants;
}

/** The condition `start <= time < end` of an intervention, or undefined when it is always on. */
export function activeWindow(iv: Intervention, runStart: number): string | undefined {
  const start = iv.start ?? runStart;
  const from = start > runStart ? `time >= ${numberText(start)}` : undefined;
  const until = iv.end === undefined ? undefined : `time < ${numberText(iv.end)}`;
  if (from && until) return `${from} and ${until}`;
  return from ?? until;
}

/**
 * The imposed change of a step or ramp as equation text (`active_x * step(size_x, 2)`), or the
 * id of the control stock of a setpoint.
 */
export function imposedTerm(iv: Intervention, runStart: number): string {
  const active = n.active(iv.id);
  const size = n.size(iv.id);
  const start = numberText(iv.start ?? runStart);
  switch (iv.kind) {
    case "step":
      return iv.end === undefined
        ? `${active} * step(${size}, ${start})`
        : `${active} * (step(${size}, ${start}) - step(${size}, ${numberText(iv.end)}))`;
    case "ramp": {
      const duration = iv.duration ?? 1;
      const slope = duration === 1 ? size : `${size} / ${numberText(duration)}`;
      const ramp = `ramp(${slope}, ${start}, ${numberText((iv.start ?? runStart) + duration)})`;
      return iv.end === undefined
        ? `${active} * ${ramp}`
        : `${active} * if_then_else(time < ${numberText(iv.end)}, ${ramp}, 0)`;
    }
    case "setpoint":
      return n.control(iv.id);
    default:
      return assertNever(iv);
  }
}

/**
 * The control stock and flow of a setpoint intervention on a factor whose current value is
 * the variable `valueId`; an empty list for steps and ramps.
 */
export function controlVariables(iv: Intervention, valueId: string, runStart: number): Variable[] {
  if (iv.kind !== "setpoint") return [];
  const gap = `${n.active(iv.id)} * (${n.size(iv.id)} - ${valueId}) / ${n.adjustmentTime(iv.id)}`;
  const window = activeWindow(iv, runStart);
  return [
    {
      kind: "stock",
      id: n.control(iv.id),
      initial: "0",
      inflows: [n.controlFlow(iv.id)],
      outflows: [],
      doc: `change imposed on ${iv.factor} by the setpoint control ${iv.id}`,
    },
    {
      kind: "flow",
      id: n.controlFlow(iv.id),
      equation: window ? `if_then_else(${window}, ${gap}, 0)` : gap,
      doc: `setpoint control ${iv.id}: closes the gap between ${iv.factor} and its setpoint`,
    },
  ];
}

function assertNever(x: never): never {
  throw new Error(`marvel: unexpected intervention ${JSON.stringify(x)}`);
}
