/**
 * Data given at run time: the series of `.dat`, `.tab` and `.csv` files, the keywords that say
 * how a data variable reads between points, GET DATA BETWEEN TIMES, and elements no file holds.
 */
import { describe, expect, it } from "vitest";
import { readDataSeries } from "../../../src/io/vensim/read-data-series.js";
import { readVensimWithDiagnostics } from "../../../src/io/vensim/read-vensim.js";
import { runModel } from "../../../src/simulate/simulate.js";
import { mdl } from "./mdl.js";

describe("reading data files", () => {
  it("DAT, and tables with the times across or down, give the same series", () => {
    const want = new Map([
      [
        "x[a1]",
        [
          [0, 1],
          [2, 3],
        ],
      ],
      [
        "y",
        [
          [0, 5],
          [2, 7],
        ],
      ],
    ]);
    expect(readDataSeries("x[A1]\n0\t1\n2\t3\ny\n0\t5\n2\t7\n", "d.dat")).toEqual(want);
    expect(readDataSeries("Time\t0\t2\nx[A1]\t1\t3\ny\t5\t7\n", "d.tab")).toEqual(want);
    expect(readDataSeries("Time,x[A1],y\n0,1,5\n2,3,7\n", "d.csv")).toEqual(want);
  });

  it("a cell that is not a number is no point of its series", () => {
    expect(readDataSeries("Time,y\n0,5\n1,n/a\n2,7\n", "d.csv").get("y")).toEqual([
      [0, 5],
      [2, 7],
    ]);
  });
});

describe("data variables without an equation", () => {
  const data = readDataSeries("x\n0\t0\n4\t40\nz\n0\t1\n2\t3\n4\t5\nv[A1]\n0\t1\n", "d.dat");
  const run = (...equations: string[]) => {
    const { model, diagnostics } = readVensimWithDiagnostics(mdl(...equations), {
      externalData: data,
    });
    if (model === undefined) throw new Error(diagnostics.map((d) => d.message).join("; "));
    return { run: runModel(model), diagnostics };
  };

  it("interpolate by default; :RAW: and :HOLD BACKWARD: hold; :LOOK FORWARD: looks ahead", () => {
    for (const [keyword, atTwo] of [
      ["", 20],
      [" :INTERPOLATE:", 20],
      [" :RAW:", 0],
      [" :HOLD BACKWARD:", 0],
      [" :LOOK FORWARD:", 40],
    ] as const) {
      expect(run(`x${keyword}\n\t~\t\n\t~\t\t|\n`).run.at("x", 2), keyword).toBe(atTwo);
    }
  });

  it("GET DATA BETWEEN TIMES reads the series at another time, in the mode given", () => {
    const { run: r } = run(
      "x\n\t~\t\n\t~\t\t|\n",
      "ahead = GET DATA BETWEEN TIMES(x, Time + 2, 0)",
      "forward = GET DATA BETWEEN TIMES(x, 1, 1)",
    );
    expect([r.at("ahead", 0), r.at("ahead", 1)]).toEqual([20, 30]);
    expect(r.at("forward", 0)).toBe(40);
    // After the last point (4) Vensim's reference gives :NA:.
    expect(r.at("ahead", 3)).toBe(-1e38);
  });

  it("GET DATA BETWEEN TIMES rounds the time down before looking forward or holding backward", () => {
    // z has points (0, 1), (2, 3) and (4, 5)
    const { run: r } = run(
      "z\n\t~\t\n\t~\t\t|\n",
      "fwd = GET DATA BETWEEN TIMES(z, Time + 0.5, 1)",
      "back = GET DATA BETWEEN TIMES(z, Time + 0.5, -1)",
    );
    const at = (id: string) => [0, 1, 2, 3].map((t) => r.at(id, t));
    // 0.5, 1.5, 2.5, 3.5 round down to 0, 1, 2, 3: the first point at or after each
    expect(at("fwd")).toEqual([1, 3, 3, 5]);
    // the point before the first point at or after each: at a point's own time (2) the one
    // before it; up to the second point the first value
    expect(at("back")).toEqual([1, 1, 1, 3]);
  });

  it("an element no file holds is :NA:, with a warning", () => {
    const { run: r, diagnostics } = run("D: A1, A2", "v[D]\n\t~\t\n\t~\t\t|\n");
    expect(r.at(r.variables.find((v) => v.name === "v[A2]")!.id, 0)).toBe(-1e38);
    expect(diagnostics.map((d) => [d.severity, d.code])).toContainEqual([
      "warning",
      "data-missing",
    ]);
  });
});
