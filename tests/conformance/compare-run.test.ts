import { describe, expect, it } from "vitest";
import { compareRun, compareWithReference, foldHeader } from "../../src/conformance/compare-run.js";
import { pairReference } from "../../src/conformance/find-cases.js";
import { readReferenceOutput } from "../../src/conformance/read-reference-output.js";
import { readVensimDat } from "../../src/conformance/read-vensim-dat.js";
import { Run } from "../../src/simulate/run.js";

function run(columns: Record<string, number[]>, time = [0, 1, 2]): Run {
  const ids = Object.keys(columns);
  return new Run(
    Float64Array.from(time),
    ids.map((id) => ({ id, name: id, kind: "aux" as const })),
    ids.map((id) => Float64Array.from(columns[id]!)),
  );
}

describe("reading reference output", () => {
  it("reads tab-separated output with old-Mac line ends, blank lines and empty cells", () => {
    const text = "Time\tStock A\tFINAL TIME\r\r0\t1\t10\r1\t2\t\r2\t4\t\r";
    expect(readReferenceOutput(text, true)).toEqual({
      headers: ["Stock A", "FINAL TIME"],
      time: [0, 1, 2],
      columns: [
        [1, 2, 4],
        [10, Number.NaN, Number.NaN],
      ],
    });
  });

  it("reads comma-separated output with quoted headers", () => {
    const text = 'Time,"Flow w/ division, lists",x\n0,1,2\n1,3,4\n';
    const ref = readReferenceOutput(text, false);
    expect(ref.headers).toEqual(["Flow w/ division, lists", "x"]);
    expect(ref.columns).toEqual([
      [1, 3],
      [2, 4],
    ]);
  });
});

describe("reading Vensim DAT output", () => {
  it("reads a name line, then time-value lines; a constant has one line", () => {
    const text = "Stock A\n0\t1\n1\t2\r\nrate[A1]\n0\t0.5\n";
    expect(readVensimDat(text)).toEqual({
      headers: ["Stock A", "rate[A1]"],
      time: [0, 1],
      columns: [
        [1, 2],
        [0.5, Number.NaN],
      ],
    });
  });

  it("a data line before any name is an error", () => {
    expect(() => readVensimDat("0\t1\n")).toThrow(/comes before any variable name/);
  });
});

describe("pairing a model file with its reference", () => {
  const names = (...files: string[]) => new Set(files);
  it("takes output.csv, then output.tab, then <name>.dat, then <name>.csv", () => {
    expect(pairReference("m.mdl", names("m.csv", "m.dat", "output.tab", "output.csv"))).toEqual({
      layout: "sdxorg",
      reference: { file: "output.csv", kind: "csv" },
    });
    expect(pairReference("m.mdl", names("m.csv", "m.dat", "output.tab")).reference?.kind).toBe(
      "tab",
    );
    // an XMILE file judged by Vensim's .dat keeps its .csv as Stella's own output of it
    expect(pairReference("m.stmx", names("m.csv", "m.dat"))).toEqual({
      layout: "dat",
      reference: { file: "m.dat", kind: "dat" },
      stellaOutput: "m.csv",
    });
    expect(pairReference("m.mdl", names("m.csv", "m.dat")).stellaOutput).toBeUndefined();
    // else the suite's output_stella.csv, never the file that is already the reference
    expect(pairReference("m.xmile", names("output.csv", "output_stella.csv")).stellaOutput).toBe(
      "output_stella.csv",
    );
    expect(pairReference("m.xmile", names("m.csv")).stellaOutput).toBeUndefined();
    expect(pairReference("m.xmile", names("m.csv", "n.dat")).layout).toBe("named-csv");
    expect(pairReference("m.mdl", names("n.dat"))).toEqual({ layout: "none" });
  });
});

