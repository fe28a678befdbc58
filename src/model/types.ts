/**
 * The model: plain, readonly, JSON-serialisable data with a `kind` tag on every element.
 *
 * Every importer produces a {@link Model} (or a {@link CausalMap}) and every exporter consumes
 * one; nothing downstream knows where a model came from. Equations are text in the stockflow
 * equation language (see `docs/equations.md`); identifiers in equations are canonical ids.
 */

/** Display labels in Dutch and English, kept apart from canonical identifiers. */
export interface Labels {
  readonly nl?: string;
  readonly en?: string;
}

/** Where an element came from in a source file, for diagnostics. Lines and columns are 1-based. */
export interface SourceLocation {
  readonly file?: string;
  readonly line?: number;
  readonly column?: number;
  /** An element path such as `xmile/model/variables/aux[@name="x"]`. */
  readonly path?: string;
}

/** Names of the integration methods. */
export type IntegrationMethod = "euler" | "rk2" | "rk4";

/** Simulation specifications: the time axis of a run. */
export interface SimSpecs {
  readonly start: number;
  readonly stop: number;
  /** Time step. A model file may give it as a reciprocal; importers store the step itself. */
  readonly dt: number;
  /** Save period; defaults to `dt`. */
  readonly saveper?: number;
  /** Integration method; defaults to `euler`. */
  readonly method?: IntegrationMethod;
  /** Unit of time, for example `years`. */
  readonly timeUnits?: string;
  /**
   * Control values given by equations rather than numbers (Vensim allows any equation for
   * INITIAL TIME, FINAL TIME, TIME STEP and SAVEPER): each names the model variable whose value
   * sets it. The run evaluates them as it goes — the start once at initialisation, the stop,
   * the time step and the save period at every step — and the number of the same field above
   * is then only a placeholder. See docs/engine.md, "Control values that are equations".
   */
  readonly control?: ControlVariables;
}

/** Ids of the variables that set control values during a run (see {@link SimSpecs.control}). */
export interface ControlVariables {
  readonly start?: string;
  readonly stop?: string;
  readonly dt?: string;
  readonly saveper?: string;
}

/**
 * How a graphical function reads between and beyond its points (XMILE §3.1.4):
 * `continuous` interpolates linearly and clamps outside; `extrapolate` interpolates and
 * extrapolates linearly from the end segments; `discrete` is a step function taking the
 * value of the next lower x, clamped outside.
 */
export type GraphicalFunctionType = "continuous" | "extrapolate" | "discrete";

/** A graphical function (Vensim: lookup): y as a function of x given by points. */
export interface GraphicalFunction {
  /** Defaults to `continuous`. */
  readonly type?: GraphicalFunctionType;
  /** Explicit, increasing x values, one per y value. Give either `x` or `xscale`. */
  readonly x?: readonly number[];
  /** Evenly spaced x values from min to max, one per y value. */
  readonly xscale?: { readonly min: number; readonly max: number };
  readonly y: readonly number[];
  /** Display range of y only; never used to clamp. */
  readonly yscale?: { readonly min: number; readonly max: number };
}

interface VariableBase {
  /** Canonical identifier: lower case ASCII letters, digits and `_`, not starting with a digit. */
  readonly id: string;
  /**
   * Dimension ids when the variable is an array (row-major, the last dimension varying fastest).
   * Its equation then applies to every element, with each dimension named in it bound to the
   * current element; `elements` (on auxiliaries, flows and stocks) overrides single elements.
   */
  readonly dims?: readonly string[];
  /** Display name as the author wrote it (`Room Temperature`); defaults to the id. */
  readonly name?: string;
  readonly labels?: Labels;
  /** Unit text, for example `people/year`. */
  readonly units?: string;
  readonly doc?: string;
  /** Where the variable was defined, for diagnostics. */
  readonly loc?: SourceLocation;
}

/** A stock (level, accumulation): integrates its inflows minus its outflows. */
export interface Stock extends VariableBase {
  readonly kind: "stock";
  /** Equation of the initial value, evaluated once at the start time. */
  readonly initial: string;
  /** Per-element initial equations of an arrayed stock, keyed by element ids joined with `,`. */
  readonly initialElements?: Readonly<Record<string, string>>;
  /** Ids of the flows into the stock. */
  readonly inflows: readonly string[];
  /** Ids of the flows out of the stock, in priority order when the stock is non-negative. */
  readonly outflows: readonly string[];
  /** When true, outflows are cut so that the stock never goes below zero (XMILE §3.1.1). */
  readonly nonNegative?: boolean;
}

