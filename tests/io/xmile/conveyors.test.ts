import { describe, expect, it } from "vitest";
import { compileModel } from "../../../src/compile/compile-model.js";
import { readXmile, readXmileWithDiagnostics } from "../../../src/io/xmile/read-xmile.js";
import { runModel, simulate } from "../../../src/simulate/simulate.js";

const file = (variables: string, stop = 3, dt = "1") =>
  `<xmile version="1.0" xmlns="http://docs.oasis-open.org/xmile/ns/XMILE/v1.0">
    <header><vendor>t</vendor><product>t</product></header>
    <sim_specs><start>0</start><stop>${stop}</stop><dt>${dt}</dt></sim_specs>
    <model><variables>${variables}</variables></model>
  </xmile>`;

const series = (xml: string, ...names: string[]) => {
  const run = simulate(compileModel(readXmile(xml)));
  return Object.fromEntries(names.map((n) => [n, Array.from(run.series(n))]));
};

/** A conveyor `belt` fed by `in`, its main outflow `out` and any leaks after it. */
const belt = (opts: {
  initial?: string;
  conveyor: string;
  attrs?: string;
  inflow: string;
  leaks?: string;
}) => `
  <stock name="belt"><eqn>${opts.initial ?? "0"}</eqn><inflow>in</inflow><outflow>out</outflow>
    ${
      (opts.leaks ?? "")
        .match(/name="(\w+)"/g)
        ?.map((m) => `<outflow>${m.slice(6, -1)}</outflow>`)
        .join("") ?? ""
    }
    <conveyor ${opts.attrs ?? ""}>${opts.conveyor}</conveyor></stock>
  <flow name="in"><eqn>${opts.inflow}</eqn></flow>
  <flow name="out"/>
  ${opts.leaks ?? ""}`;

const close = (actual: number[], expected: number[]) => {
  expect(actual).toHaveLength(expected.length);
  for (const [i, a] of actual.entries()) expect(a).toBeCloseTo(expected[i]!, 9);
};

