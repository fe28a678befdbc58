/**
 * Vensim's RANDOM distributions, with Vensim's argument lists: the draw is shifted and stretched
 * (`shift + stretch · x`) where Vensim has those arguments, then truncated to [min, max] by
 * drawing again. The seed argument is accepted and ignored: every draw comes from the run's
 * seeded source, so a run is reproduced by its own seed. See `../builtins.ts` for the table.
 */
import type { BuiltinSpec } from "../builtin-spec.js";

const TRUNCATED =
  "truncated to [min, max] by drawing again; seed is ignored (the run's seed is used)";

function vensimRandom(
  name: string,
  vensim: string,
  params: readonly string[],
  what: string,
): BuiltinSpec {
  return {
    name,
    category: "random",
    minArgs: params.length,
    maxArgs: params.length + 1,
    params: [...params, "seed"],
    vensim,
    doc: `${what}, ${TRUNCATED}.`,
  };
}

export const VENSIM_RANDOM_BUILTINS: readonly BuiltinSpec[] = [
  vensimRandom(
    "random_exponential",
    "RANDOM EXPONENTIAL",
    ["min", "max", "shift", "stretch"],
    "shift + stretch · x with x exponential of mean 1",
  ),
  vensimRandom(
    "random_lognormal",
    "RANDOM LOGNORMAL",
    ["min", "max", "mean", "sd"],
    "Log-normal draw with the given mean and standard deviation of the variable itself",
  ),
  vensimRandom(
    "random_poisson",
    "RANDOM POISSON",
    ["min", "max", "mean", "shift", "stretch"],
    "shift + stretch · k with k Poisson of the given mean",
  ),
  vensimRandom(
    "random_triangular",
    "RANDOM TRIANGULAR",
    ["min", "max", "start", "peak", "end"],
    "Triangular draw on [start, end] peaking at peak",
  ),
  vensimRandom(
    "random_beta",
    "RANDOM BETA",
    ["min", "max", "alpha", "beta", "shift", "stretch"],
    "shift + stretch · x with x beta-distributed on [0, 1] with shapes alpha and beta",
  ),
  vensimRandom(
    "random_gamma",
    "RANDOM GAMMA",
    ["min", "max", "order", "shift", "stretch"],
    "shift + stretch · x with x gamma-distributed with shape order and scale 1 (mean order)",
  ),
  vensimRandom(
    "random_weibull",
    "RANDOM WEIBULL",
    ["min", "max", "shape", "shift", "stretch"],
    "shift + stretch · x with x Weibull-distributed with the given shape and scale 1",
  ),
  vensimRandom(
    "random_binomial",
    "RANDOM BINOMIAL",
    ["min", "max", "probability", "count", "shift", "stretch"],
    "shift + stretch · k with k the successes in count trials of the given probability",
  ),
  vensimRandom(
    "random_negative_binomial",
    "RANDOM NEGATIVE BINOMIAL",
    ["min", "max", "probability", "count", "shift", "stretch"],
    "shift + stretch · k with k the failures before the count-th success in trials of the given probability",
  ),
];
