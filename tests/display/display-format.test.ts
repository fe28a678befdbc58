import { describe, expect, it } from "vitest";
import {
  displayLang,
  formatNumber,
  formatPercent,
  formatTime,
} from "../../src/display/display-format.js";

describe("numbers in notebook views", () => {
  it("writes Dutch with a decimal comma and a thousands point, English the other way", () => {
    expect(formatNumber(12345.678, "nl")).toBe("12.346");
    expect(formatNumber(12345.678, "en")).toBe("12,346");
    expect(formatNumber(1.23456, "nl")).toBe("1,235");
    expect(formatNumber(1.23456, "en")).toBe("1.235");
    expect(formatPercent(0.1234, "nl")).toBe("+12,3 %");
    expect(formatPercent(-0.05, "en")).toBe("−5.0 %");
    expect(formatTime(2030, "nl")).toBe("2030");
    expect(formatTime(2030.25, "nl")).toBe("2030,25");
  });

  it("never writes exponent notation", () => {
    for (const x of [2.24795e-7, 1e-12, 6.02e23, -4.2e-9]) {
      expect(formatNumber(x, "nl")).not.toMatch(/e/i);
      expect(formatNumber(x, "en")).not.toMatch(/e/i);
    }
    expect(formatNumber(2.24795e-7, "en")).toBe("0.0000002248");
    expect(formatNumber(1e21, "nl")).toBe("1.000.000.000.000.000.000.000");
  });

  it("chooses Dutch for a model with a Dutch label unless told otherwise", () => {
    const dutch = { kind: "causal-map", labels: { nl: "Kaart" }, factors: [], links: [] } as const;
    expect(displayLang(dutch)).toBe("nl");
    expect(displayLang(dutch, "en")).toBe("en");
    expect(displayLang(undefined)).toBe("en");
  });
});
