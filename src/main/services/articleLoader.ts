// Opens articles in a worker thread (see articleWorker.ts) with the same contract as loadArticle: progress
// callbacks, the LoadedArticle, or an ArticleError with its code and message.
import { Worker, type WorkerOptions } from 'node:worker_threads';
import type { LoadedArticle, LoadOptions } from './article';
import { articleErrorFrom, type ArticleErrorCode } from './articleErrors';

export interface WorkerRequest {
  id: number;
  path: string;
}

export type WorkerReply =
  | { id: number; type: 'progress'; fraction: number; stage: string }
  | { id: number; type: 'done'; article: LoadedArticle }
  | { id: number; type: 'error'; code: ArticleErrorCode | null; message: string };

export type ArticleLoader = (path: string, opts?: LoadOptions) => Promise<LoadedArticle>;

interface Pending {
  path: string;
  opts: LoadOptions;
  resolve(article: LoadedArticle): void;
  reject(err: Error): void;
}

/** One long-lived worker (its libraries load once); a crashed worker fails its opens and is replaced. */
export function createWorkerLoader(
  script: URL,
  options: WorkerOptions = {},
): ArticleLoader & { close(): Promise<void> } {
  let worker: Worker | null = null;
  let nextId = 1;
  const pending = new Map<number, Pending>();

  function start(): Worker {
    const w = new Worker(script, options);
    w.unref();
    w.on('message', (reply: WorkerReply) => {
      const job = pending.get(reply.id);
      if (!job) return;
      if (reply.type === 'progress') return job.opts.onProgress?.(reply.fraction, reply.stage);
      pending.delete(reply.id);
      if (reply.type === 'done') job.resolve(reply.article);
      else if (reply.code) job.reject(articleErrorFrom(reply.code, job.path, reply.message));
      else job.reject(new Error(reply.message));
    });
    const fail = (err: Error): void => {
      worker = null;
      for (const job of pending.values()) job.reject(err);
      pending.clear();
    };
    w.on('error', fail);
    w.on('exit', (code) => {
      if (worker === w) fail(new Error(`the article reader stopped unexpectedly (exit code ${code})`));
    });
    return w;
  }

  const load = (path: string, opts: LoadOptions = {}): Promise<LoadedArticle> =>
    new Promise((resolve, reject) => {
      worker ??= start();
      const id = nextId++;
      pending.set(id, { path, opts, resolve, reject });
      worker.postMessage({ id, path } satisfies WorkerRequest);
    });

  return Object.assign(load, {
    async close() {
      const w = worker;
      worker = null;
      await w?.terminate();
    },
  });
}
