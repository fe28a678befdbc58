import { describe, expect, it } from "vitest";
import {
  allocateByPriority,
  allocateByPriorityAt,
  invertMatrix,
  invertMatrixAt,
  rankIndex,
  vectorElementAt,
  vectorRankAt,
  vectorSelect,
  vectorSortOrderAt,
} from "../../src/compile/vector-functions.js";

// Pairs (selection, value): selection 1, 0, 2 over values 3, 5, 7.
const pairs = [1, 3, 0, 5, 2, 7];

describe("vector select (runtime)", () => {
  it("computes every numerical action over the selected pairs", () => {
    const got = Array.from({ length: 11 }, (_, action) => vectorSelect(-1, action, 0, ...pairs));
    expect(got).toEqual([
      1 * 3 + 2 * 7, // 0 weighted sum
      1 * 3 * (2 * 7), // 1 product of s·e
      3, // 2 min of s·e (3, 14)
      14, // 3 max of s·e
      (3 + 14) / 2, // 4 mean of s·e over the 2 selected
      3 ** 1 * 7 ** 2, // 5 product of e^s
      3 + 7, // 6 sum of e
      3 * 7, // 7 product of e
      3, // 8 min of e
      7, // 9 max of e
      5, // 10 mean of e
    ]);
  });

  it("gives missing when nothing is selected, and NaN for the error actions", () => {
    const none = [0, 3, 0, 5];
    expect(vectorSelect(-12345, 0, 0, ...none)).toBe(-12345);
    expect(vectorSelect(-12345, 0, 2, ...none)).toBe(-12345);
    expect(vectorSelect(-12345, 0, 1, ...none)).toBeNaN();
    expect(vectorSelect(-12345, 0, 3, ...none)).toBeNaN();
    // More than one selected: an error for actions 2 and 3 only.
    expect(vectorSelect(-1, 0, 1, ...pairs)).toBe(17);
    expect(vectorSelect(-1, 0, 2, ...pairs)).toBeNaN();
    expect(vectorSelect(-1, 0, 3, ...pairs)).toBeNaN();
    // Exactly one selected passes every error check.
    expect(vectorSelect(-1, 9, 3, 0, 3, 4, 5)).toBe(5);
    expect(vectorSelect(-1, 11, 0, ...pairs)).toBeNaN();
  });
});

describe("sort order, rank and element access (runtime)", () => {
  // 5, 3, 8, 3: the two 3s tie; the earlier one (position 1) comes first.
  const v = [5, 3, 8, 3];

  it("sorts ascending and descending, ties in their original order", () => {
    const up = [0, 1, 2, 3].map((k) => vectorSortOrderAt(k, 1, ...v));
    const down = [0, 1, 2, 3].map((k) => vectorSortOrderAt(k, 0, ...v));
    expect(up).toEqual([1, 3, 0, 2]);
    expect(down).toEqual([2, 0, 1, 3]);
  });

  it("ranks from 1, smallest first for direction > 0, ties contiguous", () => {
    expect([0, 1, 2, 3].map((k) => vectorRankAt(k, 1, ...v))).toEqual([3, 1, 4, 2]);
    expect([0, 1, 2, 3].map((k) => vectorRankAt(k, -1, ...v))).toEqual([2, 3, 1, 4]);
  });

  it("reads an element by 0-based index, NaN outside", () => {
    expect(vectorElementAt(2, 10, 20, 30)).toBe(30);
    expect(vectorElementAt(0.9999999, 10, 20, 30)).toBe(20);
    expect(vectorElementAt(3, 10, 20, 30)).toBeNaN();
    expect(vectorElementAt(-1, 10, 20, 30)).toBeNaN();
  });
});

