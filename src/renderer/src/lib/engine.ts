// Runs the extractor (core/document.ts buildDocument) in a Web Worker so a 1 MB article never freezes
// the window. One worker, reused; each request carries an id so late answers cannot cross.

import type { TimelineDocument } from '../../../shared/timeline';
import type { ArticleInput, BuildOptions } from '../../../core/document';
import type { WorkerReply, WorkerRequest } from '../worker';

export type { ArticleInput, BuildOptions };

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, { resolve: (doc: TimelineDocument) => void; reject: (err: Error) => void }>();

function getWorker(): Worker {
  if (worker) return worker;
  worker = new Worker(new URL('../worker.ts', import.meta.url), { type: 'module' });
  worker.onmessage = (event: MessageEvent<WorkerReply>) => {
    const reply = event.data;
    const waiting = pending.get(reply.id);
    if (!waiting) return;
    pending.delete(reply.id);
    // For the bench (scripts/bench/pan.mjs): where extraction ends and drawing begins.
    performance.mark('factline:extracted');
    if (reply.ok) waiting.resolve(reply.doc);
    else waiting.reject(new Error(reply.error));
  };
  worker.onerror = (event) => {
    const err = new Error(event.message || 'worker failed');
    for (const waiting of pending.values()) waiting.reject(err);
    pending.clear();
    worker?.terminate();
    worker = null;
  };
  return worker;
}

export function buildInWorker(article: ArticleInput, opts: BuildOptions = {}): Promise<TimelineDocument> {
  const id = nextId++;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    const request: WorkerRequest = { id, article: plainCopy(article), opts };
    performance.mark('factline:extract-start');
    getWorker().postMessage(request);
  });
}

/** Plain copy of the input (structured clone refuses Svelte proxies). */
function plainCopy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
