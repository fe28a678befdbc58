import { describe, expect, it } from "vitest";
import { unitLabel } from "../../src/explore/unit-label.js";

describe("unitLabel", () => {
  it("writes known unit words in Dutch and leaves the rest", () => {
    expect(unitLabel("persons/years", "nl")).toBe("personen/jaar");
    expect(unitLabel("1/years", "nl")).toBe("1/jaar");
    expect(unitLabel("dmnl", "nl")).toBe("");
    expect(unitLabel("FTE", "nl")).toBe("FTE");
    expect(unitLabel("persons/years", "en")).toBe("persons/years");
  });
});
