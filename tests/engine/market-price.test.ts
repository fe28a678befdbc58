import { describe, expect, it } from "vitest";
import {
  demandAtPrice,
  findMarketPrice,
  marketPriceOf,
  supplyAtPrice,
} from "../../src/compile/market-price.js";
import { runModel } from "../../src/simulate/simulate.js";
import { mdl, read } from "../io/vensim/mdl.js";

const profile = (type: number, priority: number, width: number) => ({ type, priority, width });

describe("demand and supply at a price", () => {
  it("takes the falling curve for demand and the rising one for supply", () => {
    // Rectangular, 2 wide around 4: at 4.5 a quarter of the way up the price range.
    expect(demandAtPrice(10, profile(1, 4, 2), 4.5)).toBeCloseTo(2.5, 12);
    expect(supplyAtPrice(10, profile(1, 4, 2), 4.5)).toBeCloseTo(7.5, 12);
    expect(demandAtPrice(10, profile(1, 4, 2), 2)).toBe(10);
    expect(supplyAtPrice(10, profile(1, 4, 2), 2)).toBe(0);
  });

  it("takes a fixed quantity (ptype 0) whole at every price", () => {
    for (const price of [-100, 4, 100]) {
      expect(demandAtPrice(10, profile(0, 4, 2), price)).toBe(10);
      expect(supplyAtPrice(10, profile(0, 4, 2), price)).toBe(10);
    }
  });

  it("is an error (NaN) for a profile type it does not implement", () => {
    expect(demandAtPrice(10, profile(5, 4, 2), 4)).toBeNaN();
    expect(supplyAtPrice(10, profile(5, 4, 2), 4)).toBeNaN();
    expect(supplyAtPrice(10, profile(1, 4, 0), 4)).toBeNaN();
  });
});

describe("find market price", () => {
  it("finds where demand meets supply", () => {
    // Demand 10 around 4, supply 10 around 2, both rectangles 2 wide: at 3 the demand is
    // still whole and the supply has just become whole.
    expect(findMarketPrice([10], [profile(1, 4, 2)], [10], [profile(1, 2, 2)])).toBeCloseTo(3, 9);
  });

  it("meets in the middle of symmetric normal curves", () => {
    // Demand centred on 1, supply on −1, equal quantities, sd 1: Φ(1) of each at price 0.
    const price = findMarketPrice([5], [profile(3, 1, 1)], [5], [profile(3, -1, 1)]);
    expect(price).toBeCloseTo(0, 9);
    // Φ(1) by Hastings's approximation (A&S 26.2.16), as Vensim draws the normal curve
    expect(demandAtPrice(5, profile(3, 1, 1), price)).toBeCloseTo(5 * (1 - 0.158648662), 8);
  });

  it("adds the curves of several demanders and suppliers", () => {
    // Two demanders of 3 around 4 (width 2) and one supplier of 4 around 2: at price p in
    // [3, 5] demand is 6(2.5 − p/2) and supply 4, so 15 − 3p = 4 at p = 11/3.
    const got = marketPriceOf(2, 1, 3, 3, 1, 4, 2, 0, 1, 4, 2, 0, 4, 1, 2, 2, 0);
    expect(got).toBeCloseTo(11 / 3, 9);
  });

  it("with no demand, is the highest price at which nothing is supplied", () => {
    // supply rectangular 2 wide around 2: nothing up to price 1
    expect(findMarketPrice([0], [profile(1, 4, 2)], [10], [profile(1, 2, 2)])).toBeCloseTo(1, 9);
  });

  it("meets a fixed demand on the supply curve, and has no price among fixed quantities only", () => {
    // fixed demand 5 against supply 10 rectangular 2 wide around 2: half supplied at price 2
    expect(findMarketPrice([5], [profile(0, 9, 9)], [10], [profile(1, 2, 2)])).toBeCloseTo(2, 9);
    expect(findMarketPrice([5], [profile(0, 1, 1)], [10], [profile(0, 2, 1)])).toBe(-1e38);
  });

  it("is an error (NaN) for a curve it does not implement", () => {
    expect(findMarketPrice([10], [profile(5, 4, 2)], [10], [profile(1, 2, 2)])).toBeNaN();
    expect(findMarketPrice([10], [profile(1, 4, 2)], [10], [profile(1, 2, -1)])).toBeNaN();
  });
});

describe("market functions read from Vensim", () => {
  it("prices the market and reads each side's quantity at that price", () => {
    const model = read(
      mdl(
        "pprofile : ptype, ppriority, pwidth, pextra",
        "buyer : b1",
        "seller : s1",
        "demand[buyer] = 10",
        "capacity[seller] = 10",
        "dp[buyer, pprofile] = 1, 4, 2, 0",
        "sp[seller, pprofile] = 1, 2, 2, 0",
        "price = FIND MARKET PRICE(demand[b1], dp[b1, ptype], capacity[s1], sp[s1, ptype])",
        "bought[buyer] = DEMAND AT PRICE(demand[buyer], dp[buyer, ptype], price)",
        "sold[seller] = SUPPLY AT PRICE(capacity[seller], sp[seller, ptype], price)",
      ),
    );
    const run = runModel(model);
    expect(run.final("price")).toBeCloseTo(3, 9);
    expect(run.final("bought[b1]")).toBeCloseTo(10, 8);
    expect(run.final("sold[s1]")).toBeCloseTo(10, 8);
  });
});
