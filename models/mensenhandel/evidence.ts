import { expectArray, expectString } from "../../src/diagnostics/check-argument.js";
import type { Evidence } from "../../src/model/types.js";
import type { SourceId } from "./sources.js";

/** Evidence that cites sources of research.md; `note` says how they support the link. */
export function source(ids: readonly SourceId[], note?: string): Evidence {
  expectArray("source", "ids", ids);
  if (note !== undefined) expectString("source", "note", note);
  return note === undefined ? { kind: "source", ids } : { kind: "source", ids, note };
}

/** A modelling assumption that no source states, with the one-sentence reasoning behind it. */
export function assumption(reasoning: string): Evidence {
  expectString("assumption", "reasoning", reasoning);
  return { kind: "assumption", reasoning };
}