describe("invert matrix (runtime)", () => {
  it("inverts a 2×2 matrix: [[4,7],[2,6]]⁻¹ = [[0.6,-0.7],[-0.2,0.4]]", () => {
    const inv = invertMatrix([4, 7, 2, 6])!;
    [0.6, -0.7, -0.2, 0.4].forEach((x, i) => {
      expect(inv[i]).toBeCloseTo(x, 14);
    });
    expect(invertMatrixAt(1, 0, 4, 7, 2, 6)).toBeCloseTo(-0.2, 14);
  });

  it("pivots past a zero on the diagonal", () => {
    // [[2,0,0],[0,0,1],[0,3,0]]⁻¹ = [[1/2,0,0],[0,0,1/3],[0,1,0]]
    const inv = invertMatrix([2, 0, 0, 0, 0, 1, 0, 3, 0])!;
    [0.5, 0, 0, 0, 0, 1 / 3, 0, 1, 0].forEach((x, i) => {
      expect(inv[i]).toBeCloseTo(x, 14);
    });
  });

  it("gives each matrix its own inverse when calls alternate between matrices", () => {
    // The runtime form remembers the last inverse; a different matrix must not reuse it.
    expect(invertMatrixAt(0, 0, 4, 7, 2, 6)).toBeCloseTo(0.6, 14);
    expect(invertMatrixAt(0, 0, 2, 0, 0, 4)).toBeCloseTo(0.5, 14);
    expect(invertMatrixAt(1, 1, 4, 7, 2, 6)).toBeCloseTo(0.4, 14);
    expect(vectorRankAt(0, 1, 1, 2)).toBe(1);
    expect(vectorRankAt(0, 1, 3, 2)).toBe(2);
  });

  it("reports a singular matrix as undefined (NaN per element)", () => {
    expect(invertMatrix([1, 2, 2, 4])).toBeUndefined();
    expect(invertMatrix([0, 0, 0, 0])).toBeUndefined();
    expect(invertMatrixAt(0, 0, 1, 2, 2, 4)).toBeNaN();
  });
});

describe("allocate by priority (runtime)", () => {
  // Requests 10, 6, 3 at priorities 2, 4, 3 with width 3: each curve is a rectangle 3 wide
  // centred on the priority, so B (top 5.5) is served alone until C's curve starts at 4.5.
  const requests = [10, 6, 3];
  const priorities = [2, 4, 3];

  it("serves the highest priority alone while the curves do not overlap", () => {
    const got = allocateByPriority(requests, priorities, 3, 2);
    expect(got[0]).toBeCloseTo(0, 10);
    expect(got[1]).toBeCloseTo(2, 10);
    expect(got[2]).toBeCloseTo(0, 10);
  });

  it("shares in proportion to request/width where curves overlap", () => {
    // Level x in [3.5, 4.5]: B gets 6(5.5-x)/3, C gets 3(4.5-x)/3; their sum is 4 at x = 23/6.
    const got = allocateByPriority(requests, priorities, 3, 4);
    expect(got[0]).toBeCloseTo(0, 10);
    expect(got[1]).toBeCloseTo(2 * (5.5 - 23 / 6), 10);
    expect(got[2]).toBeCloseTo(4.5 - 23 / 6, 10);
    expect(allocateByPriorityAt(1, 3, 4, ...requests, ...priorities)).toBeCloseTo(10 / 3, 10);
  });

  it("fills every request when supply covers them, nothing when there is none", () => {
    expect(allocateByPriority(requests, priorities, 3, 25)).toEqual([10, 6, 3]);
    expect(allocateByPriority(requests, priorities, 3, 0)).toEqual([0, 0, 0]);
    expect(allocateByPriority(requests, priorities, 0, 5).every(Number.isNaN)).toBe(true);
  });

  it("allocates exactly the supply when it is short", () => {
    // Total request 16.
    for (const supply of [0.5, 3, 7.25, 12, 15.9]) {
      const got = allocateByPriority([8, 1, 3, 4, 0], [5, 3, 0, 1.5, 4], 3, supply);
      expect(got.reduce((s, a) => s + a, 0)).toBeCloseTo(supply, 9);
      got.forEach((a, i) => {
        expect(a).toBeLessThanOrEqual([8, 1, 3, 4, 0][i]! + 1e-12);
      });
    }
  });
});

describe("XMILE rank (runtime)", () => {
  it("gives the 1-based index of the element of a given rank, ascending", () => {
    // 6, 2, 8, 5 sorted: 2 (2nd), 5 (4th), 6 (1st), 8 (3rd)
    expect([1, 2, 3, 4].map((n) => rankIndex(n, 4, 6, 2, 8, 5))).toEqual([2, 4, 1, 3]);
    expect(rankIndex(0, 4, 6, 2, 8, 5)).toBeNaN();
    expect(rankIndex(5, 4, 6, 2, 8, 5)).toBeNaN();
  });

  it("breaks ties by the second array, then by position", () => {
    // values 3, 1, 3, 3 with tiebreak 9, 0, 4, 4: the 3s order as 3rd (4), 4th (4), 1st (9)
    expect([1, 2, 3, 4].map((n) => rankIndex(n, 4, 3, 1, 3, 3, 9, 0, 4, 4))).toEqual([2, 3, 4, 1]);
    expect([1, 2, 3, 4].map((n) => rankIndex(n, 4, 3, 1, 3, 3))).toEqual([2, 1, 3, 4]);
  });
});
