// Runs the extractor (core/document.ts buildDocument) in a Web Worker so a 1 MB article never freezes
// the window. One worker, reused; each request carries an id so late answers cannot cross. Should the
// worker be unavailable (a module worker refused by the page's origin, a failed load), the same
// function runs on the main thread instead: slower to paint, but the article still opens.

import type { TimelineDocument } from '../../../shared/timeline';
import type { ArticleInput, BuildOptions } from '../../../core/document';
import type { WorkerReply, WorkerRequest } from '../worker';

export type { ArticleInput, BuildOptions };

interface Pending {
  request: WorkerRequest;
  resolve: (doc: TimelineDocument) => void;
  reject: (err: Error) => void;
}

let worker: Worker | null = null;
let workerBroken = false;
let nextId = 1;
const pending = new Map<number, Pending>();

async function buildHere(article: ArticleInput, opts: BuildOptions): Promise<TimelineDocument> {
  const { buildDocument } = await import('../../../core/document');
  return buildDocument(article, opts);
}

function getWorker(): Worker | null {
  if (worker || workerBroken) return worker;
  try {
    worker = new Worker(new URL('../worker.ts', import.meta.url), { type: 'module' });
  } catch {
    workerBroken = true;
    return null;
  }
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
    // The worker itself failed (not the extraction, which replies with ok: false): run what it was
    // asked on the main thread and stop using it.
    event.preventDefault();
    workerBroken = true;
    worker?.terminate();
    worker = null;
    const waiting = [...pending.values()];
    pending.clear();
    for (const w of waiting) buildHere(w.request.article, w.request.opts).then(w.resolve, w.reject);
  };
  return worker;
}

export function buildInWorker(article: ArticleInput, opts: BuildOptions = {}): Promise<TimelineDocument> {
  const id = nextId++;
  const request: WorkerRequest = { id, article: plainCopy(article), opts: plainCopy(opts) };
  performance.mark('factline:extract-start');
  const w = getWorker();
  if (!w) return buildHere(request.article, request.opts);
  return new Promise((resolve, reject) => {
    pending.set(id, { request, resolve, reject });
    w.postMessage(request);
  });
}

/** Plain copy of the input (structured clone refuses Svelte proxies). */
function plainCopy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
