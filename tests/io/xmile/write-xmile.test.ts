import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { ModelError } from "../../../src/diagnostics/errors.js";
import { readXmile, readXmileWithDiagnostics } from "../../../src/io/xmile/read-xmile.js";
import { writeXmile } from "../../../src/io/xmile/write-xmile.js";
import type { Model } from "../../../src/model/types.js";

/** A model without `source` and without `loc` on its variables, for comparing. */
function comparable(model: Model): Model {
  const { source: _source, ...rest } = model;
  return {
    ...rest,
    variables: model.variables.map((v) => {
      const { loc: _loc, ...plain } = v;
      return plain;
    }),
  };
}

const teacup: Model = {
  kind: "stock-flow",
  name: "Teacup",
  specs: { start: 0, stop: 30, dt: 0.125, saveper: 1, method: "rk4", timeUnits: "minutes" },
  variables: [
    {
      kind: "stock",
      id: "teacup_temperature",
      name: "Teacup Temperature",
      initial: "180",
      inflows: [],
      outflows: ["heat_loss"],
      nonNegative: true,
      units: "degrees",
      doc: "tea & <heat>",
    },
    {
      kind: "flow",
      id: "heat_loss",
      name: "Heat Loss",
      equation: "if_then_else(time > 5 and not (x == 1), delay_n(x, 3, x, 4), -x ^ 2 mod 3)",
    },
    { kind: "constant", id: "x", value: -2.5 },
    {
      kind: "lookup",
      id: "effect",
      gf: { type: "extrapolate", xscale: { min: 0, max: 1 }, y: [0, 1] },
    },
    {
      kind: "aux",
      id: "y",
      name: "Room temp",
      equation: "effect(x) + smooth_n(x, 2, 0, 3) + xidz(x, 2, 1) + pulse(1, 2) + time_step",
      gf: { x: [0, 1, 2], y: [1, 2, 3], yscale: { min: 0, max: 5 } },
    },
    { kind: "aux", id: "time_step", equation: "dt * 1" },
  ],
  view: {
    elements: [
      { kind: "node", variable: "teacup_temperature", x: 100, y: 50, width: 40, height: 30 },
      { kind: "node", variable: "heat_loss", x: 200, y: 50 },
      {
        kind: "pipe",
        flow: "heat_loss",
        points: [
          { x: 120, y: 50 },
          { x: 280, y: 50 },
        ],
      },
      { kind: "node", variable: "x", x: 200, y: 120 },
      { kind: "node", variable: "x", x: 20, y: 120 },
      { kind: "connector", from: "x", to: "heat_loss", angle: 90 },
      { kind: "cloud", flow: "heat_loss", x: 280, y: 50 },
    ],
  },
};

describe("writeXmile", () => {
  it("writes XMILE 1.0 with header, sim_specs and XMILE expression syntax", () => {
    const text = writeXmile(teacup);
    expect(text).toContain(
      '<xmile version="1.0" xmlns="http://docs.oasis-open.org/xmile/ns/XMILE/v1.0"',
    );
    expect(text).toContain('<sim_specs method="rk4" time_units="minutes" isee:save_interval="1">');
    expect(text).toContain(
      "<eqn>IF TIME &gt; 5 AND NOT (x = 1) THEN DELAYN(x, 3, 4, x) ELSE -x ^ 2 MOD 3</eqn>",
    );
    expect(text).toContain("<doc>tea &amp; &lt;heat&gt;</doc>");
    expect(text).toContain("<non_negative/>");
    expect(text).toContain('<gf name="effect" type="extrapolate">');
    expect(text).toContain(
      '<eqn>effect(x) + SMTHN(x, 2, 3, 0) + SAFEDIV(x, 2, 1) + VENSIM_PULSE(1, 2) + "time_step"</eqn>',
    );
    expect(text).toContain("<outflow>Heat_Loss</outflow>");
  });

  it("reads back into an equal model, the cloud placed again from the pipe", () => {
    const back = comparable(readXmile(writeXmile(teacup)));
    expect(back).toEqual({
      ...teacup,
      variables: teacup.variables.map((v) =>
        v.id === "heat_loss"
          ? {
              ...v,
              equation:
                "if_then_else(time > 5 and not (x == 1), delay_n(x, 3, x, 4), -x ^ 2 mod 3)",
            }
          : v.id === "y"
            ? // "Room temp" would read back as another id, so the id is the XMILE name.
              { ...v, name: "y" }
            : // Names default to ids when the model has none.
              { name: v.id, ...v },
      ),
    });
  });

  it("uses ids as XMILE names where the display name would map to another id", () => {
    const model: Model = {
      kind: "stock-flow",
      specs: { start: 0, stop: 1, dt: 1 },
      variables: [
        { kind: "constant", id: "k", name: "Growth rate (per year)", value: 1 },
        { kind: "aux", id: "b", equation: "k * 2" },
      ],
    };
    const text = writeXmile(model);
    expect(text).toContain('<aux name="k">');
    expect(readXmile(text).variables.map((v) => v.id)).toEqual(["k", "b"]);
  });

  it("refuses to write an equation that does not parse, naming the variable", () => {
    const bad: Model = {
      kind: "stock-flow",
      specs: { start: 0, stop: 1, dt: 1 },
      variables: [{ kind: "aux", id: "a", equation: "1 +" }],
    };
    expect(() => writeXmile(bad)).toThrow(ModelError);
    try {
      writeXmile(bad);
    } catch (e) {
      expect((e as ModelError).diagnostics[0]).toMatchObject({ variable: "a" });
    }
  });

  it("refuses a control value set by a variable, which XMILE's sim_specs cannot hold", () => {
    const dynamic: Model = {
      kind: "stock-flow",
      specs: { start: 0, stop: 100, dt: 1, control: { stop: "final_time" } },
      variables: [{ kind: "aux", id: "final_time", equation: "if time > 5 then time else 100" }],
    };
    expect(() => writeXmile(dynamic)).toThrow(ModelError);
    try {
      writeXmile(dynamic);
    } catch (e) {
      expect((e as ModelError).diagnostics[0]).toMatchObject({
        code: "unsupported",
        path: "specs.control.stop",
        message:
          'unsupported: XMILE sim_specs hold numbers, but specs.control.stop is set by the variable "final_time"',
      });
    }
  });
});

const suite = fileURLToPath(new URL("../../../../shared/test-models", import.meta.url));

function modelFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return modelFiles(path);
    return /\.(xmile|stmx)$/i.test(name) ? [path] : [];
  });
}

describe("round trip over the SDXorg test-models copy", () => {
  if (!existsSync(suite)) {
    it.skip(`skipped: no test-models copy at ${suite}`, () => {});
    return;
  }
  const files = modelFiles(suite).sort();
  const readable = files.filter(
    (f) => readXmileWithDiagnostics(readFileSync(f, "utf8")).model !== undefined,
  );

  it("has files that read", () => {
    expect(readable.length).toBeGreaterThan(40);
  });

  it.each(readable.map((f) => [f.slice(suite.length + 1), f]))(
    "%s: readXmile(writeXmile(m)) equals m",
    (_name, file) => {
      const model = readXmile(readFileSync(file, "utf8"), { file });
      expect(comparable(readXmile(writeXmile(model)))).toEqual(comparable(model));
    },
  );
});
