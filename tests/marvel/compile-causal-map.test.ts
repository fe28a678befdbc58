import { describe, expect, it } from "vitest";
import { ModelError } from "../../src/diagnostics/errors.js";
import { compileCausalMap } from "../../src/marvel/compile-causal-map.js";
import type { Model, Variable } from "../../src/model/types.js";
import { chainMap, factor, link, raiseA } from "./maps.js";

function byId(model: Model): Map<string, Variable> {
  return new Map(model.variables.map((v) => [v.id, v]));
}

function equation(model: Model, id: string): string {
  const v = byId(model).get(id);
  if (!v) throw new Error(`no variable ${id}`);
  switch (v.kind) {
    case "aux":
    case "flow":
      return v.equation;
    case "stock":
      return `stock(${v.initial}; in ${v.inflows.join(",")}; out ${v.outflows.join(",")})`;
    case "constant":
      return String(v.value);
    case "lookup":
      return "lookup";
  }
}

describe("compileCausalMap (change formulation)", () => {
  const model = compileCausalMap(chainMap([raiseA]));

  it("makes the class mappings and intervention switches constants", () => {
    expect(equation(model, "strength_weak")).toBe("0.2");
    expect(equation(model, "strength_average")).toBe("0.5");
    expect(equation(model, "strength_strong")).toBe("1");
    expect(equation(model, "strength_very_strong")).toBe("1.2");
    expect(equation(model, "delay_very_high")).toBe("0.25");
    expect(equation(model, "delay_high")).toBe("0.5");
    expect(equation(model, "delay_average")).toBe("1");
    expect(equation(model, "delay_low")).toBe("3");
    expect(equation(model, "active_raise_a")).toBe("0");
    expect(equation(model, "size_raise_a")).toBe("1");
  });

  it("writes one change aux and one value aux per factor", () => {
    expect(equation(model, "change_of_a")).toBe("active_raise_a * step(size_raise_a, 0)");
    expect(equation(model, "a")).toBe("change_of_a");
    expect(equation(model, "change_of_b")).toBe("effect_a_to_b");
    expect(equation(model, "change_of_c")).toBe("effect_b_to_c");
  });

  it("writes one hidden stock and flow per link, signed and delayed by class constants", () => {
    expect(equation(model, "effect_a_to_b")).toBe("stock(0; in effect_a_to_b_flow; out )");
    expect(equation(model, "effect_a_to_b_flow")).toBe(
      "(strength_strong * change_of_a - effect_a_to_b) / delay_high",
    );
    expect(equation(model, "effect_b_to_c_flow")).toBe(
      "(-strength_average * change_of_b - effect_b_to_c) / delay_low",
    );
    expect(byId(model).get("effect_b_to_c")?.doc).toContain("b -> c (-, average, low)");
  });

  it("sets the time axis from the settings", () => {
    const m = compileCausalMap(chainMap(), { start: 2018, horizon: 12, dt: 0.125 });
    expect(m.specs).toMatchObject({ start: 2018, stop: 2030, dt: 0.125, timeUnits: "years" });
  });

  it("takes class mappings from the settings", () => {
    const m = compileCausalMap(chainMap(), { strengths: { strong: 2 } as never });
    expect(equation(m, "strength_strong")).toBe("2");
    expect(equation(m, "strength_weak")).toBe("0.2");
  });
});

