import { expect } from "vitest";

/** Expect |actual − expected| ≤ tol · max(1, |expected|). */
export function expectClose(actual: number, expected: number, tol = 1e-9): void {
  const scale = Math.max(1, Math.abs(expected));
  if (!(Math.abs(actual - expected) <= tol * scale)) {
    expect.fail(`expected ${actual} to be within ${tol} (relative) of ${expected}`);
  }
}
