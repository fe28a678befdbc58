import { describe, expect, it } from "vitest";
import { decodeFragment, encodeFragment } from "../../src/explore/explorer-fragment.js";
import { defaultState } from "../../src/explore/explorer-state.js";
import { logisticSpec } from "./explorer-fixture.js";

const spec = logisticSpec();

describe("explorer share fragment", () => {
  it("writes only what differs from the defaults and reads it back exactly", () => {
    const base = defaultState(spec);
    expect(encodeFragment(spec, base)).toBe("lang=nl");
    const state = {
      ...base,
      lang: "en" as const,
      params: { carrying_capacity: 0.1 + 0.2 + 1000 },
      switches: { ...base.switches, room_2: { on: true, size: 1.3, start: 22 } },
      factor: "population",
      band: true,
    };
    const fragment = encodeFragment(spec, state);
    expect(fragment).toContain("on=room_2");
    const back = decodeFragment(spec, `#${fragment}`);
    expect(back.problems).toEqual([]);
    expect(back.state).toEqual(state);
    expect(Object.is(back.state.params.carrying_capacity, 0.1 + 0.2 + 1000)).toBe(true);
  });

  it("reports what it cannot use instead of dropping it", () => {
    const { state, problems } = decodeFragment(
      spec,
      "on=room_9&p.carrying_capacity=5000&size.room_1=abc&colour=red",
    );
    expect(problems).toEqual([
      'on: no measure "room_9"',
      "p.carrying_capacity=5000: outside 800…1200",
      "size.room_1=abc: not a number",
      "colour=red: not understood",
    ]);
    expect(state).toEqual(defaultState(spec));
  });
});

describe("explorer share fragment with switches on in the baseline", () => {
  const withBase = {
    ...spec,
    switches: spec.switches.map((s) => (s.id === "room_1" ? { ...s, on: true } : s)),
  };

  it("writes the whole set of switches on when it is not the baseline's, even when empty", () => {
    const base = defaultState(withBase);
    expect(encodeFragment(withBase, base)).toBe("lang=nl");
    const off = {
      ...base,
      switches: { ...base.switches, room_1: { on: false, size: 1, start: 30 } },
    };
    const fragment = encodeFragment(withBase, off);
    expect(fragment).toBe("lang=nl&on=");
    expect(decodeFragment(withBase, fragment).state).toEqual(off);
  });
});
