/**
 * The fluent, typed builder of stock-and-flow models for TypeScript users. Each call returns a new
 * builder whose type remembers the ids declared so far (a union of string literals), so a stock
 * can only name flows that are already declared, an id cannot be declared twice, and the built
 * model knows its variable ids ({@link VariableId}). `build()` validates everything again at run
 * time with the model schema, for the cases types cannot see.
 */

import { expectOptions, expectSchema, expectString } from "../diagnostics/check-argument.js";
import { ModelError } from "../diagnostics/errors.js";
import { simSpecsSchema } from "./schema.js";
import type {
  Aux,
  Constant,
  Flow,
  GraphicalFunction,
  Labels,
  Lookup,
  Model,
  SimSpecs,
  Stock,
  Variable,
} from "./types.js";
import { validateModel } from "./validate-model.js";

/** A model whose variable ids are known to the type checker. */
export interface TypedModel<Ids extends string = string> extends Model {
  readonly variables: readonly (Variable & { readonly id: Ids })[];
}

/** The variable ids of a built model or of a builder, as a union of string literals. */
export type VariableId<M> =
  M extends ModelBuilder<infer Ids, string, string>
    ? Ids
    : M extends { readonly variables: readonly (infer V)[] }
      ? V extends { readonly id: infer I extends string }
        ? I
        : never
      : never;

/** Fields every variable may have. */
export interface VariableOptions {
  readonly name?: string;
  readonly labels?: Labels;
  readonly units?: string;
  readonly doc?: string;
}

/** Options of a stock: its initial value and the already declared flows in and out of it. */
export interface StockOptions<Flows extends string> extends VariableOptions {
  /** The initial value: a number or an equation evaluated at the start time. */
  readonly initial: number | string;
  readonly inflows?: readonly Flows[];
  readonly outflows?: readonly Flows[];
  readonly nonNegative?: boolean;
}

/**
 * Options of a flow. `from` and `to` connect it to stocks declared earlier (it becomes an outflow
 * of `from` and an inflow of `to`), for when the stocks are declared before their flows.
 */
export interface FlowOptions<Stocks extends string = string> extends VariableOptions {
  readonly nonNegative?: boolean;
  readonly gf?: GraphicalFunction;
  /** The stock this flow drains. */
  readonly from?: Stocks;
  /** The stock this flow fills. */
  readonly to?: Stocks;
}

/** Options of an auxiliary. */
export interface AuxOptions extends VariableOptions {
  readonly gf?: GraphicalFunction;
}

/** Options of the model itself. */
export interface ModelOptions {
  readonly labels?: Labels;
  readonly doc?: string;
}

/** `I` when it is not yet one of `Ids`; `never` (a compile error) for a literal declared twice. */
export type NewId<I extends string, Ids extends string> = string extends I
  ? I
  : string extends Ids
    ? I
    : I extends Ids
      ? never
      : I;

/** A model under construction; see {@link stockFlow}. Immutable: every call returns a new builder. */
export class ModelBuilder<
  Ids extends string = never,
  Flows extends string = never,
  Stocks extends string = never,
