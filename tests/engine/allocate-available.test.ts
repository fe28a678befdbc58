import { describe, expect, it } from "vitest";
import {
  allocateAvailable,
  allocateAvailableAt,
  priorityShare,
} from "../../src/compile/allocate-available.js";
import { runModel } from "../../src/simulate/simulate.js";
import { mdl, read } from "../io/vensim/mdl.js";

const profile = (type: number, priority: number, width: number) => ({ type, priority, width });

describe("allocate available: priority curves", () => {
  it("falls from the whole request to nothing across the curve", () => {
    // Rectangular 2 wide around 4: full below 3, half at 4, none above 5, linear between.
    expect([2, 3, 3.5, 4, 5, 6].map((x) => priorityShare(profile(1, 4, 2), x))).toEqual([
      1, 1, 0.75, 0.5, 0, 0,
    ]);
    // Triangular 4 wide around 0: 1 − 2v² on the left half, 2(1 − v)² on the right.
    expect(priorityShare(profile(2, 0, 4), -1)).toBeCloseTo(0.875, 12);
    expect(priorityShare(profile(2, 0, 4), 0)).toBeCloseTo(0.5, 12);
    expect(priorityShare(profile(2, 0, 4), 1)).toBeCloseTo(0.125, 12);
    // Normal, standard deviation 1: the upper tail Φ(−1) one deviation above the centre,
    // exactly, or by Hastings's approximation (A&S 26.2.16) as Vensim draws it.
    expect(priorityShare(profile(3, 0, 1), 1, "exact")).toBeCloseTo(0.158655254, 8);
    expect(priorityShare(profile(3, 0, 1), 1)).toBeCloseTo(0.158648662, 8);
    expect(priorityShare(profile(3, 0, 1), -1)).toBeCloseTo(1 - 0.158648662, 8);
    // Exponential exp(−|x|/w): half of e^−1 one width above the centre.
    expect(priorityShare(profile(4, 0, 1), 1)).toBeCloseTo(0.5 * Math.exp(-1), 12);
    expect(priorityShare(profile(4, 0, 1), -1)).toBeCloseTo(1 - 0.5 * Math.exp(-1), 12);
  });
});

describe("allocate available: allocation", () => {
  it("serves the higher priority first with rectangular curves", () => {
    // Requests 10 at priority 2 and 6 at priority 4, width 2, 7 available: at level 2.8 the
    // second takes its 6 and the first 10 · (3 − 2.8)/2 = 1.
    const got = allocateAvailable([10, 6], [profile(1, 2, 2), profile(1, 4, 2)], 7);
    expect(got[0]).toBeCloseTo(1, 9);
    expect(got[1]).toBeCloseTo(6, 9);
  });

  it("meets at the midpoint of two symmetric requesters, for every curve", () => {
    // Priorities −1 and 1, one unit each, one available: the level is 0.
    const expected: Record<number, number> = {
      2: 0.125, // triangular 4 wide
      3: 0.158648662, // normal, sd 1 (Hastings's approximation of Φ(−1))
      4: 0.5 * Math.exp(-1), // exponential, width 1
    };
    for (const [type, width] of [
      [2, 4],
      [3, 1],
      [4, 1],
    ] as const) {
      const got = allocateAvailable([1, 1], [profile(type, -1, width), profile(type, 1, width)], 1);
      expect(got[0]).toBeCloseTo(expected[type]!, 8);
      expect(got[0]! + got[1]!).toBeCloseTo(1, 9);
    }
  });

  it("shares in proportion to the requests when the profiles are equal", () => {
    // (Hastings's normal tail is 0.49999995 at the centre, so the shares are half to 2e-7)
    const got = allocateAvailable([4, 12], [profile(3, 5, 2), profile(3, 5, 2)], 8);
    expect(got[0]).toBeCloseTo(2, 5);
    expect(got[1]).toBeCloseTo(6, 5);
    expect(got[1]! / got[0]!).toBeCloseTo(3, 12);
  });

  it("fills every request when enough is available, and nothing when none is", () => {
    const pp = [profile(1, 1, 1), profile(1, 2, 1)];
    expect(allocateAvailable([3, 2], pp, 9)).toEqual([3, 2]);
    expect(allocateAvailable([3, 2], pp, 0)).toEqual([0, 0]);
  });

  it("rations fixed quantities (ptype 0) in proportion to their requests", () => {
    // no priority tells them apart: each gets 100 / 500 of its request
    expect(
      allocateAvailable([200, 300], [profile(0, 0.1, 0.5), profile(0, 0.9, 0.5)], 100),
    ).toEqual([40, 60]);
    expect(allocateAvailable([20, 30], [profile(0, 1, 1), profile(0, 2, 1)], 100)).toEqual([
      20, 30,
    ]);
  });

  it("serves fixed quantities whole before the curves, which share the rest", () => {
    // 4 fixed + a rectangular curve of 10 around 2 (width 2): 7 available leaves 3 for the curve
    const got = allocateAvailable([4, 10], [profile(0, 0, 0), profile(1, 2, 2)], 7);
    expect(got[0]).toBe(4);
    expect(got[1]).toBeCloseTo(3, 9);
    // the fixed alone exceed what is available: they share it and the curve gets nothing
    expect(allocateAvailable([4, 10], [profile(0, 0, 0), profile(1, 2, 2)], 2)).toEqual([2, 0]);
  });

  it("is an error (NaN) for the types it does not implement and a width that is not positive", () => {
    for (const bad of [profile(5, 1, 1), profile(11, 1, 1), profile(1, 1, 0), profile(0.5, 1, 1)]) {
      expect(allocateAvailable([3, 2], [profile(1, 2, 1), bad], 4).every(Number.isNaN)).toBe(true);
    }
  });

  it("takes the requests and four profile values per requester in its runtime form", () => {
    const rest = [10, 6, 1, 2, 2, 0, 1, 4, 2, 0];
    expect(allocateAvailableAt(0, 7, ...rest)).toBeCloseTo(1, 9);
    expect(allocateAvailableAt(1, 7, ...rest)).toBeCloseTo(6, 9);
    expect(allocateAvailableAt(2, 7, ...rest)).toBeNaN();
  });
});

describe("allocate available read from Vensim", () => {
  it("reads the profile from the element it names onwards", () => {
    const model = read(
      mdl(
        "branch : b1, b2",
        "pprofile : ptype, ppriority, pwidth, pextra",
        "demand[branch] = 10, 6",
        "priority[b1, pprofile] = 1, 2, 2, 0",
        "priority[b2, pprofile] = 1, 4, 2, 0",
        "shipments[branch] = ALLOCATE AVAILABLE(demand[branch], priority[branch, ptype], 7)",
      ),
    );
    const run = runModel(model);
    expect(run.final("shipments[b1]")).toBeCloseTo(1, 9);
    expect(run.final("shipments[b2]")).toBeCloseTo(6, 9);
  });
});
