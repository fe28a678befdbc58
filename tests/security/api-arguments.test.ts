/**
 * Item 7 of issue 20: a public entry point called with wrong types throws the library's
 * UsageError naming the function, the argument and the bad value — not a raw TypeError, not a
 * quiet undefined, and a string is never taken for a number.
 */
import { describe, expect, it } from "vitest";
import { causalGraph } from "../../src/analysis/graph/causal-graph.js";
import { findLoops } from "../../src/analysis/loops/find-loops.js";
import { compileModel } from "../../src/compile/compile-model.js";
import { UsageError } from "../../src/diagnostics/errors.js";
import { loadModel } from "../../src/io/load-model.js";
import type { Model } from "../../src/model/types.js";
import { applyMeasures } from "../../src/scenario/apply-measures.js";
import { runModel, simulate } from "../../src/simulate/simulate.js";

const model: Model = {
  kind: "stock-flow",
  specs: { start: 0, stop: 2, dt: 1 },
  variables: [{ kind: "constant", id: "k", value: 1 }],
};

/** The UsageError `call` throws. */
function usage(call: () => unknown): string {
  try {
    call();
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return (error as Error).message;
  }
  return expect.fail("no error");
}

describe("public entry points check their arguments", () => {
  it("runModel refuses a model of another kind, a string for a number, and a non-object", () => {
    expect(usage(() => runModel({ ...model, kind: "bogus" } as never))).toBe(
      'runModel: model must be a stock-and-flow model, got an object of kind "bogus"',
    );
    expect(usage(() => runModel(model, { dt: "0.5" } as never))).toBe(
      'runModel: options.dt must be a finite number, got "0.5"',
    );
    expect(usage(() => runModel(model, { params: { k: "2" } } as never))).toBe(
      'runModel: options.params.k must be a number, got "2"',
    );
    expect(usage(() => runModel(model, 7 as never))).toBe(
      "runModel: options must be an object, got 7",
    );
    expect(
      usage(() => runModel({ ...model, specs: { start: 0, stop: "2", dt: 1 } } as never)),
    ).toBe('runModel: model.specs.stop must be a finite number, got "2"');
  });

  it("causalGraph(42) and compileModel(null) say what they wanted", () => {
    expect(usage(() => causalGraph(42 as never))).toBe(
      "causalGraph: model must be a stock-and-flow model or a causal map, got 42",
    );
    expect(usage(() => compileModel(null as never))).toBe(
      "compileModel: model must be a stock-and-flow model, got null",
    );
    expect(usage(() => compileModel({ ...model, variables: {} } as never))).toBe(
      "compileModel: model.variables must be an array, got an object without kind",
    );
  });

  it("simulate wants a compiled model; loadModel a file name", async () => {
    expect(usage(() => simulate(model as never))).toBe(
      'simulate: compiled must be a compiled model (from compileModel), got an object of kind "stock-flow"',
    );
    await expect(loadModel(42 as never)).rejects.toThrow(
      new UsageError("loadModel: path must be a file name, got 42"),
    );
    await expect(loadModel("m.json", { maxBytes: "9" } as never)).rejects.toThrow(
      'loadModel: options.maxBytes must be a finite number, got "9"',
    );
  });

  it("findLoops wants a graph and numbers in its options; applyMeasures checks measures by their schema", () => {
    expect(usage(() => findLoops(null as never))).toBe(
      "findLoops: graph must be a graph (from causalGraph), got null",
    );
    expect(usage(() => findLoops(causalGraph(model), { maxLength: "5" } as never))).toBe(
      'findLoops: options.maxLength must be a number, got "5"',
    );
    const measure = { variable: "k", change: { add: 1 }, from: "3" };
    expect(usage(() => applyMeasures(model, [measure] as never))).toBe(
      'applyMeasures: measures[0].from is wrong (Invalid input: expected number, received string), got "3"',
    );
  });
});
