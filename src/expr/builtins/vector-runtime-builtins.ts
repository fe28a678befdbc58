/**
 * Runtime forms of the vector array builtins. Flattening (`arrays/vector-builtins.ts`) rewrites
 * `vector_select`, `vector_rank`, `invert_matrix` … into these, with the position of the element
 * being defined and every input value as plain arguments; implementations are in
 * `compile/vector-functions.ts`. They are ordinary functions of their arguments ("math").
 */
import type { BuiltinSpec } from "../builtin-spec.js";

const MANY = Number.MAX_SAFE_INTEGER;

export const VECTOR_RUNTIME_BUILTINS: readonly BuiltinSpec[] = [
  {
    name: "vector_select_of",
    category: "math",
    minArgs: 3,
    maxArgs: MANY,
    params: ["missing", "action", "error_action", "selection", "value"],
    doc: "Runtime form of `vector_select`: selection and value pairs follow the first three arguments.",
  },
  {
    name: "vector_element_at",
    category: "math",
    minArgs: 1,
    maxArgs: MANY,
    params: ["index", "value"],
    doc: "Runtime form of `vector_elm_map` and `vector_reorder`: the value at 0-based `index`.",
  },
  {
    name: "vector_sort_order_at",
    category: "math",
    minArgs: 2,
    maxArgs: MANY,
    params: ["place", "direction", "value"],
    doc: "Runtime form of `vector_sort_order` for the element at 0-based `place`.",
  },
  {
    name: "vector_rank_at",
    category: "math",
    minArgs: 2,
    maxArgs: MANY,
    params: ["place", "direction", "value"],
    doc: "Runtime form of `vector_rank` for the element at 0-based `place`.",
  },
  {
    name: "invert_matrix_at",
    category: "math",
    minArgs: 2,
    maxArgs: MANY,
    params: ["row", "column", "value"],
    doc: "Runtime form of `invert_matrix`: element (row, column) of the inverse of the row-major matrix that follows.",
  },
  {
    name: "allocate_by_priority_at",
    category: "math",
    minArgs: 3,
    maxArgs: MANY,
    params: ["place", "width", "supply", "request", "priority"],
    doc: "Runtime form of `allocate_by_priority`: the requests then the priorities follow.",
  },
  {
    name: "allocate_available_at",
    category: "math",
    minArgs: 2,
    maxArgs: MANY,
    params: ["place", "available", "request", "profile"],
    doc: "Runtime form of `allocate_available`: the requests, then each requester's priority profile as four numbers (type, priority, width, extra).",
  },
  {
    name: "allocate_exact_at",
    category: "math",
    minArgs: 2,
    maxArgs: MANY,
    params: ["place", "available", "request", "profile"],
    doc: "Runtime form of `allocate_along` (Stella's ALLOCATE): as `allocate_available_at`, with the normal curve drawn exactly.",
  },
  {
    name: "market_price_of",
    category: "math",
    minArgs: 2,
    maxArgs: MANY,
    params: ["demands", "supplies", "value"],
    doc: "Runtime form of `find_market_price`: the counts of demands and supplies, the demands, their profiles (four numbers each), the supplies, their profiles.",
  },
  {
    name: "demand_at_price_of",
    category: "math",
    minArgs: 6,
    maxArgs: 6,
    params: ["quantity", "type", "priority", "width", "extra", "price"],
    doc: "Runtime form of `demand_at_price`.",
  },
  {
    name: "supply_at_price_of",
    category: "math",
    minArgs: 6,
    maxArgs: 6,
    params: ["quantity", "type", "priority", "width", "extra", "price"],
    doc: "Runtime form of `supply_at_price`.",
  },
  {
    name: "vector_lookup_of",
    category: "math",
    minArgs: 5,
    maxArgs: MANY,
    params: ["x", "xmin", "xmax", "mode", "y"],
    doc: "Runtime form of `vector_lookup`: the y values follow the mode.",
  },
  {
    name: "rank_index",
    category: "math",
    minArgs: 2,
    maxArgs: MANY,
    params: ["rank", "count", "value", "tiebreak"],
    doc: "Runtime form of `rank`: `count` values, then optionally `count` tie-breaking values.",
  },
];
