/**
 * The allocation builtins over arrays (Vensim's ALLOCATE AVAILABLE, FIND MARKET PRICE, DEMAND AT
 * PRICE, SUPPLY AT PRICE, and Stella's ALLOCATE): quantities along the last subscript (along the
 * dimension marked `!` for Stella's) and their priority profiles,
 * flattened into a call of the runtime form (`compile/allocate-available.ts`,
 * `compile/market-price.ts`).
 */
import type { Expr } from "../expr/types.js";
import { isArrayValue, type SubstitutionContext } from "./array-value.js";
import { call, num, scalar, type VectorTools, vectorArg } from "./vector-argument.js";

/**
 * The priority profiles of `arg` (`pp[…, d, first]`): for each of the `n` elements of its
 * second-last subscript, the four values (type, priority, width, extra) that start at element
 * `first` of its last subscript.
 */
function profileRows(
  fn: string,
  arg: Expr,
  n: number,
  binding: ReadonlyMap<string, string>,
  ctx: SubstitutionContext,
  tools: VectorTools,
): Expr[] | undefined {
  const profile = vectorArg(fn, arg, 2, binding, ctx, tools);
  if (!profile) return undefined;
  const [rows, width] = profile.sizes as [number, number];
  const first = profile.position[1]!;
  if (rows !== n || first + 4 > width) {
    ctx.report({
      code: "vector-argument",
      message: `${fn}: ${n} quantities, but the profile has ${rows} rows of ${width - first} values from its first element (4 needed)`,
    });
    return undefined;
  }
  const values: Expr[] = [];
  for (let i = 0; i < n; i++) {
    for (let k = 0; k < 4; k++) values.push(profile.elements[i * width + first + k]!);
  }
  return values;
}

/**
 * `allocate_available(request, pp[…, d, first], avail)`: the requests along the last subscript
 * of `request`, and for each its profile ({@link profileRows}).
 */
export function allocateAvailable(
  args: readonly Expr[],
  binding: ReadonlyMap<string, string>,
  ctx: SubstitutionContext,
  tools: VectorTools,
): Expr {
  const fn = "allocate_available";
  const request = vectorArg(fn, args[0]!, 1, binding, ctx, tools);
  if (!request) return num(0);
  const values = profileRows(fn, args[1]!, request.elements.length, binding, ctx, tools);
  if (!values) return num(0);
  const available = scalar(tools.sub(args[2]!, false), ctx, fn);
  return call("allocate_available_at", [
    num(request.position[0]!),
    available,
    ...request.elements,
    ...values,
  ]);
}

/**
 * `find_market_price(dq[…, d1], dpp[…, d1, first], sq[…, s1], spp[…, s1, first])`: the demands
 * and supplies along the last subscript (named from its first element, as Vensim writes them)
 * and their profiles.
 */
export function findMarketPrice(
  args: readonly Expr[],
  binding: ReadonlyMap<string, string>,
  ctx: SubstitutionContext,
  tools: VectorTools,
): Expr {
  const fn = "find_market_price";
  const side = (quantity: Expr, profile: Expr) => {
    const q = vectorArg(fn, quantity, 1, binding, ctx, tools);
    if (!q) return undefined;
    if (q.position[0] !== 0) {
      ctx.report({
        code: "unsupported",
        message: `unsupported: ${fn} over a vector named from an element other than its first`,
      });
      return undefined;
    }
    const values = profileRows(fn, profile, q.elements.length, binding, ctx, tools);
    return values && { quantities: q.elements, values };
  };
  const demand = side(args[0]!, args[1]!);
  const supply = side(args[2]!, args[3]!);
  if (!demand || !supply) return num(0);
  return call("market_price_of", [
    num(demand.quantities.length),
    num(supply.quantities.length),
    ...demand.quantities,
    ...demand.values,
    ...supply.quantities,
    ...supply.values,
  ]);
}

/** `demand_at_price(q, pp[…, first], price)` (or supply): this element's quantity at the price. */
export function atPrice(
  fn: "demand_at_price" | "supply_at_price",
  args: readonly Expr[],
  binding: ReadonlyMap<string, string>,
  ctx: SubstitutionContext,
  tools: VectorTools,
): Expr {
  const profile = vectorArg(fn, args[1]!, 1, binding, ctx, tools);
  if (!profile) return num(0);
  const first = profile.position[0]!;
  if (first + 4 > profile.elements.length) {
    ctx.report({
      code: "vector-argument",
      message: `${fn}: the profile has ${profile.elements.length - first} values from its first element (4 needed)`,
    });
    return num(0);
  }
  const plain = (a: Expr) => scalar(tools.sub(a, false), ctx, fn);
  return call(`${fn}_of`, [
    plain(args[0]!),
    ...profile.elements.slice(first, first + 4),
    plain(args[2]!),
  ]);
}

/**
 * `allocate_along(avail, request[D!], priority[D!], width, type)` (Stella's ALLOCATE): the
 * requests and priorities along the one dimension D marked `!`, the width and curve type one
 * number for all or one per element of D, flattened into the runtime form with a profile of four
 * numbers (type, priority, width, 0) per requester.
 */
export function allocateAlong(
  args: readonly Expr[],
  binding: ReadonlyMap<string, string>,
  ctx: SubstitutionContext,
  tools: VectorTools,
): Expr {
  const fn = "allocate_along";
  const request = tools.sub(args[1]!, true);
  if (!isArrayValue(request) || request.axes.length !== 1) {
    ctx.report({
      code: "vector-argument",
      message: `${fn}: the request must be an array along one dimension marked ! (request[Dim!])`,
    });
    return num(0);
  }
  const axis = request.axes[0]!;
  const n = request.items.length;
  // one number for every requester, from an array along the same dimension or a single number
  const perRequester = (arg: Expr, what: string): readonly Expr[] | undefined => {
    const value = tools.sub(arg, true);
    if (!isArrayValue(value)) return Array.from({ length: n }, () => value);
    if (value.axes.length === 1 && value.axes[0]!.dim === axis.dim) return value.items;
    ctx.report({
      code: "vector-argument",
      message: `${fn}: the ${what} must be one number or an array along ${axis.dim}, the dimension of the request`,
    });
    return undefined;
  };
  const priority = perRequester(args[2]!, "priority");
  const width = perRequester(args[3]!, "width");
  const type = perRequester(args[4]!, "curve type");
  if (!priority || !width || !type) return num(0);
  const element = ctx.table.bind(axis.dim, binding);
  const at = element === undefined ? -1 : axis.elements.indexOf(element);
  if (at < 0) {
    ctx.report({
      code: "unbound-dimension",
      message: `${fn}: the equation is not defined over ${axis.dim}, along which it allocates`,
    });
    return num(0);
  }
  const profiles = request.items.flatMap((_, i) => [type[i]!, priority[i]!, width[i]!, num(0)]);
  const available = scalar(tools.sub(args[0]!, false), ctx, fn);
  return call("allocate_exact_at", [num(at), available, ...request.items, ...profiles]);
}