/** A flow (rate): its value is the equation, optionally read through a graphical function. */
export interface Flow extends VariableBase {
  readonly kind: "flow";
  readonly equation: string;
  /** Per-element equations of an arrayed flow, keyed by element ids joined with `,`. */
  readonly elements?: Readonly<Record<string, string>>;
  /** A uniflow: the value is never below zero (`MAX(0, equation)`). */
  readonly nonNegative?: boolean;
  /** When given, the value is `gf(equation)`. */
  readonly gf?: GraphicalFunction;
}

/** An auxiliary (converter): its value is the equation, optionally read through a graphical function. */
export interface Aux extends VariableBase {
  readonly kind: "aux";
  readonly equation: string;
  /** Per-element equations of an arrayed auxiliary, keyed by element ids joined with `,`. */
  readonly elements?: Readonly<Record<string, string>>;
  /** When given, the value is `gf(equation)`. */
  readonly gf?: GraphicalFunction;
}

/** A constant: a number that scenarios and samples may change without recompiling. */
export interface Constant extends VariableBase {
  readonly kind: "constant";
  readonly value: number;
  /** Values of an arrayed constant, row-major; `value` fills any element not given. */
  readonly values?: readonly number[];
}

/** A stand-alone graphical function (Vensim lookup), called in equations as `id(x)`. */
export interface Lookup extends VariableBase {
  readonly kind: "lookup";
  readonly gf: GraphicalFunction;
}

/** Any element of a stock-and-flow model that has a value or can be called. */
export type Variable = Stock | Flow | Aux | Constant | Lookup;

/** A point in diagram coordinates. */
export interface ViewPoint {
  readonly x: number;
  readonly y: number;
}

/** One element of a diagram view, as read from an XMILE or Vensim file. */
export type ViewElement =
  | {
      readonly kind: "node";
      /** Id of the stock, flow, aux, constant or lookup drawn here (a flow's node is its valve). */
      readonly variable: string;
      readonly x: number;
      readonly y: number;
      readonly width?: number;
      readonly height?: number;
    }
  | {
      readonly kind: "pipe";
      readonly flow: string;
      readonly points: readonly ViewPoint[];
    }
  | {
      readonly kind: "connector";
      readonly from: string;
      readonly to: string;
      /** Angle at the start in degrees, counter-clockwise from east (XMILE convention). */
      readonly angle?: number;
      /** The polarity drawn on the arrow, when the source diagram shows one (Vensim sketches). */
      readonly polarity?: Polarity;
    }
  | {
      readonly kind: "cloud";
      readonly flow: string;
      readonly x: number;
      readonly y: number;
    };

/** The diagram of a model, when its source had one. */
export interface View {
  readonly elements: readonly ViewElement[];
}

/**
 * A named dimension of arrays (Vensim subscript range, XMILE dimension). Numeric ranges have
 * elements `_1`, `_2`, … (the canonical ids of `1`, `2`, …).
 */
export interface Dimension {
  readonly id: string;
  readonly name?: string;
  /** Element ids, in order. */
  readonly elements: readonly string[];
  /** Element names as the author wrote them, in the same order. */
  readonly elementNames?: readonly string[];
  /** For a subrange: the dimension whose elements it takes a subset of. */
  readonly parent?: string;
  /**
   * Mappings onto other dimensions (Vensim `-> other`): element i maps to element i of `to`, or
   * to `elements[i]` of `to` when given.
   */
  readonly maps?: readonly { readonly to: string; readonly elements?: readonly string[] }[];
}

/**
 * A unit the model defines (XMILE `<model_units>`): other names for it, or its meaning in other
 * units (`<eqn>people/year</eqn>`), used when units are compared.
 */
export interface UnitDefinition {
  readonly name: string;
  /** The unit in terms of other units (`people/year`); none for a base unit. */
  readonly equation?: string;
  /** Other spellings of the same unit (`USD` for `dollar`). */
  readonly aliases?: readonly string[];
}

/** A stock-and-flow model. */
export interface Model {
  readonly kind: "stock-flow";
  /** Dimensions of arrayed variables. */
  readonly dimensions?: readonly Dimension[];
  readonly name?: string;
  readonly labels?: Labels;
  readonly doc?: string;
  readonly specs: SimSpecs;
  /** Units the model defines (from XMILE `<model_units>`). */
  readonly units?: readonly UnitDefinition[];
  readonly variables: readonly Variable[];
  readonly view?: View;
  /** The file the model was read from, when it was read from one. */
  readonly source?: string;
}

