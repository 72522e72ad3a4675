// Opens articles in a worker thread (see articleWorker.ts) with the same contract as loadArticle: progress
// callbacks, the LoadedArticle, or an ArticleError with its code and message.
import { Worker, type WorkerOptions } from 'node:worker_threads';
import type { LoadedArticle, LoadOptions } from './article';
import { ArticleError, articleErrorFrom, type ArticleErrorCode } from './articleErrors';

export interface WorkerRequest {
  id: number;
  path: string;
}

export type WorkerReply =
  | { id: number; type: 'progress'; fraction: number; stage: string }
  | { id: number; type: 'done'; article: LoadedArticle }
  | { id: number; type: 'error'; code: ArticleErrorCode | null; message: string };

export interface LoaderOptions extends LoadOptions {
  /** Aborted when the user cancels or the open runs past its time limit: the worker is ended, its memory freed. */
  signal?: AbortSignal;
}

export type ArticleLoader = (path: string, opts?: LoaderOptions) => Promise<LoadedArticle>;

/**
 * The reader's own heap: a file that needs more (a PDF whose streams inflate to gigabytes, an HTML page
 * that parses into millions of nodes) ends that worker with a message, never the app.
 */
export const WORKER_LIMITS = { maxOldGenerationSizeMb: 1024, maxYoungGenerationSizeMb: 64, stackSizeMb: 8 };

interface Pending {
  path: string;
  opts: LoaderOptions;
  resolve(article: LoadedArticle): void;
  reject(err: Error): void;
}

/**
 * One long-lived worker (its libraries load once); a crashed worker fails its opens and is replaced, and
 * so does one whose open was given up (cancelled or past the time limit), so its work stops at once.
 */
export function createWorkerLoader(
  script: URL,
  options: WorkerOptions = {},
): ArticleLoader & { close(): Promise<void> } {
  const limits = { ...WORKER_LIMITS, ...options.resourceLimits };
  let worker: Worker | null = null;
  let nextId = 1;
  const pending = new Map<number, Pending>();

  function start(): Worker {
    const w = new Worker(script, { ...options, resourceLimits: limits });
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
      if (worker !== w) return;
      worker = null;
      for (const job of pending.values()) job.reject(jobError(err, job.path));
      pending.clear();
    };
    w.on('error', fail);
    w.on('exit', (code) => fail(new Error(`the article reader stopped unexpectedly (exit code ${code})`)));
    return w;
  }

  const jobError = (err: Error, path: string): Error =>
    (err as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY'
      ? new ArticleError('too-large', path, {
          budget: `more content than the reader's ${limits.maxOldGenerationSizeMb} MB of memory can hold`,
          cause: err,
        })
      : err;

  const load = (path: string, opts: LoaderOptions = {}): Promise<LoadedArticle> =>
    new Promise((resolve, reject) => {
      if (opts.signal?.aborted) return reject(abortError());
      const w = (worker ??= start());
      const id = nextId++;
      pending.set(id, { path, opts, resolve, reject });
      opts.signal?.addEventListener(
        'abort',
        () => {
          if (!pending.has(id)) return;
          // The worker may be deep inside a parser: ending it is the only way to stop the work and free
          // its memory. Any other open on it fails too, and the next open starts a fresh worker.
          if (worker === w) {
            worker = null;
            for (const [other, job] of pending) if (other !== id) job.reject(abortError());
            pending.clear();
            void w.terminate();
          }
          reject(abortError());
        },
        { once: true },
      );
      w.postMessage({ id, path } satisfies WorkerRequest);
    });

  return Object.assign(load, {
    async close() {
      const w = worker;
      worker = null;
      await w?.terminate();
    },
  });
}

const abortError = (): Error => Object.assign(new Error('the open was given up'), { name: 'AbortError' });
