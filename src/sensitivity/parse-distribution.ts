/** Reading distributions from text: `uniform(LO,HI)` and `NAME=uniform(LO,HI)`. */

import { expectString } from "../diagnostics/check-argument.js";
import type { Distribution } from "./distribution.js";

/** A distribution, or the reason the text is not one. */
export type ParsedDistribution =
  | { readonly ok: true; readonly distribution: Distribution }
  | { readonly ok: false; readonly message: string };

const ARITY = { uniform: 2, triangular: 3, normal: 2, lognormal: 2 } as const;
const KINDS = [...Object.keys(ARITY), "discrete"];

/** Parse `kind(a, b, …)`; every argument must be a finite number and the shape valid. */
export function parseDistribution(text: string): ParsedDistribution {
  expectString("parseDistribution", "text", text);
  const match = /^\s*([a-z]+)\s*\(([^()]*)\)\s*$/i.exec(text);
  const fail = (message: string): ParsedDistribution => ({ ok: false, message });
  if (match === null)
    return fail(`expected a distribution such as uniform(LO,HI), got ${JSON.stringify(text)}`);
  const kind = match[1]!.toLowerCase();
  const args = match[2]!.split(",").map((s) => (s.trim() === "" ? Number.NaN : Number(s)));
  if (!KINDS.includes(kind))
    return fail(`unknown distribution ${JSON.stringify(kind)} (use ${KINDS.join(", ")})`);
  if (args.some((x) => !Number.isFinite(x)))
    return fail(`arguments of ${kind} must be numbers, got ${JSON.stringify(match[2])}`);
  const want = ARITY[kind as keyof typeof ARITY];
  if (want !== undefined && args.length !== want)
    return fail(`${kind} takes ${want} arguments, got ${args.length}`);
  const [a = 0, b = 0, c = 0] = args;
  const ok = (distribution: Distribution): ParsedDistribution => ({ ok: true, distribution });
  switch (kind) {
    case "uniform":
      return a < b ? ok({ kind, lo: a, hi: b }) : fail(`uniform needs LO < HI, got ${a}, ${b}`);
    case "triangular":
      return a <= b && b <= c && a < c
        ? ok({ kind, lo: a, mode: b, hi: c })
        : fail(`triangular needs LO <= MODE <= HI and LO < HI, got ${a}, ${b}, ${c}`);
    case "normal":
      return b > 0 ? ok({ kind, mean: a, sd: b }) : fail(`normal needs SD > 0, got ${b}`);
    case "lognormal":
      return b > 0 ? ok({ kind, mu: a, sigma: b }) : fail(`lognormal needs SIGMA > 0, got ${b}`);
    default:
      return args.length > 0
        ? ok({ kind: "discrete", values: args })
        : fail("discrete needs values");
  }
}

/** Parse `NAME=distribution`. */
export function parseParamSpec(
  text: string,
):
  | { readonly ok: true; readonly name: string; readonly distribution: Distribution }
  | { readonly ok: false; readonly message: string } {
  expectString("parseParamSpec", "text", text);
  const at = text.indexOf("=");
  if (at <= 0)
    return { ok: false, message: `expected NAME=distribution, got ${JSON.stringify(text)}` };
  const parsed = parseDistribution(text.slice(at + 1));
  return parsed.ok
    ? { ok: true, name: text.slice(0, at).trim(), distribution: parsed.distribution }
    : parsed;
}
