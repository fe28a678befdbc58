/**
 * The script of an explorer page. In the page it reads the embedded spec and the state from the
 * URL fragment and mounts the explorer; the same script, loaded as a Web Worker from a Blob
 * URL, runs the range ensemble.
 */
import { decodeFragment } from "../explorer-fragment.js";
import type { ExplorerSpec } from "../explorer-spec.js";
import { startEnsembleWorker } from "./ensemble-worker.js";
import { ExplorerPage } from "./explorer-page.js";
import { APP_ID, SPEC_ID } from "./page-ids.js";

if (typeof document === "undefined") {
  startEnsembleWorker(self as unknown as Parameters<typeof startEnsembleWorker>[0]);
} else {
  const spec = JSON.parse(document.getElementById(SPEC_ID)!.textContent!) as ExplorerSpec;
  const source = document.getElementById(APP_ID)!.textContent!;
  const { state, problems } = decodeFragment(spec, location.hash);
  new ExplorerPage(spec, state, source, document.getElementById("app")!, problems).mount();
}