> {
  readonly #model: Model;

  /** Use {@link stockFlow} to start a model. */
  constructor(model: Model) {
    this.#model = model;
  }

  /** A constant: a number that scenarios may change without recompiling. */
  constant<I extends string>(
    id: NewId<I, Ids>,
    value: number,
    options: VariableOptions = {},
  ): ModelBuilder<Ids | I, Flows, Stocks> {
    const variable: Constant = { kind: "constant", id, ...options, value };
    return this.#with(variable);
  }

  /** An auxiliary: its value is the equation (read through `gf` when given). */
  aux<I extends string>(
    id: NewId<I, Ids>,
    equation: string,
    options: AuxOptions = {},
  ): ModelBuilder<Ids | I, Flows, Stocks> {
    const variable: Aux = { kind: "aux", id, ...options, equation };
    return this.#with(variable);
  }

  /**
   * A flow. Stocks name it in their `inflows`/`outflows` when it is declared first; or give
   * `from`/`to` to connect it to stocks declared before it.
   */
  flow<I extends string>(
    id: NewId<I, Ids>,
    equation: string,
    options: FlowOptions<Stocks> = {},
  ): ModelBuilder<Ids | I, Flows | I, Stocks> {
    const { from, to, ...rest } = options;
    const variable: Flow = { kind: "flow", id, ...rest, equation };
    const variables = this.#model.variables.map((v) => {
      if (v.kind !== "stock" || (v.id !== from && v.id !== to)) return v;
      return {
        ...v,
        inflows: v.id === to ? [...v.inflows, id] : v.inflows,
        outflows: v.id === from ? [...v.outflows, id] : v.outflows,
      };
    });
    return new ModelBuilder({
      ...this.#model,
      variables: [...variables, variable],
    }) as ModelBuilder<Ids | I, Flows | I, Stocks>;
  }

  /** A stock, integrating its inflows minus its outflows (flows declared earlier). */
  stock<I extends string>(
    id: NewId<I, Ids>,
    options: StockOptions<Flows>,
  ): ModelBuilder<Ids | I, Flows, Stocks | I> {
    const { initial, inflows = [], outflows = [], ...rest } = options;
    const variable: Stock = {
      kind: "stock",
      id,
      ...rest,
      initial: typeof initial === "number" ? String(initial) : initial,
      inflows: [...inflows],
      outflows: [...outflows],
    };
    return this.#with(variable);
  }

  /** A stand-alone graphical function, called in equations as `id(x)`. */
  lookup<I extends string>(
    id: NewId<I, Ids>,
    gf: GraphicalFunction,
    options: VariableOptions = {},
  ): ModelBuilder<Ids | I, Flows, Stocks> {
    const variable: Lookup = { kind: "lookup", id, ...options, gf };
    return this.#with(variable);
  }

  /** Set the Dutch and English labels of a declared variable. */
  labels(id: Ids, labels: Labels): ModelBuilder<Ids, Flows, Stocks> {
    return this.#update(id, { labels });
  }

  /** Set the documentation of the model, or of a declared variable. */
  doc(text: string): ModelBuilder<Ids, Flows, Stocks>;
  doc(id: Ids, text: string): ModelBuilder<Ids, Flows, Stocks>;
  doc(first: string, second?: string): ModelBuilder<Ids, Flows, Stocks> {
    if (second === undefined) return new ModelBuilder({ ...this.#model, doc: first });
    return this.#update(first as Ids, { doc: second });
  }

  /**
   * The finished model, validated with the model schema and structural checks.
   *
   * @throws ModelError with every problem (duplicate or non-canonical ids, flows that do not
   * exist, malformed graphical functions or sim specs).
   */
  build(): TypedModel<Ids> {
    const { value, diagnostics } = validateModel(this.#model);
    if (value === undefined) {
      const name = this.#model.name ?? "model";
      throw new ModelError(diagnostics, `cannot build ${name}`);
    }
    return value as TypedModel<Ids>;
  }

  // Type parameters only exist for the type checker; the data is the same whatever they are.
  #with<B>(variable: Variable): B {
    return new ModelBuilder({
      ...this.#model,
      variables: [...this.#model.variables, variable],
    }) as B;
  }

  #update(id: string, fields: Partial<Variable>): ModelBuilder<Ids, Flows, Stocks> {
    const variables = this.#model.variables.map((v) =>
      v.id === id ? ({ ...v, ...fields } as Variable) : v,
    );
    return new ModelBuilder({ ...this.#model, variables });
  }
}

/**
 * Start a stock-and-flow model.
 *
 * @example
 * ```ts
 * const teacup = stockFlow("Teacup", { start: 0, stop: 30, dt: 0.125 })
 *   .constant("room_temperature", 70, { name: "Room Temperature", units: "degrees" })
 *   .constant("characteristic_time", 10)
 *   .flow("heat_loss_to_room", "(teacup_temperature - room_temperature) / characteristic_time")
 *   .stock("teacup_temperature", { initial: 180, outflows: ["heat_loss_to_room"] })
 *   .build();
 * ```
 */
export function stockFlow(
  name: string,
  specs: SimSpecs,
  options: ModelOptions = {},
): ModelBuilder<never, never, never> {
  expectString("stockFlow", "name", name);
  expectSchema("stockFlow", "specs", specs, simSpecsSchema, "simulation specs");
  expectOptions("stockFlow", options, { labels: "object", doc: "string" });
  return new ModelBuilder({ kind: "stock-flow", name, ...options, specs, variables: [] });
}
