import { describe, expect, expectTypeOf, it } from "vitest";
import { ModelError } from "../../src/diagnostics/errors.js";
import { stockFlow, type TypedModel, type VariableId } from "../../src/model/builder.js";
import type { Model } from "../../src/model/types.js";

const teacup = () =>
  stockFlow("Teacup", { start: 0, stop: 30, dt: 0.125 })
    .constant("room_temperature", 70, { name: "Room Temperature", units: "degrees" })
    .constant("characteristic_time", 10)
    .flow("heat_loss_to_room", "(teacup_temperature - room_temperature) / characteristic_time")
    .stock("teacup_temperature", { initial: 180, outflows: ["heat_loss_to_room"] });

function buildError(build: () => unknown): ModelError {
  try {
    build();
  } catch (error) {
    if (error instanceof ModelError) return error;
    throw error;
  }
  throw new Error("expected a ModelError");
}

describe("stockFlow builder", () => {
  it("builds the plain model data, variables in declaration order", () => {
    const model: Model = teacup().build();
    expect(model).toEqual({
      kind: "stock-flow",
      name: "Teacup",
      specs: { start: 0, stop: 30, dt: 0.125 },
      variables: [
        {
          kind: "constant",
          id: "room_temperature",
          name: "Room Temperature",
          units: "degrees",
          value: 70,
        },
        { kind: "constant", id: "characteristic_time", value: 10 },
        {
          kind: "flow",
          id: "heat_loss_to_room",
          equation: "(teacup_temperature - room_temperature) / characteristic_time",
        },
        {
          kind: "stock",
          id: "teacup_temperature",
          initial: "180",
          inflows: [],
          outflows: ["heat_loss_to_room"],
        },
      ],
    });
  });

  it("adds labels and docs to declared variables and to the model", () => {
    const model = teacup()
      .labels("teacup_temperature", { nl: "Temperatuur van de thee", en: "Tea temperature" })
      .doc("teacup_temperature", "the tea")
      .doc("a cooling cup")
      .aux("difference", "teacup_temperature - room_temperature")
      .lookup("effect", { xscale: { min: 0, max: 1 }, y: [0, 1] })
      .build();
    expect(model.doc).toBe("a cooling cup");
    expect(model.variables.find((v) => v.id === "teacup_temperature")).toMatchObject({
      labels: { nl: "Temperatuur van de thee", en: "Tea temperature" },
      doc: "the tea",
    });
    expect(model.variables.map((v) => v.kind)).toEqual([
      "constant",
      "constant",
      "flow",
      "stock",
      "aux",
      "lookup",
    ]);
  });

  it("is immutable: a builder can be extended in two directions", () => {
    const base = stockFlow("m", { start: 0, stop: 1, dt: 1 }).constant("a", 1);
    const one = base.constant("b", 2).build();
    const two = base.constant("c", 3).build();
    expect(one.variables.map((v) => v.id)).toEqual(["a", "b"]);
    expect(two.variables.map((v) => v.id)).toEqual(["a", "c"]);
  });

  it("types the ids of the built model", () => {
    const model = teacup().build();
    expectTypeOf(model).toExtend<Model>();
    expectTypeOf<VariableId<typeof model>>().toEqualTypeOf<
      "room_temperature" | "characteristic_time" | "heat_loss_to_room" | "teacup_temperature"
    >();
    expectTypeOf<VariableId<ReturnType<typeof teacup>>>().toEqualTypeOf<VariableId<typeof model>>();
    expectTypeOf<VariableId<Model>>().toEqualTypeOf<string>();
    expectTypeOf<TypedModel<"x">["variables"][number]["id"]>().toEqualTypeOf<"x">();
  });

  it("rejects at compile time a flow that was not declared before the stock", () => {
    const builder = stockFlow("m", { start: 0, stop: 1, dt: 1 }).flow("inflow", "1");
    // @ts-expect-error "nope" is not a declared flow
    builder.stock("s", { initial: 0, inflows: ["nope"] });
    // @ts-expect-error a constant is not a flow
    builder.constant("c", 1).stock("s", { initial: 0, outflows: ["c"] });
    // @ts-expect-error "inflow" is already declared
    builder.constant("inflow", 1);
    // @ts-expect-error labels only for declared variables
    builder.labels("other", { en: "Other" });
    expect(builder.stock("s", { initial: 0, inflows: ["inflow"] }).build().variables).toHaveLength(
      2,
    );
  });

  it("connects a flow to stocks declared before it with from and to", () => {
    const model = stockFlow("Chain", { start: 0, stop: 1, dt: 1 })
      .stock("source", { initial: 10 })
      .stock("sink", { initial: 0, inflows: [] })
      .flow("transfer", "source / 2", { from: "source", to: "sink" })
      .flow("leak", "sink / 10", { from: "sink" })
      .build();
    expect(model.variables.filter((v) => v.kind === "stock")).toMatchObject([
      { id: "source", inflows: [], outflows: ["transfer"] },
      { id: "sink", inflows: ["transfer"], outflows: ["leak"] },
    ]);
    const base = stockFlow("m", { start: 0, stop: 1, dt: 1 }).stock("s", { initial: 0 });
    // @ts-expect-error "nope" is not a declared stock
    base.flow("f", "1", { to: "nope" });
    // @ts-expect-error a constant is not a stock
    base.constant("c", 1).flow("f", "1", { from: "c" });
  });

  it("checks at build time what types cannot see, reporting every problem", () => {
    const flows = ["later"] as never[];
    const error = buildError(() =>
      stockFlow("Broken", { start: 0, stop: -1, dt: 1 })
        .stock("s", { initial: 0, outflows: flows })
        .constant("Bad Name" as string, 1)
        .constant("s" as string, 2)
        .lookup("g", { x: [0, 1, 2], y: [0, 1] })
        .build(),
    );
    expect(error.message).toMatch(/^cannot build Broken:/);
    expect(error.diagnostics.map((d) => [d.code, d.path])).toEqual([
      ["bad-specs", "specs.stop"],
      ["non-canonical-id", "variables[1].id"],
      ["duplicate-id", "variables[2].id"],
      ["bad-graphical-function", "variables[3].gf.x"],
      ["unknown-flow", "variables[0].outflows[0]"],
    ]);
  });

  it("reports wrong types passed past the type checker as schema diagnostics", () => {
    const error = buildError(() =>
      stockFlow("m", { start: 0, stop: 1, dt: 1 })
        .constant("c", "3" as unknown as number)
        .build(),
    );
    expect(error.diagnostics).toMatchObject([
      { code: "wrong-type", path: "variables[0].value", value: '"3"' },
    ]);
  });
});