describe("matching columns by canonical name", () => {
  it("folds case, blanks, underscores, quotes and escaped line breaks", () => {
    expect(foldHeader("Stock with \\n Newline")).toBe("stock_with_newline");
    expect(foldHeader('"Heat Loss to Room"')).toBe("heat_loss_to_room");
    expect(foldHeader("TIME_STEP")).toBe("time_step");
  });

  it('array columns (`Stock A[Entry 1]`, `"Two Dims[A,D]"`) match element variables by display name', () => {
    const flat = new Run(
      Float64Array.from([0, 1]),
      [
        { id: "stock_a_entry_1_2", name: "Stock A[Entry 1]", kind: "stock" as const },
        { id: "two_dims_a_d", name: "Two Dims[A,D]", kind: "aux" as const },
      ],
      [Float64Array.from([1, 2]), Float64Array.from([3, 4])],
    );
    const reference = readReferenceOutput(
      'Time\tStock A[Entry 1]\t"Two Dims[A,D]"\n0\t1\t3\n1\t2\t5\n',
      true,
    );
    expect(compareRun(flat, reference)).toBe("Two Dims[A,D] at time 1: expected 5, got 4");
  });
});

describe("compareRun, by the suite's rule", () => {
  const reference = readReferenceOutput(
    "Time,Stock A,SAVEPER\n0,100,1\n1,50,1\n2,0.000002,1\n",
    false,
  );

  it("passes within a relative tolerance of 1e-4 and near zero", () => {
    expect(compareRun(run({ stock_a: [100.009, 50.004, 0] }), reference)).toBeUndefined();
  });

  it("names the first mismatch: variable, time, expected and actual", () => {
    expect(compareRun(run({ stock_a: [100, 50.01, 0] }), reference)).toBe(
      "Stock A at time 1: expected 50, got 50.01",
    );
  });

  it("passes within 1e-6 absolute; near zero, the reference within 3e-6 and the run within 1e-6", () => {
    expect(compareRun(run({ stock_a: [100, 50, 3.5e-6] }), reference)).toBe(
      "Stock A at time 2: expected 0.000002, got 0.0000035",
    );
    expect(compareRun(run({ stock_a: [100, 50, 2.9e-6] }), reference)).toBeUndefined();
    expect(compareRun(run({ stock_a: [100, 50, -9e-7] }), reference)).toBeUndefined();
  });

  it("compares the columns present in both and lists the others", () => {
    const two = readReferenceOutput("Time,x,gone\n0,1,5\n", false);
    expect(compareWithReference(run({ x: [1] }, [0]), two)).toEqual({ missing: ["gone"] });
    expect(compareWithReference(run({ x: [2] }, [0]), two).mismatch).toBe(
      "x at time 0: expected 1, got 2",
    );
  });

  it("a reference none of whose columns the model has fails, bar control columns", () => {
    expect(compareRun(run({ other: [0, 0, 0] }), reference)).toBe(
      'column "Stock A" is not a variable of the model',
    );
  });

  it("every reference time must be in the run, within half a save step", () => {
    expect(compareRun(run({ stock_a: [100, 0] }, [0, 0.5]), reference)).toBe(
      "the run has no row at time 1",
    );
  });

  it("a time printed with fewer digits matches the nearest saved time", () => {
    const short = readReferenceOutput("Time,x\n10,1\n10.0312,2\n10.0625,3\n", false);
    const times = [10, 10.03125, 10.0625];
    expect(compareRun(run({ x: [1, 2, 3] }, times), short)).toBeUndefined();
    expect(compareRun(run({ x: [1, 3, 2] }, times), short)).toBe(
      "x at time 10.0312: expected 2, got 3",
    );
  });

  it("Vensim internal variables (#…#) are not compared", () => {
    const dat = readVensimDat("#SMOOTH(x)#\n0\t5\nx\n0\t1\n");
    expect(compareRun(run({ x: [1] }, [0]), dat)).toBeUndefined();
  });

  it("a reference cell that is not a number is not compared", () => {
    const blank = readReferenceOutput("Time\tx\n0\t1\n1\t\n", true);
    expect(compareRun(run({ x: [1, 99] }, [0, 1]), blank)).toBeUndefined();
  });
});
