import { describe, expect, it } from "vitest";
import { formatPath, parsePath, valueAtPath, valueText } from "../../src/model/object-path.js";

describe("object paths", () => {
  it("format and parse back", () => {
    const cases: [(string | number)[], string][] = [
      [["variables", 3, "initial"], "variables[3].initial"],
      [["variables", 0, "gf", "x", 2], "variables[0].gf.x[2]"],
      [["$schema"], "$schema"],
      [["labels", "a key"], 'labels["a key"]'],
      [[], ""],
    ];
    for (const [segments, text] of cases) {
      expect(formatPath(segments)).toBe(text);
      expect(parsePath(text)).toEqual(segments);
    }
  });

  it("find the value at a path, or undefined", () => {
    const root = { variables: [{ id: "a", gf: { x: [0, 5] } }] };
    expect(valueAtPath(root, ["variables", 0, "gf", "x", 1])).toBe(5);
    expect(valueAtPath(root, ["variables", 4, "id"])).toBeUndefined();
    expect(valueAtPath(root, ["variables", 0, "id", "deeper"])).toBeUndefined();
  });

  it("show values as short JSON", () => {
    expect(valueText("x")).toBe('"x"');
    expect(valueText(1.5)).toBe("1.5");
    expect(valueText(undefined)).toBe("undefined");
    expect(valueText("y".repeat(100))).toHaveLength(60);
  });
});
