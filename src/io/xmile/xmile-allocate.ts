/**
 * Stella's ALLOCATE(available, Dim, request, priority, width, type): the available amount shared
 * among the elements of the dimension `Dim` by priority curves, the way Vensim's ALLOCATE
 * AVAILABLE does (Stella's import of Vensim models writes ALLOCATE AVAILABLE this way, with the
 * priority profile split into its priority, width and curve-type columns). It becomes stockflow's
 * `allocate_along(available, request[Dim!], priority[Dim!], width, type)`: every argument that
 * runs along `Dim` (a subscript `Dim`, Stella's `*` in that place, or an array written without
 * subscripts) is read along it, the others are one number for all requesters.
 *
 * The curve type is required: Stella's default when it is left out is not documented here, and
 * guessing it would give numbers nobody asked for.
 */
import type { Expr, Subscript } from "../../expr/types.js";
import type { Dimension } from "../../model/types.js";

/** What translating ALLOCATE needs from the parser's scope. */
export interface AllocateScope {
  readonly dimensions?: ReadonlyMap<string, Dimension>;
  dimsOf?(id: string): readonly string[] | undefined;
}

/** Why a call of ALLOCATE cannot be read. */
export class AllocateError extends Error {
  override name = "AllocateError";
}

/** `arg` read along `dim`: its `dim` subscript (or the whole array) marked `!`. */
function along(arg: Expr, dim: string, scope: AllocateScope): Expr {
  if (arg.kind !== "ref") return arg;
  const mark = (s: Subscript): Subscript =>
    s.kind === "dimension" && s.dim === dim ? { kind: "reduce", dim } : s;
  if (arg.subscripts !== undefined) return { ...arg, subscripts: arg.subscripts.map(mark) };
  const dims = scope.dimsOf?.(arg.id);
  if (dims === undefined || !dims.includes(dim)) return arg;
  return { ...arg, subscripts: dims.map((d) => mark({ kind: "dimension", dim: d })) };
}

/** The stockflow call for `ALLOCATE(args…)`; throws {@link AllocateError} when it cannot be read. */
export function stellaAllocate(args: readonly Expr[], scope: AllocateScope): Expr {
  if (args.length !== 6) {
    throw new AllocateError(
      args.length === 5
        ? "unsupported: ALLOCATE without its priority curve type (the sixth argument): Stella's default is not documented, so give it (1 rectangular, 2 triangular, 3 normal, 4 exponential)"
        : `ALLOCATE takes 6 arguments (available, dimension, request, priority, width, curve type), got ${args.length}`,
    );
  }
  const [available, dimArg, request, priority, width, type] = args as [
    Expr,
    Expr,
    Expr,
    Expr,
    Expr,
    Expr,
  ];
  const dim =
    dimArg.kind === "ref" && dimArg.subscripts === undefined
      ? scope.dimensions?.get(dimArg.id)
      : undefined;
  if (dim === undefined) {
    throw new AllocateError(
      "ALLOCATE: its second argument must name the dimension along which it allocates",
    );
  }
  return {
    kind: "call",
    fn: "allocate_along",
    args: [available, ...[request, priority, width, type].map((a) => along(a, dim.id, scope))],
  };
}
