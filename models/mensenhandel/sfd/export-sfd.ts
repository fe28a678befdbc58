/**
 * The stock-and-flow model as files the CLI reads: `mensenhandel-sfd.json` (the model with its
 * calibrated values) and `mensenhandel-sfd.checks.json` (its reality checks), so that
 * `stockflow check models/mensenhandel/sfd/mensenhandel-sfd.json` runs diagnostics, units and
 * every reality check. Run: `npx tsx models/mensenhandel/sfd/export-sfd.ts`.
 */
import { writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import type { Expectation, RealityCheck } from "../../../src/checks/reality-check.js";
import { writeModelJson } from "../../../src/io/write-model.js";
import { sfdRealityChecks } from "./reality-checks.js";
import { mensenhandelSfd } from "./sfd-model.js";

/** The model file's text. */
export function sfdModelJson(): string {
  return writeModelJson(mensenhandelSfd());
}

/** An expectation in the file format: its kind as the key of its value. */
function fileExpectation(e: Expectation): Record<string, unknown> {
  const window = {
    variable: e.variable,
    ...(e.from === undefined ? {} : { from: e.from }),
    ...(e.until === undefined ? {} : { until: e.until }),
  };
  switch (e.kind) {
    case "falls_to":
      return {
        ...window,
        falls_to: e.value,
        within: e.within,
        ...(e.tolerance === undefined ? {} : { tolerance: e.tolerance }),
      };
    case "never_below":
      return { ...window, never_below: e.value };
    case "never_above":
      return { ...window, never_above: e.value };
    case "always_between":
      return { ...window, always_between: [e.lo, e.hi] };
    case "rises":
      return { ...window, rises: true };
    case "falls":
      return { ...window, falls: true };
  }
}

function fileCheck(c: RealityCheck): Record<string, unknown> {
  return {
    name: c.name,
    ...(c.given === undefined ? {} : { given: c.given }),
    expect: fileExpectation(c.expect),
  };
}

/** The reality-check file's text. */
export function sfdChecksJson(): string {
  const file = { stockflow: 1, kind: "reality-checks", checks: sfdRealityChecks.map(fileCheck) };
  return `${JSON.stringify(file, null, 2)}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const model = fileURLToPath(new URL("./mensenhandel-sfd.json", import.meta.url));
  const checks = fileURLToPath(new URL("./mensenhandel-sfd.checks.json", import.meta.url));
  const texts = [sfdModelJson(), sfdChecksJson()];
  await writeFile(model, texts[0]!);
  await writeFile(checks, texts[1]!);
  console.log(`wrote ${model} and ${checks}`);
}
