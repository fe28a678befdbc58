/** Test inputs that depend on time. See `../builtins.ts` for how the table is used. */
import type { BuiltinSpec } from "../builtin-spec.js";

export const INPUT_BUILTINS: readonly BuiltinSpec[] = [
  {
    name: "step",
    category: "input",
    minArgs: 2,
    maxArgs: 2,
    params: ["height", "start"],
    vensim: "STEP",
    xmile: "STEP",
    doc: "0 before start, height from start on.",
  },
  {
    name: "ramp",
    category: "input",
    minArgs: 2,
    maxArgs: 3,
    params: ["slope", "start", "end"],
    vensim: "RAMP",
    xmile: "RAMP",
    doc: "0 before start, then slope·(time − start), held constant after end when end is given.",
  },
  {
    name: "pulse",
    category: "input",
    minArgs: 2,
    maxArgs: 2,
    params: ["start", "width"],
    vensim: "PULSE",
    doc: "1 from start for width time units (at least one dt), 0 otherwise (Vensim PULSE).",
  },
  {
    name: "pulse_train",
    category: "input",
    minArgs: 4,
    maxArgs: 4,
    params: ["start", "width", "interval", "end"],
    vensim: "PULSE TRAIN",
    doc: "Pulses of 1 of the given width every interval from start until end (Vensim PULSE TRAIN).",
  },
  {
    name: "xpulse",
    category: "input",
    minArgs: 2,
    maxArgs: 3,
    params: ["magnitude", "first", "interval"],
    xmile: "PULSE",
    doc: "XMILE PULSE: magnitude/dt during one dt at first, repeating every interval when interval > 0.",
  },
];
