/**
 * ELK (elkjs) layout, run synchronously. elkjs's public `layout()` returns a promise only because
 * it may run in a web worker; its bundled in-process worker computes the layout synchronously
 * and hands the result to `onmessage` at once. Calling that dispatcher directly keeps the
 * renderers synchronous (pictures are pure functions of their input) without a second copy of
 * ELK. Should a later elkjs change that shape, this throws rather than draw nothing.
 */
import type { ElkNode, LayoutOptions } from "elkjs/lib/elk-api.js";
import * as elkWorker from "elkjs/lib/elk-worker.min.js";

interface Message {
  readonly data: { readonly id: number; readonly data?: ElkNode; readonly error?: unknown };
}

interface InProcessWorker {
  onmessage?: (message: Message) => void;
  readonly dispatcher?: { saveDispatch(event: { data: unknown }): void };
}

type WorkerClass = new () => InProcessWorker;
/** The CommonJS module exports `{ default, Worker }`; ESM interop may wrap it once more. */
const exported = elkWorker as unknown as {
  Worker?: WorkerClass;
  default?: WorkerClass | { Worker?: WorkerClass };
};
const Worker: WorkerClass | undefined =
  exported.Worker ??
  (typeof exported.default === "function" ? exported.default : exported.default?.Worker);

/** The algorithms registered, as elkjs's own API registers them by default. */
const ALGORITHMS = ["layered", "stress", "mrtree", "radial", "force", "disco", "rectpacking"];

/** Lay out `graph` in place with ELK and return it; throws the layout's own error. */
export function elkLayoutSync(graph: ElkNode, layoutOptions: LayoutOptions = {}): ElkNode {
  if (Worker === undefined)
    throw new Error("elkjs: no in-process worker (unsupported elkjs version)");
  const worker = new Worker();
  if (worker.dispatcher === undefined) {
    throw new Error("elkjs: the in-process worker has no dispatcher (unsupported elkjs version)");
  }
  const send = (data: unknown): Message["data"] => {
    const box: { reply?: Message["data"] } = {};
    worker.onmessage = (message) => {
      box.reply = message.data;
    };
    worker.dispatcher!.saveDispatch({ data });
    if (box.reply === undefined) throw new Error("elkjs: the in-process worker did not answer");
    if (box.reply.error !== undefined) {
      const e = box.reply.error;
      throw new Error(`elkjs: ${e instanceof Error ? e.message : String(e)}`);
    }
    return box.reply;
  };
  send({ id: 0, cmd: "register", algorithms: ALGORITHMS });
  const reply = send({ id: 1, cmd: "layout", graph, layoutOptions });
  return reply.data ?? graph;
}
