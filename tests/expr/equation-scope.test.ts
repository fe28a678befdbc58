import { describe, expect, it } from "vitest";
import { equationScope } from "../../src/expr/equation-scope.js";
import { parseEquation } from "../../src/expr/parse-equation.js";
import { stripSpans } from "../../src/expr/strip-spans.js";
import type { Variable } from "../../src/model/types.js";
import { aux, constant, stock } from "../helpers/models.js";

const variables: Variable[] = [
  stock("population", "100", [], []),
  constant("growth_rate", 0.02),
  aux("growth", "population * growth_rate"),
  { kind: "lookup", id: "crowding_effect", gf: { x: [0, 1], y: [1, 0] } },
];

describe("equationScope", () => {
  const scope = equationScope(variables);

  it("knows every variable by id, lookups apart", () => {
    expect(scope.kindOf("population")).toBe("value");
    expect(scope.kindOf("growth")).toBe("value");
    expect(scope.kindOf("crowding_effect")).toBe("lookup");
    expect(scope.kindOf("constructor")).toBeUndefined();
  });

  it("resolves a model's equations and suggests its names", () => {
    const { expr } = parseEquation("Growth * Crowding_Effect(Population / 1000)", scope);
    expect(stripSpans(expr!)).toMatchObject({
      left: { kind: "ref", id: "growth" },
      right: { kind: "lookup", table: "crowding_effect" },
    });
    expect(parseEquation("growth_rte", scope).diagnostics[0]?.hint).toBe(
      "did you mean `growth_rate` or `growth`?",
    );
  });
});
