import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { modelJsonSchema } from "../../src/model/model-json-schema.js";

const stored = () =>
  JSON.parse(readFileSync(new URL("../../docs/model.schema.json", import.meta.url), "utf8"));

describe("modelJsonSchema", () => {
  it("is what docs/model.schema.json holds (regenerate it when the schema changes)", () => {
    // To regenerate: npx tsx -e 'import("./src/model/model-json-schema.ts").then(m =>
    //   process.stdout.write(JSON.stringify(m.modelJsonSchema(), null, 2) + "\n"))' > docs/model.schema.json
    expect(stored()).toEqual(modelJsonSchema());
  });

  it("is strict and asks for the version field", () => {
    const schema = modelJsonSchema() as {
      required: string[];
      additionalProperties: boolean;
      properties: Record<string, unknown>;
    };
    expect(schema.additionalProperties).toBe(false);
    expect(schema.required).toEqual(
      expect.arrayContaining(["stockflow", "kind", "specs", "variables"]),
    );
    expect(schema.properties.stockflow).toEqual({ type: "number", const: 1 });
  });
});
