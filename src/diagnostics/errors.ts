/**
 * The error classes of stockflow. Messages start with where they came from and include the bad
 * value; every error a user can cause is one of these, never a bare `Error` or a stack trace.
 */
import type { Diagnostic } from "./diagnostic.js";
import { diagnosticLine } from "./diagnostic-line.js";

/** Base class of every error stockflow throws on purpose. */
export class StockflowError extends Error {
  override name = "StockflowError";
}

/** A model (or scenario, or data file) has problems; all of them are in `diagnostics`. */
export class ModelError extends StockflowError {
  override name = "ModelError";
  readonly diagnostics: readonly Diagnostic[];
  constructor(diagnostics: readonly Diagnostic[], summary?: string) {
    const errors = diagnostics.filter((d) => d.severity === "error");
    const shown = (errors.length > 0 ? errors : diagnostics).slice(0, 20).map(diagnosticLine);
    const more = diagnostics.length > 20 ? `\n… and ${diagnostics.length - 20} more` : "";
    super(`${summary ?? `${errors.length} error(s) in model`}:\n${shown.join("\n")}${more}`);
    this.diagnostics = diagnostics;
  }
}

/** A run stopped because a value became NaN or infinite (division by zero, overflow). */
export class SimulationError extends StockflowError {
  override name = "SimulationError";
  constructor(
    readonly variable: string,
    readonly time: number,
    readonly value: number,
    detail?: string,
  ) {
    super(
      `simulation stopped at time ${time}: ${variable} is ${value}${detail ? ` (${detail})` : ""}`,
    );
  }
}

/** The caller used the API or the CLI wrongly (an unknown option, a name that does not exist). */
export class UsageError extends StockflowError {
  override name = "UsageError";
}

/** An output file could not be written (no such folder, disk full, the input model itself). */
export class OutputError extends StockflowError {
  override name = "OutputError";
}

/**
 * A model asks for more than a resource limit allows (steps per run, saved values, array
 * elements, picture pixels, cells scanned, workers). Raised before any large allocation; the
 * message names the limit, the value asked for and the option that raises it.
 */
export class LimitError extends StockflowError {
  override name = "LimitError";
  constructor(
    readonly limit: string,
    readonly requested: number,
    readonly allowed: number,
    readonly raiseWith: string,
    where?: string,
  ) {
    super(
      `${where ? `${where}: ` : ""}${limit} would be ${requested}, more than the limit of ${allowed} (raise it with ${raiseWith})`,
    );
  }
}
