/**
 * The worker side of the range switch: it receives the page's spec once, then scenarios to
 * sample; it posts progress as runs finish and the percentile bands at the end.
 */

import type { Scenario } from "../../scenario/scenario.js";
import { ExplorerEngine } from "../explorer-engine.js";
import { runEnsemble } from "../explorer-ensemble.js";
import type { ExplorerSpec } from "../explorer-spec.js";

/** A message to the worker. */
export type ToWorker =
  | { readonly kind: "spec"; readonly spec: ExplorerSpec }
  | { readonly kind: "run"; readonly job: number; readonly scenario: Scenario };

/** A message from the worker. */
export type FromWorker =
  | {
      readonly kind: "progress";
      readonly job: number;
      readonly done: number;
      readonly total: number;
    }
  | {
      readonly kind: "bands";
      readonly job: number;
      readonly time: Float64Array;
      readonly runs: number;
      readonly bands: Record<string, { p05: Float64Array; p50: Float64Array; p95: Float64Array }>;
    }
  | { readonly kind: "error"; readonly job: number; readonly message: string };

interface WorkerScope {
  onmessage: ((event: MessageEvent<ToWorker>) => void) | null;
  postMessage(message: FromWorker): void;
}

/** Listen for jobs in a worker scope. */
export function startEnsembleWorker(scope: WorkerScope): void {
  let spec: ExplorerSpec | undefined;
  let engine: ExplorerEngine | undefined;
  scope.onmessage = (event) => {
    const message = event.data;
    switch (message.kind) {
      case "spec":
        spec = message.spec;
        engine = new ExplorerEngine(spec);
        return;
      case "run": {
        const { job } = message;
        try {
          if (spec === undefined || engine === undefined) throw new Error("no spec yet");
          const result = runEnsemble(spec, engine, message.scenario, (done, total) =>
            scope.postMessage({ kind: "progress", job, done, total }),
          );
          const bands = Object.fromEntries(
            Object.entries(result.indicators).map(([id, s]) => [
              id,
              { p05: s.p05, p50: s.p50, p95: s.p95 },
            ]),
          );
          scope.postMessage({ kind: "bands", job, time: result.time, runs: result.runs, bands });
        } catch (error) {
          scope.postMessage({
            kind: "error",
            job,
            message: error instanceof Error ? error.message : String(error),
          });
        }
        return;
      }
    }
  };
}
