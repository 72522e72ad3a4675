// The extraction worker: text in, timeline document out. Pure core code only (no DOM, no window.api).

import { buildDocument, type ArticleInput, type BuildOptions } from '../../core/document';
import type { TimelineDocument } from '../../shared/timeline';

export interface WorkerRequest {
  id: number;
  article: ArticleInput;
  opts: BuildOptions;
}

export type WorkerReply =
  { id: number; ok: true; doc: TimelineDocument } | { id: number; ok: false; error: string };

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
  postMessage(reply: WorkerReply): void;
};

scope.onmessage = (event) => {
  const { id, article, opts } = event.data;
  try {
    scope.postMessage({ id, ok: true, doc: buildDocument(article, opts) });
  } catch (err) {
    scope.postMessage({ id, ok: false, error: err instanceof Error ? err.message : String(err) });
  }
};