describe("compileCausalMap: factor kinds and link options", () => {
  it("integrates the effects reaching an accumulating factor in a stock", () => {
    const m = compileCausalMap({
      kind: "causal-map",
      factors: [factor("a"), factor("s", { accumulating: true, initial: 5 })],
      links: [link("a", "s", "+")],
    });
    expect(equation(m, "accumulation_of_s")).toBe("stock(0; in accumulating_s; out )");
    expect(equation(m, "accumulating_s")).toBe("effect_a_to_s");
    expect(equation(m, "change_of_s")).toBe("accumulation_of_s");
    expect(equation(m, "s")).toBe("5 + change_of_s");
  });

  it("keeps a normalised factor within [0, 1] and stops its accumulation at the bounds", () => {
    const m = compileCausalMap({
      kind: "causal-map",
      factors: [
        factor("a"),
        factor("n", { normalised: true, initial: 0.7 }),
        factor("s", { normalised: true, accumulating: true, initial: 0.3 }),
      ],
      links: [link("a", "n", "+"), link("a", "s", "-")],
    });
    expect(equation(m, "change_of_n")).toBe("min(0.3, max(-0.7, effect_a_to_n))");
    expect(equation(m, "n")).toBe("0.7 + change_of_n");
    expect(equation(m, "accumulating_s")).toBe(
      "if_then_else((change_of_s >= 0.7 and net_effect_on_s > 0) or (change_of_s <= -0.3 and net_effect_on_s < 0), 0, net_effect_on_s)",
    );
  });

  it("gives an explicit delay its own constant, and a zero delay an immediate effect", () => {
    const m = compileCausalMap({
      kind: "causal-map",
      factors: [factor("a"), factor("b"), factor("c")],
      links: [link("a", "b", "+", { delay: 2, speed: "low" }), link("a", "c", "-", { delay: 0 })],
    });
    expect(equation(m, "delay_a_to_b")).toBe("2");
    expect(equation(m, "effect_a_to_b_flow")).toBe(
      "(strength_average * change_of_a - effect_a_to_b) / delay_a_to_b",
    );
    expect(equation(m, "effect_a_to_c")).toBe("-strength_average * change_of_a");
  });

  it("gives every link its own strength and delay constants with linkConstants", () => {
    const m = compileCausalMap(chainMap(), { linkConstants: true });
    expect(equation(m, "strength_a_to_b")).toBe("1");
    expect(equation(m, "delay_b_to_c")).toBe("3");
    expect(equation(m, "effect_a_to_b_flow")).toBe(
      "(strength_a_to_b * change_of_a - effect_a_to_b) / delay_a_to_b",
    );
    expect(byId(m).has("strength_strong")).toBe(false);
  });

  it("writes ramps, ending steps and setpoint controls", () => {
    const m = compileCausalMap({
      kind: "causal-map",
      factors: [factor("a"), factor("b", { initial: 0.2 })],
      links: [],
      interventions: [
        { kind: "ramp", id: "r", factor: "a", size: 2, start: 1, duration: 4 },
        { kind: "step", id: "p", factor: "a", size: 1, start: 1, end: 3 },
        { kind: "setpoint", id: "c", factor: "b", value: 0.8, start: 2 },
      ],
    });
    expect(equation(m, "change_of_a")).toBe(
      "active_r * ramp(size_r / 4, 1, 5) + active_p * (step(size_p, 1) - step(size_p, 3))",
    );
    expect(equation(m, "change_of_b")).toBe("control_c");
    expect(equation(m, "control_c_flow")).toBe(
      "if_then_else(time >= 2, active_c * (size_c - b) / adjustment_time_c, 0)",
    );
    expect(equation(m, "adjustment_time_c")).toBe("1");
  });

  it("reports every problem at once as a ModelError", () => {
    const bad = {
      kind: "causal-map" as const,
      factors: [factor("a"), factor("n", { normalised: true, initial: 2 })],
      links: [link("a", "x", "+"), link("a", "n", "?")],
      indicators: [{ factor: "y", desired: "up" as const }],
    };
    try {
      compileCausalMap(bad);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ModelError);
      const codes = (error as ModelError).diagnostics.map((d) => d.code).sort();
      expect(codes).toEqual([
        "out-of-range",
        "unknown-factor",
        "unknown-factor",
        "unknown-polarity",
      ]);
    }
  });
});

describe("compileCausalMap (bsl formulation)", () => {
  it("makes every factor a stock fed through a material delay of the source's net rate", () => {
    const m = compileCausalMap(chainMap([raiseA]), { formulation: "bsl" });
    expect(equation(m, "b")).toBe("stock(0; in arriving_a_to_b; out )");
    expect(equation(m, "entering_a_to_b")).toBe("strength_strong * net_rate_of_a");
    expect(equation(m, "arriving_a_to_b")).toBe("in_transit_a_to_b / delay_high");
    expect(equation(m, "entering_b_to_c")).toBe("-strength_average * net_rate_of_b");
    expect(equation(m, "net_rate_of_a")).toBe("imposing_raise_a");
    expect(equation(m, "imposing_raise_a")).toBe(
      "active_raise_a * (step(size_raise_a / dt, 0) - step(size_raise_a / dt, 0 + dt))",
    );
  });
});