describe("XMILE conveyors (§3.7.2)", () => {
  it("carries what enters for exactly the transit time", () => {
    const r = series(file(belt({ conveyor: "<len>2</len>", inflow: "10" })), "belt", "out");
    expect(r.belt).toEqual([0, 10, 20, 20]);
    expect(r.out).toEqual([0, 0, 10, 10]);
  });

  it("follows the run's time step, or refuses a compiled belt laid out for another one", () => {
    // transit 2: at dt 0.5 the first material leaves at time 2, as at dt 1
    const model = readXmile(file(belt({ conveyor: "<len>2</len>", inflow: "10" })));
    const fine = runModel(model, { dt: 0.5 });
    expect(fine.at("out", 1.5)).toBe(0);
    expect(fine.at("out", 2)).toBe(10);
    // the model compiled at dt 1 has 2 slats: at dt 0.5 they would carry it for 1 time unit
    expect(() => simulate(compileModel(model), { dt: 0.5 })).toThrow(
      /compiled for: its conveyor has 2 slats, laid out for a transit time of 2 at TIME STEP 1; at dt 0.5 it needs 4/,
    );
  });

  it("spreads the initial contents evenly over the belt", () => {
    const r = series(
      file(belt({ initial: "30", conveyor: "<len>3</len>", inflow: "0" })),
      "belt",
      "out",
    );
    expect(r.out).toEqual([10, 10, 10, 0]);
    expect(r.belt).toEqual([30, 20, 10, 0]);
  });

  it("takes linear leaks evenly over the steps a cohort spends in each leak's zone", () => {
    // Transit 2 at dt 0.5: 4 slats; seepage 5% over the whole belt, spillage 10% over its
    // second half (ages 3 and 4). A cohort A = 0.5 · (100 + 10t) loses 0.05·A/4 per step,
    // and 0.1·A/2 in each of its last two steps; it leaves with 85% of A.
    const leaks = `
      <flow name="seepage" leak_start="0" leak_end="1"><eqn>0.05</eqn><leak/></flow>
      <flow name="spillage" leak_start="0.5" leak_end="1"><eqn>0.1</eqn><leak/></flow>`;
    const xml = file(
      belt({ conveyor: "<len>2</len>", inflow: "100 + 10 * TIME", leaks }),
      2.5,
      "0.5",
    );
    const r = series(xml, "belt", "out", "seepage", "spillage");
    close(r.seepage!, [0, 1.25, 2.5625, 3.9375, 5.375, 5.625]);
    close(r.spillage!, [0, 0, 0, 5, 10.25, 10.75]);
    close(r.out!, [0, 0, 0, 0, 85, 89.25]);
    close(r.belt!.slice(0, 3), [0, 50, 50 - 0.625 + 52.5]);
  });

  it("starts a leaky conveyor in steady state (isee: transit·inflow − (N − 1)·leakage·dt/2)", () => {
    const leaks = `<flow name="loss"><eqn>0.2</eqn><leak/></flow>`;
    const xml = file(belt({ initial: "37", conveyor: "<len>4</len>", inflow: "10", leaks }), 5);
    const r = series(xml, "belt", "out", "loss");
    close(r.belt!, [37, 37, 37, 37, 37, 37]);
    close(r.out!, [8, 8, 8, 8, 8, 8]);
    close(r.loss!, [2, 2, 2, 2, 2, 2]);
  });

  it("takes exponential leaks as a fraction per time unit of each slat in the zone", () => {
    const leaks = `<flow name="decay"><eqn>0.1</eqn><leak/></flow>`;
    const xml = file(
      belt({ conveyor: "<len>2</len>", attrs: 'exponential_leak="true"', inflow: "10", leaks }),
    );
    const r = series(xml, "belt", "out", "decay");
    close(r.decay!, [0, 1, 1.9, 1.9]);
    close(r.out!, [0, 0, 8.1, 8.1]);
    close(r.belt!, [0, 10, 19, 19]);
  });

  it("admits no more than the capacity leaves room for, and leaves the rest upstream", () => {
    const xml = file(`
      ${belt({ conveyor: "<len>2</len><capacity>15</capacity>", inflow: "10" })}
      <stock name="source"><eqn>100</eqn><outflow>in</outflow></stock>`);
    const r = series(xml, "in", "belt", "source");
    expect(r.in).toEqual([10, 5, 10, 5]);
    expect(r.belt).toEqual([0, 10, 15, 15]);
    expect(r.source).toEqual([100, 90, 85, 75]);
  });

  it("admits at most the inflow limit per time unit", () => {
    const xml = file(belt({ conveyor: "<len>2</len><in_limit>4</in_limit>", inflow: "10" }));
    expect(series(xml, "in").in).toEqual([4, 4, 4, 4]);
  });

  it("runs one belt per element of an arrayed conveyor", () => {
    const xml = file(`
      <aux name="transit"><element subscript="a"><eqn>1</eqn></element>
        <element subscript="b"><eqn>2</eqn></element><dimensions><dim name="d"/></dimensions></aux>
      <stock name="belt"><eqn>0</eqn><inflow>in</inflow><outflow>out</outflow>
        <dimensions><dim name="d"/></dimensions><conveyor><len>transit</len></conveyor></stock>
      <flow name="in"><eqn>5</eqn><dimensions><dim name="d"/></dimensions></flow>
      <flow name="out"><dimensions><dim name="d"/></dimensions></flow>`).replace(
      "<model>",
      '<dimensions><dim name="d"><elem name="a"/><elem name="b"/></dim></dimensions><model>',
    );
    const r = series(xml, "out[a]", "out[b]");
    expect(r["out[a]"]).toEqual([0, 5, 5, 5]);
    expect(r["out[b]"]).toEqual([0, 0, 5, 5]);
  });

  it("reports what it does not run, instead of running it differently", () => {
    const errors = (xml: string) =>
      readXmileWithDiagnostics(xml)
        .diagnostics.filter((d) => d.severity === "error")
        .map((d) => d.message);
    expect(
      errors(file(belt({ conveyor: "<len>1</len>", attrs: 'discrete="true"', inflow: "1" }))),
    ).toEqual(["unsupported: discrete conveyors"]);
    expect(
      errors(file(belt({ conveyor: "<len>1</len><arrest>TIME > 1</arrest>", inflow: "1" }))),
    ).toEqual(["unsupported: a conveyor's <arrest>"]);
    const slats = file(`${belt({ conveyor: "<len>2</len>", inflow: "1" })}
      <aux name="avg"><eqn>MEAN(belt)</eqn></aux>`);
    expect(errors(slats)).toEqual([
      "unsupported: reading the slats or batches of belt as an array",
    ]);
    const varying = readXmile(file(belt({ conveyor: "<len>2 + STEP(1, 2)</len>", inflow: "1" })));
    expect(() => compileModel(varying)).toThrow(
      /unsupported: a conveyor transit time that changes during the run/,
    );
  });

  it("refuses a belt of more slats than a run may have steps, before laying it out", () => {
    // with a leak the belt is laid out slat by slat: 1e12 slats would never finish
    const leaks = `<flow name="seep"><eqn>0.1</eqn><leak/></flow>`;
    const long = readXmile(file(belt({ conveyor: "<len>1e12</len>", inflow: "1", leaks })));
    expect(() => compileModel(long)).toThrow(
      /a conveyor with transit time 1000000000000 at dt 1 would have 1000000000000 slats, more than the limit of 10000000 steps/,
    );
  });
});

describe("XMILE queues (§3.7.3)", () => {
  it("empties into a cloud or an ordinary stock every step", () => {
    const xml = file(`
      <stock name="waiting"><eqn>5</eqn><inflow>arrivals</inflow><outflow>served</outflow>
        <outflow>balk</outflow><queue/></stock>
      <flow name="arrivals"><eqn>10</eqn></flow>
      <flow name="served"><eqn>0</eqn></flow>
      <flow name="balk"><eqn>0</eqn><overflow/></flow>`);
    const r = series(xml, "waiting", "served", "balk");
    expect(r.served).toEqual([15, 10, 10, 10]);
    expect(r.waiting).toEqual([5, 0, 0, 0]);
    expect(r.balk).toEqual([0, 0, 0, 0]);
  });

  it("reports a queue that feeds a conveyor", () => {
    const xml = file(`
      <stock name="waiting"><eqn>0</eqn><inflow>arrivals</inflow><outflow>in</outflow><queue/></stock>
      <flow name="arrivals"><eqn>1</eqn></flow>
      ${belt({ conveyor: "<len>1</len>", inflow: "0" })}`);
    const messages = readXmileWithDiagnostics(xml).diagnostics.map((d) => d.message);
    expect(messages).toContain("unsupported: a queue that feeds a conveyor");
  });
});