/** Link polarity: `+` same direction, `-` opposite direction, `?` unknown or ambiguous. */
export type Polarity = "+" | "-" | "?";

/** MARVEL strength classes of a causal link. */
export type StrengthClass = "weak" | "average" | "strong" | "very_strong";

/** MARVEL speed classes of a causal link. */
export type SpeedClass = "very_high" | "high" | "average" | "low";

/** Why a link is believed: a source reference, or an explicit assumption with its reasoning. */
export type Evidence =
  | { readonly kind: "source"; readonly ids: readonly string[]; readonly note?: string }
  | { readonly kind: "assumption"; readonly reasoning: string };

/** A factor of a causal map. */
export interface Factor {
  readonly kind: "factor";
  readonly id: string;
  readonly name?: string;
  readonly labels?: Labels;
  readonly description?: string;
  /** Actors who own or influence the factor. */
  readonly actors?: readonly string[];
  /** Sector or group, for colouring and grouping. */
  readonly group?: string;
  readonly units?: string;
  /** Source ids the factor is based on. */
  readonly sources?: readonly string[];
  /** MARVEL: the factor integrates what reaches it instead of following it. */
  readonly accumulating?: boolean;
  /** MARVEL: the factor is kept within [0, 1]. */
  readonly normalised?: boolean;
  /** MARVEL: the starting value; defaults to 0 (changes are measured from the start). */
  readonly initial?: number;
}

/** A causal link (arrow) of a causal map. */
export interface CausalLink {
  readonly kind: "link";
  readonly from: string;
  readonly to: string;
  readonly polarity: Polarity;
  readonly strength?: StrengthClass;
  readonly speed?: SpeedClass;
  /** An explicit delay in time units; overrides the speed class. */
  readonly delay?: number;
  readonly evidence?: Evidence;
  readonly note?: string;
}

/** What every kind of intervention has. */
export interface InterventionBase {
  /** Canonical identifier of the intervention (a measure of a programme). */
  readonly id: string;
  readonly name?: string;
  readonly labels?: Labels;
  readonly description?: string;
  /** Id of the factor the change is imposed on (the intervention point). */
  readonly factor: string;
  /** Time the intervention starts, in model time; defaults to the start of the run. */
  readonly start?: number;
  /** Time the intervention is withdrawn, in model time; by default it is never withdrawn. */
  readonly end?: number;
  /** Actors responsible for the measure. */
  readonly actors?: readonly string[];
  /** Source ids the size and timing are based on. */
  readonly sources?: readonly string[];
}

/**
 * MARVEL: an imposed change on a factor, switched on per run. `step` adds `size` to the factor
 * from `start`; `ramp` adds a change growing linearly to `size` over `duration` time units;
 * `setpoint` is a control that closes the gap between the factor and `value` with an
 * adjustment time (the Business Simulation Library's `SimpleControl`).
 */
export type Intervention =
  | (InterventionBase & { readonly kind: "step"; readonly size: number })
  | (InterventionBase & {
      readonly kind: "ramp";
      readonly size: number;
      /** Time to reach the full size; defaults to 1. */
      readonly duration?: number;
    })
  | (InterventionBase & {
      readonly kind: "setpoint";
      readonly value: number;
      /** Time within which the control closes the gap; defaults to 1. */
      readonly adjustmentTime?: number;
    });

/** MARVEL: a named combination of interventions that is evaluated as one run. */
export interface InterventionPackage {
  readonly id: string;
  readonly name?: string;
  readonly labels?: Labels;
  readonly description?: string;
  /** Ids of the interventions switched on together. */
  readonly interventions: readonly string[];
}

/** MARVEL: a performance indicator, a factor with the direction it should move in. */
export interface Indicator {
  /** Id of the factor. */
  readonly factor: string;
  readonly desired: "up" | "down";
  /** Relative weight in a package's score; defaults to 1. */
  readonly weight?: number;
}

/** A causal map (causal-loop diagram), optionally enriched for MARVEL. */
export interface CausalMap {
  readonly kind: "causal-map";
  readonly name?: string;
  readonly labels?: Labels;
  readonly doc?: string;
  readonly factors: readonly Factor[];
  readonly links: readonly CausalLink[];
  /** MARVEL: the interventions that runs may switch on. */
  readonly interventions?: readonly Intervention[];
  /** MARVEL: combinations of interventions evaluated together. */
  readonly packages?: readonly InterventionPackage[];
  /** MARVEL: the performance indicators. */
  readonly indicators?: readonly Indicator[];
  readonly source?: string;
}

/** Anything stockflow can analyse. */
export type AnyModel = Model | CausalMap;
