/**
 * Whatever the text, the reader returns a model or located diagnostics and never throws:
 * random cuts, deletions and insertions of characters that matter to the format, applied to
 * a small model with arrays, lookups, a macro and a sketch.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readVensimWithDiagnostics } from "../../../src/io/vensim/index.js";
import { control } from "./mdl.js";

const MODEL = `{UTF-8}
:MACRO: HALF(x)
HALF = x / 2 ~~|
:END OF MACRO:
D : a, b, c -> E ~~|
E : x, y, z ~~|
S : b, c ~~|
v[D] = 1, 2, 3 ~~|
w[D] :EXCEPT: [a] = v[D] * HALF(Time) ~~|
w[a] = SUM(v[D!]) ~~|
t( [(0,0)-(2,2)], (0,0), (1,1), (2,2) ) ~~|
"odd \\"name\\"" = t(v[b]) :AND: 1 <> 2 ~~|
s[E] = INTEG(v[D] - "odd \\"name\\"", 0) ~~|
${control()}
\\\\\\---/// Sketch information
*View 1
10,1,v,10,10,5,5,3,3,0,0,0,0,0,0
1,2,1,1,0,0,43,0,0,64,0,-1--1--1,,1|(5,5)|
`;

const SPECIAL = [...'|~[](),:;="\\{}!-+*/^<>\n '];

describe("readVensim never crashes", () => {
  it("reads the unbroken model", () => {
    expect(readVensimWithDiagnostics(MODEL).model).toBeDefined();
  });

  it("gives a model or located diagnostics for any edit of it", () => {
    const edit = fc.tuple(
      fc.nat({ max: MODEL.length }),
      fc.nat({ max: 3 }),
      fc.constantFrom("", ...SPECIAL),
    );
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 4 }), fc.boolean(), (edits, cut) => {
        let text = MODEL;
        for (const [at, remove, insert] of edits)
          text = text.slice(0, at) + insert + text.slice(at + remove);
        if (cut) text = text.slice(0, edits[0]![0]);
        const reading = readVensimWithDiagnostics(text, { file: "fuzz.mdl" });
        if (reading.model === undefined)
          expect(reading.diagnostics.some((d) => d.severity === "error")).toBe(true);
        for (const d of reading.diagnostics) {
          expect(d.line).toBeGreaterThanOrEqual(1);
          expect(d.column).toBeGreaterThanOrEqual(1);
        }
      }),
      { numRuns: 400, seed: 4 },
    );
  });
});
