import { describe, expect, it } from "vitest";
import { classifyPattern } from "../../src/marvel/classify-pattern.js";

describe("classifyPattern", () => {
  it("calls an effect that never leaves zero none", () => {
    expect(classifyPattern([0, 0, 1e-12, -1e-12])).toBe("none");
  });

  it("calls an effect on one side of the baseline monotone, better or worse", () => {
    expect(classifyPattern([0, 0.1, 0.3, 0.2])).toBe("monotone");
    expect(classifyPattern([0, -0.1, -0.4])).toBe("monotone");
  });

  it("names one change of sign by its order", () => {
    expect(classifyPattern([0, -0.2, -0.1, 0.3, 0.5])).toBe("worse-before-better");
    expect(classifyPattern([0, 0.2, 0.1, -0.3])).toBe("better-before-worse");
  });

  it("calls two or more changes of sign oscillating", () => {
    expect(classifyPattern([0.1, -0.1, 0.1])).toBe("oscillating");
  });

  it("ignores ripples below 0.1% of the largest difference", () => {
    expect(classifyPattern([-0.0005, 0.2, 1])).toBe("monotone");
    expect(classifyPattern([-0.002, 0.2, 1])).toBe("worse-before-better");
  });
});
