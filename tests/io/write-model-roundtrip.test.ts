import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readModelText } from "../../src/io/read-model-text.js";
import { writeModelJson, writeModelYaml } from "../../src/io/write-model.js";
import type { Model, Variable } from "../../src/model/types.js";

// Any finite number but -0, which JSON cannot tell from 0.
const number = fc.double({ noNaN: true, noDefaultInfinity: true }).map((x) => (x === 0 ? 0 : x));
// Any text, including quotes, newlines, `#`, `: `, leading `-` or `*`, and non-ASCII.
const text = fc.string({ unit: "binary", maxLength: 30 });
const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

const common = fc.record(
  {
    name: text,
    labels: fc.record({ nl: text, en: text }, { requiredKeys: [] }),
    units: text,
    doc: text,
  },
  { requiredKeys: [] },
);

/** A valid model: stocks name flows that exist, ids unique and canonical. */
const model: fc.Arbitrary<Model> = fc
  .record({
    flows: fc.array(fc.tuple(common, text, optional(fc.boolean())), { maxLength: 4 }),
    constants: fc.array(fc.tuple(common, number), { maxLength: 4 }),
    stocks: fc.array(fc.tuple(common, text, fc.array(fc.nat(), { maxLength: 3 })), {
      maxLength: 3,
    }),
    specs: fc.record(
      {
        start: fc.integer({ min: -100, max: 100 }),
        length: fc.integer({ min: 0, max: 100 }),
        dt: fc.constantFrom(0.125, 0.25, 1),
        method: fc.constantFrom("euler", "rk2", "rk4" as const),
      },
      { requiredKeys: ["start", "length", "dt"] },
    ),
    name: optional(text),
  })
  .map(({ flows, constants, stocks, specs, name }) => {
    const flowIds = flows.map((_, i) => `flow_${i}`);
    const variables: Variable[] = [
      ...flows.map(
        ([c, equation, nonNegative], i): Variable => ({
          kind: "flow",
          id: flowIds[i] as string,
          ...c,
          equation,
          ...(nonNegative !== undefined ? { nonNegative } : {}),
        }),
      ),
      ...constants.map(
        ([c, value], i): Variable => ({ kind: "constant", id: `c${i}`, ...c, value }),
      ),
      ...stocks.map(([c, initial, picks], i): Variable => {
        // Each flow at most once: a flow named twice is an error (it would count twice).
        const named = [
          ...new Set(
            flowIds.length === 0 ? [] : picks.map((p) => flowIds[p % flowIds.length] as string),
          ),
        ];
        return {
          kind: "stock",
          id: `stock_${i}`,
          ...c,
          initial,
          inflows: named.slice(1),
          outflows: named.slice(0, 1),
        };
      }),
    ];
    const { start, length, dt, method } = specs;
    return {
      kind: "stock-flow",
      ...(name !== undefined ? { name } : {}),
      specs: { start, stop: start + length, dt, ...(method ? { method } : {}) },
      variables,
    } satisfies Model;
  });

describe("model writers, property: reading what was written gives the model back", () => {
  it("through JSON", () => {
    fc.assert(
      fc.property(model, (m) => {
        expect(readModelText(writeModelJson(m), { format: "json" })).toEqual(m);
      }),
      { numRuns: 150 },
    );
  });

  it("through YAML, whatever the text in names and equations", () => {
    fc.assert(
      fc.property(model, (m) => {
        expect(readModelText(writeModelYaml(m), { format: "yaml" })).toEqual(m);
      }),
      { numRuns: 150 },
    );
  });
});
