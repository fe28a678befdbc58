/**
 * The page side of the range switch: a Web Worker made from the page's own script (a Blob URL,
 * which works from file:// where a worker file could not be loaded), one job at a time. A new
 * job replaces a running one: the worker is stopped and started afresh, so a band always
 * belongs to the settings it is drawn for.
 */
import type { Scenario } from "../../scenario/scenario.js";
import type { ExplorerSpec } from "../explorer-spec.js";
import type { FromWorker } from "./ensemble-worker.js";

/** What the client tells the page. */
export interface EnsembleListener {
  progress(done: number, total: number): void;
  bands(result: Extract<FromWorker, { kind: "bands" }>): void;
  error(message: string): void;
}

/** Runs ensembles in a worker made from `source` (the page's script text). */
export class EnsembleClient {
  private worker: Worker | undefined;
  private busy = false;
  private job = 0;
  private readonly url: string;

  constructor(
    private readonly spec: ExplorerSpec,
    source: string,
    private readonly listener: EnsembleListener,
  ) {
    this.url = URL.createObjectURL(new Blob([source], { type: "text/javascript" }));
  }

  /** Start the ensemble of `scenario`, replacing any job still running. */
  run(scenario: Scenario): void {
    if (this.busy) this.stop();
    const worker = this.worker ?? this.start();
    this.busy = true;
    this.job += 1;
    worker.postMessage({ kind: "run", job: this.job, scenario });
  }

  /** Stop a running job. */
  stop(): void {
    this.worker?.terminate();
    this.worker = undefined;
    this.busy = false;
  }

  private start(): Worker {
    const worker = new Worker(this.url);
    worker.onmessage = (event: MessageEvent<FromWorker>) => {
      const m = event.data;
      if (m.job !== this.job) return;
      switch (m.kind) {
        case "progress":
          this.listener.progress(m.done, m.total);
          return;
        case "bands":
          this.busy = false;
          this.listener.bands(m);
          return;
        case "error":
          this.busy = false;
          this.listener.error(m.message);
          return;
      }
    };
    worker.onerror = (event) => {
      this.busy = false;
      this.listener.error(event.message);
    };
    worker.postMessage({ kind: "spec", spec: this.spec });
    this.worker = worker;
    return worker;
  }
}
