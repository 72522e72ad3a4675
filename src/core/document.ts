// Text → the timeline document of the contract (shared/contracts/timeline-json.md). Pure: the CLI, the app's
// worker and the evaluation all call this one function, so they agree on every mention and event.

import {
  TIMELINE_FORMAT,
  type DctSource,
  type DocumentKind,
  type Lang,
  type TimelineDocument,
} from '../shared/timeline';
import { detectLanguage, extractMentions } from './temporal/index';
import { buildEvents } from './timeline/index';

export interface ArticleInput {
  path: string | null;
  title: string | null;
  text: string;
  /** Publication date found in the file, if any. */
  dct: string | null;
  dctSource: DctSource;
  format?: string;
  encoding?: string | null;
}

export interface BuildOptions {
  /** Forced language; detected from the text otherwise. */
  lang?: Lang;
  /** A publication date chosen by the user (`--dct`, or the date field in the app); wins over the file's. */
  dct?: string | null;
  dctSource?: DctSource;
  /** News or narrative, when the user chose it; detected from the text otherwise. */
  kind?: DocumentKind;
}

export function buildDocument(article: ArticleInput, opts: BuildOptions = {}): TimelineDocument {
  const lang = opts.lang ?? detectLanguage(article.text);
  const chosen = opts.dct !== undefined && opts.dct !== null;
  const dct = chosen ? opts.dct! : article.dct;
  const dctSource: DctSource = chosen ? (opts.dctSource ?? 'option') : dct ? article.dctSource : 'none';
  let kind: DocumentKind = opts.kind ?? 'news';
  const mentions = extractMentions(article.text, {
    lang,
    dct,
    kind: opts.kind,
    onKind: (k) => (kind = k),
  });
  const events = buildEvents(article.text, mentions, { lang, dct });
  return {
    format: TIMELINE_FORMAT,
    source: {
      path: article.path,
      title: article.title,
      lang,
      dct,
      dctSource,
      kind,
      ...(article.format ? { format: article.format } : {}),
      ...(article.encoding ? { encoding: article.encoding } : {}),
    },
    text: article.text,
    mentions,
    events,
  };
}
