// Worker thread that opens articles, so a 5 MB web page (seconds inside Readability) or a 200-page PDF
// never blocks Electron's main process: the window keeps repainting and answering while it works.
import { parentPort } from 'node:worker_threads';
import { loadArticle } from './article';
import { ArticleError } from './articleErrors';
import type { WorkerReply, WorkerRequest } from './articleLoader';

const port = parentPort;
if (!port) throw new Error('articleWorker runs only as a worker thread');

port.on('message', async ({ id, path }: WorkerRequest) => {
  const reply = (message: WorkerReply): void => port.postMessage(message);
  try {
    const article = await loadArticle(path, {
      onProgress: (fraction, stage) => reply({ id, type: 'progress', fraction, stage }),
    });
    reply({ id, type: 'done', article });
  } catch (err) {
    reply(
      err instanceof ArticleError
        ? { id, type: 'error', code: err.code, message: err.message }
        : { id, type: 'error', code: null, message: String((err as Error)?.message ?? err) },
    );
  }
});
