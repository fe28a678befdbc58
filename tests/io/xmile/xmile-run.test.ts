/**
 * XMILE models read and run end to end: each builtin of XMILE §3.5 as the specification
 * defines it, through the reader's translation and the engine.
 */
import { describe, expect, it } from "vitest";
import { readXmile } from "../../../src/io/xmile/read-xmile.js";
import { runModel } from "../../../src/simulate/simulate.js";
import { expectClose } from "../../helpers/close.js";

function run(variables: string, specs = "<start>0</start><stop>6</stop><dt>0.5</dt>") {
  const text = `<xmile version="1.0" xmlns="http://docs.oasis-open.org/xmile/ns/XMILE/v1.0">
  <header><vendor>t</vendor><product>t</product></header>
  <sim_specs>${specs}</sim_specs>
  <model><variables>${variables}</variables></model>
</xmile>`;
  return runModel(readXmile(text));
}

describe("XMILE test inputs", () => {
  const r = run(`
    <aux name="s"><eqn>STEP(10, 2)</eqn></aux>
    <aux name="r"><eqn>RAMP(2, 3)</eqn></aux>
    <aux name="p"><eqn>PULSE(10, 2)</eqn></aux>
    <aux name="train"><eqn>PULSE(1, 1, 2)</eqn></aux>
    <stock name="total"><eqn>0</eqn><inflow>f</inflow></stock>
    <flow name="f"><eqn>p</eqn></flow>`);

  it("STEP(height, start) and RAMP(slope, start)", () => {
    expect([r.at("s", 1.5), r.at("s", 2)]).toEqual([0, 10]);
    expect([r.at("r", 3), r.at("r", 5)]).toEqual([0, 4]);
  });

  it("PULSE(magnitude, first) is magnitude/DT for one DT, so it adds magnitude to a stock", () => {
    expect([r.at("p", 1.5), r.at("p", 2), r.at("p", 2.5)]).toEqual([0, 20, 0]);
    expect(r.final("total")).toBe(10);
  });

  it("PULSE(magnitude, first, interval) repeats", () => {
    const times = Array.from(r.time).filter((_, i) => r.series("train")[i]! > 0);
    expect(times).toEqual([1, 3, 5]);
  });
});

describe("XMILE delays, smooths and INIT", () => {
  const r = run(`
    <aux name="input"><eqn>TIME</eqn></aux>
    <aux name="d"><eqn>DELAY(input, 2)</eqn></aux>
    <aux name="d0"><eqn>DELAY(input, 2, -1)</eqn></aux>
    <aux name="dn"><eqn>DELAYN(10, 3, 4)</eqn></aux>
    <aux name="sm"><eqn>SMTH1(10, 2)</eqn></aux>
    <aux name="s3"><eqn>SMTHN(10, 2, 3, 0)</eqn></aux>
    <aux name="first"><eqn>INIT(input + 1)</eqn></aux>`);

  it("DELAY is a pipeline delay starting at the input's initial value unless one is given", () => {
    expect([r.at("d", 1), r.at("d", 5)]).toEqual([0, 3]);
    expect([r.at("d0", 1), r.at("d0", 5)]).toEqual([-1, 3]);
  });

  it("DELAYN and SMTH1 start at the input's value, so a constant input stays put", () => {
    expectClose(r.at("dn", 5), 10);
    expectClose(r.at("sm", 5), 10);
  });

  it("SMTHN(input, time, n, initial) starts at the initial value and rises", () => {
    expect(r.at("s3", 0)).toBe(0);
    expect(r.at("s3", 6)).toBeGreaterThan(5);
    expect(r.at("s3", 6)).toBeLessThan(10);
  });

  it("INIT holds the value at the start time", () => {
    expect([r.at("first", 0), r.at("first", 6)]).toEqual([1, 1]);
  });
});

describe("XMILE arithmetic, logic and graphical functions", () => {
  const r = run(
    `
    <aux name="x"><eqn>-9.9</eqn></aux>
    <aux name="i"><eqn>INT(x)</eqn></aux>
    <aux name="m"><eqn>x MOD 3</eqn></aux>
    <aux name="z"><eqn>SAFEDIV(1, 0) + SAFEDIV(1, 0, 5)</eqn></aux>
    <aux name="logic"><eqn>IF TIME = 1 OR NOT (TIME &lt;&gt; 2) THEN 1 ELSE 0</eqn></aux>
    <gf name="table" type="discrete"><xpts>0,1,2</xpts><ypts>5,6,6</ypts></gf>
    <aux name="g"><eqn>table(TIME)</eqn></aux>
    <aux name="c"><eqn>TIME</eqn><gf><xscale min="1" max="2"/><ypts>0,10</ypts></gf></aux>
    <aux name="e"><eqn>TIME</eqn><gf type="extrapolate"><xscale min="1" max="2"/><ypts>0,10</ypts></gf></aux>`,
    "<start>0</start><stop>3</stop><dt>0.5</dt>",
  );

  it("INT is the floor and MOD the floored modulus (XMILE §3.5.1, §3.3.1)", () => {
    expect(r.at("i", 0)).toBe(-10);
    expectClose(r.at("m", 0), 2.1);
  });

  it("SAFEDIV gives 0 or the fallback on division by zero", () => {
    expect(r.at("z", 0)).toBe(5);
  });

  it("= <> OR NOT give 1 and 0", () => {
    expect(Array.from(r.series("logic"))).toEqual([0, 0, 1, 0, 1, 0, 0]);
  });

  it("discrete, continuous (clamped) and extrapolated graphical functions", () => {
    expect([r.at("g", 0.5), r.at("g", 1.5), r.at("g", 3)]).toEqual([5, 6, 6]);
    expect([r.at("c", 0), r.at("c", 1.5), r.at("c", 3)]).toEqual([0, 5, 10]);
    expect([r.at("e", 0), r.at("e", 3)]).toEqual([-10, 20]);
  });
});

describe("non-negative stocks", () => {
  it("cut their outflows so they never go below zero", () => {
    const r = run(
      `<stock name="s"><eqn>3</eqn><outflow>out</outflow><non_negative/></stock>
       <flow name="out"><eqn>2</eqn></flow>`,
      "<start>0</start><stop>3</stop><dt>1</dt>",
    );
    expect(Array.from(r.series("s"))).toEqual([3, 1, 0, 0]);
  });
});
