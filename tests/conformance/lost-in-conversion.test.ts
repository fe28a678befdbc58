import { describe, expect, it } from "vitest";
import { lostInConversion, type VensimSiblings } from "../../src/conformance/lost-in-conversion.js";

const none: VensimSiblings = { mdl: [], dataFiles: [] };
const xmile = (...variables: string[]) =>
  `<xmile>\n<model><variables>\n${variables.join("\n")}\n</variables></model>\n</xmile>`;

describe("evidence that an XMILE conversion lost part of the model", () => {
  it("finds a call kept only in a comment behind a stand-in 0", () => {
    const text = xmile(`<aux name="c"><eqn>0{GET_DIRECT_DATA('?data',_'C_Data')}</eqn></aux>`);
    expect(lostInConversion(text, none)).toBe(
      "not intact: line 3 holds 0 in place of GET_DIRECT_DATA(…), which the converter left in a comment",
    );
  });

  it("finds a call the converter marked as untranslated", () => {
    const text = xmile(
      `<aux name="s"><eqn>{Untranslated function used}ALLOCATE AVAILABLE(d[r], p[r, t], a)</eqn></aux>`,
    );
    expect(lostInConversion(text, none)).toMatch(
      /^not intact: line 3 marks ALLOCATE AVAILABLE as a function the converter did not translate/,
    );
  });

  it("leaves a comment that is only a comment alone", () => {
    expect(lostInConversion(xmile(`<aux name="c"><eqn>10 {years}</eqn></aux>`), none)).toBe(
      undefined,
    );
  });

  it("finds an element defined twice where the Vensim file has :EXCEPT:", () => {
    const z = `<aux name="z"><element subscript="A2"><eqn>x*y</eqn></element><element subscript="A1"><eqn>10</eqn></element><element subscript="A2"><eqn>10</eqn></element></aux>`;
    const mdl: VensimSiblings = {
      mdl: [["except.mdl", "z[SubA] = x * y ~~|\nz[DimA] :EXCEPT: [SubA] = 10 ~~|"]],
      dataFiles: [],
    };
    expect(lostInConversion(xmile(z), mdl)).toBe(
      "not intact: z defines element A2 twice, as x*y and as 10 (except.mdl writes it with :EXCEPT:, which the conversion lost)",
    );
    expect(lostInConversion(xmile(z), none)).toBe(undefined);
  });

  it("finds a lost dimension mapping only where an equation crosses it", () => {
    const mdl: VensimSiblings = {
      mdl: [["mapping.mdl", "DimC: SubC, C3 -> DimD ~~|\nDimB: B1, B2 -> (DimA: SubA, A3) ~~|"]],
      dataFiles: [],
    };
    const d = `<aux name="d"><eqn>c[DimC]*10</eqn><dimensions><dim name="DimD"/></dimensions></aux>`;
    expect(lostInConversion(xmile(d), mdl)).toBe(
      "not intact: d combines dimc and dimd, which mapping.mdl maps onto each other; the file has no mapping (maps_to)",
    );
    const a = `<aux name="a"><eqn>b[DimB]*10</eqn><dimensions><dim name="DimA"/></dimensions></aux>`;
    expect(lostInConversion(xmile(a), mdl)).toMatch(/^not intact: a combines dimb and dima/);
    const own = `<aux name="e"><eqn>c[DimC]</eqn><dimensions><dim name="DimC"/></dimensions></aux>`;
    expect(lostInConversion(xmile(own), mdl)).toBe(undefined);
    expect(lostInConversion(`<dim name="DimD" isee:maps_to="DimC"/>${xmile(d)}`, mdl)).toBe(
      undefined,
    );
  });

  it("finds a data variable of the Vensim file that the XMILE file defines by a stand-in", () => {
    const siblings: VensimSiblings = {
      mdl: [
        [
          "sumif.mdl",
          "{UTF-8}\nDimA: A1, A2 ~~|\nA Values[DimA]\n  ~~|\nTotal = SUM(A Values[DimA!]) ~~|",
        ],
      ],
      dataFiles: [["sumif_spec.json", ["sumif_data.dat"]]],
    };
    const text = xmile(`<aux name="A Values"><eqn>TIME</eqn></aux>`);
    expect(lostInConversion(text, siblings)).toBe(
      "not intact: A Values is a data variable of sumif.mdl, read from sumif_data.dat (sumif_spec.json); the file holds a stand-in equation instead",
    );
    expect(lostInConversion(text, { ...siblings, dataFiles: [] })).toBe(undefined);
  });
});
