/** Helpers for the Vensim reader's tests: `.mdl` text from equations, and reading it. */
import { expect } from "vitest";
import type { Diagnostic } from "../../../src/diagnostics/diagnostic.js";
import { ModelError } from "../../../src/diagnostics/errors.js";
import { readVensim } from "../../../src/io/vensim/index.js";
import type { Model, Variable } from "../../../src/model/types.js";

/** The control section Vensim writes, with the given times. */
export function control(final = 10, step = 1, initial = 0): string {
  return `
********************************************************
\t.Control
********************************************************~
\t\tSimulation Control Parameters
\t|

FINAL TIME  = ${final}
\t~\tMonth
\t~\tThe final time for the simulation.
\t|

INITIAL TIME  = ${initial}
\t~\tMonth
\t~\tThe initial time for the simulation.
\t|

SAVEPER  = 
        TIME STEP
\t~\tMonth [0,?]
\t~\tThe frequency with which output is stored.
\t|

TIME STEP  = ${step}
\t~\tMonth [0,?]
\t~\tThe time step for the simulation.
\t|
`;
}

/** A whole `.mdl` file from equation entries (each `lhs = rhs`, closed with `~~|`). */
export function mdl(...equations: string[]): string {
  return `{UTF-8}\n${equations.map((e) => (e.includes("~") ? e : `${e}\n\t~\t\n\t~\t\t|\n`)).join("\n")}${control()}`;
}

/** Read `.mdl` text. */
export function read(text: string): Model {
  return readVensim(text, { file: "test.mdl" });
}

/** The variable with this id; fails the test when there is none. */
export function variable(model: Model, id: string): Variable {
  const v = model.variables.find((x) => x.id === id);
  if (v === undefined)
    expect.fail(`no variable ${id} in ${model.variables.map((x) => x.id).join(", ")}`);
  return v;
}

/** The diagnostics reading `text` throws. */
export function diagnosticsOf(text: string): readonly Diagnostic[] {
  try {
    readVensim(text, { file: "bad.mdl" });
  } catch (error) {
    if (error instanceof ModelError) return error.diagnostics;
    throw error;
  }
  return expect.fail("expected the reader to report errors");
}
