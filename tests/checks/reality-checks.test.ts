import { describe, expect, it } from "vitest";
import { readRealityChecks } from "../../src/checks/read-reality-checks.js";
import { runRealityChecks } from "../../src/checks/run-reality-checks.js";
import type { ModelError } from "../../src/diagnostics/errors.js";
import { aux, constant, flow, model, stock } from "../helpers/models.js";

// Convictions follow detection capacity with a first-order adjustment of one year.
const chain = model({ start: 2018, stop: 2030, dt: 0.25 }, [
  constant("opsporingscapaciteit", 100),
  flow("instroom", "opsporingscapaciteit"),
  flow("uitstroom", "veroordelingen"),
  stock("veroordelingen", "100", ["instroom"], ["uitstroom"]),
  aux("dip", "veroordelingen - 150"),
]);

const yaml = `checks:
  - name: no detectives, no convictions
    given: { set: { opsporingscapaciteit: 0 }, from: 2019 }
    expect: { variable: veroordelingen, falls_to: 0, within: 30 }
  - name: too quick
    given: { set: { opsporingscapaciteit: 0 }, from: 2019 }
    expect: { variable: veroordelingen, falls_to: 0, within: 1 }
  - name: never negative
    expect: { variable: veroordelingen, never_below: 0 }
  - name: dip stays negative
    expect: { variable: dip, never_above: 0 }
  - name: within bounds
    expect: { variable: veroordelingen, always_between: [99, 101] }
  - name: doubling capacity raises convictions
    given: { set: { opsporingscapaciteit: 200 } }
    expect: { variable: veroordelingen, rises: true }
  - name: steady
    expect: { variable: veroordelingen, falls: true }
`;

describe("reality checks", () => {
  it("run as a suite: a change from a time, then an expectation over a window", () => {
    const results = runRealityChecks(chain, readRealityChecks(yaml, { model: chain }));
    expect(results.map((r) => [r.name, r.passed])).toEqual([
      ["no detectives, no convictions", true],
      ["too quick", false],
      ["never negative", true],
      ["dip stays negative", true],
      ["within bounds", true],
      ["doubling capacity raises convictions", true],
      ["steady", false],
    ]);
    // 100 · 0.75^k after the switch: below 1 (1 % of 100) after 17 quarters.
    expect(0.75 ** 17 * 100).toBeCloseTo(0.751695, 6);
    expect(results[0]!.detail).toBe("0.751695 at 2023.25");
    expect(results[1]!.detail).toBe("still 31.6406 at 2020 (want ≤ 1)");
    expect(results[2]!.detail).toBe("min 100 at 2018");
  });

  it("write their details in Dutch with decimal commas", () => {
    const results = runRealityChecks(chain, readRealityChecks(yaml, { model: chain }), {
      lang: "nl",
    });
    expect(results[0]!.detail).toBe("0,751695 op 2023,25");
    expect(results[1]!.detail).toBe("nog 31,6406 op 2020 (verwacht ≤ 1)");
  });

  it("are read with located errors: an unknown variable, a misspelt expectation", () => {
    const problems = (text: string) => {
      try {
        readRealityChecks(text, { file: "c.yaml", model: chain });
      } catch (error) {
        return (error as ModelError).diagnostics.map((d) => [d.code, d.line, d.path]);
      }
      return [];
    };
    expect(
      problems("checks:\n  - name: x\n    expect: { variable: veroordeling, never_below: 0 }\n"),
    ).toEqual([["unknown-variable", 3, "checks[0].expect.variable"]]);
    expect(
      problems(
        "checks:\n  - name: x\n    given: { set: { capaciteit: 0 }, from: 2019 }\n    expect: { variable: dip, rises: true }\n",
      ),
    ).toEqual([["unknown-variable", 3, "checks[0].given.set.capaciteit"]]);
    expect(
      problems("checks:\n  - name: x\n    expect: { variable: dip, never_bellow: 0 }\n")[0]?.[1],
    ).toBe(3);
  });
});
