// Opening an article file: read the bytes (with every way that can fail turned into an ArticleError),
// pick the reader by extension and content, decode, extract the text a reader sees, and find the
// publication date the file states. The file's modification time is never used as a date: it says when
// the file was copied, not when the story was written.

import { readFile, stat } from 'node:fs/promises';
import {
  chooseFormat,
  extensionOf,
  firstLineTitle,
  sniffContainer,
  UNSUPPORTED,
} from '../../core/article/format';
import { HtmlBudgetError } from '../../core/article/htmlBudget';
import { findTextDate, type DateFinding } from '../../core/article/textDate';
import type { ArticleFormat } from '../../shared/ipc';
import { ArticleError } from './articleErrors';

// Each reader is imported when a file of its kind is opened, never at start: linkedom + Readability,
// mammoth, pdf.js and the charset guesser together take longer to load than `factline --help` may.
const decoder = () => import('../../core/article/decode');

export { ArticleError } from './articleErrors';

export interface LoadedArticle {
  path: string;
  text: string;
  title: string | null;
  format: ArticleFormat;
  /** The text encoding of .txt/.html/.md files (`UTF-8`, `windows-1252` …); null for .docx and .pdf. */
  encoding: string | null;
  /** Publication date, ISO `YYYY-MM-DD`, or null. */
  dct: string | null;
  dctSource: 'meta' | 'text' | 'none';
  /** Where the date was read: `article:published_time`, `JSON-LD datePublished`, `« Publié le … » line`. */
  dctDetail: string | null;
}

export interface LoadOptions {
  /**
   * Called as the file is read, `fraction` rising from 0 to 1. `stage` is one of `reading`, `extracting`,
   * `page N of M` (PDF), `dating`, `done`.
   */
  onProgress?: (fraction: number, stage: string) => void;
}

export const MAX_ARTICLE_BYTES = 50 * 1024 * 1024;
/**
 * Longest article text the engine is given (after extraction): some 2 MB, a book of 600 pages. Measured
 * with `npm run bench -- hostile`: prose dated in every sentence runs at about 4 s per million characters
 * on these machines, so 50 MB of text would take minutes while no news article comes near this.
 */
export const MAX_ARTICLE_CHARS = 2_000_000;

interface Extracted {
  text: string;
  title: string | null;
  encoding: string | null;
  /** A date the file's metadata declares (HTML metas, front matter, XMP). */
  metaDate: DateFinding | null;
}

export async function loadArticle(path: string, opts: LoadOptions = {}): Promise<LoadedArticle> {
  const progress = opts.onProgress ?? (() => {});
  progress(0, 'reading');
  const bytes = await readBytes(path);
  const format = chooseFormat(path, bytes);
  if (format === 'unsupported') {
    throw new ArticleError('unsupported', path, { kind: UNSUPPORTED[extensionOf(path)] });
  }
  progress(0.1, 'extracting');
  const out = await extract(path, format, bytes, progress);
  if (out.text.length > MAX_ARTICLE_CHARS) {
    throw new ArticleError('too-large', path, {
      format,
      budget: `more than ${MAX_ARTICLE_CHARS.toLocaleString('en')} characters of text`,
    });
  }

  progress(0.95, 'dating');
  const textDate = out.metaDate ? null : findTextDate(out.text);
  const found = out.metaDate ?? textDate;
  progress(1, 'done');
  return {
    path,
    text: out.text,
    title: out.title,
    format,
    encoding: out.encoding,
    dct: found?.date ?? null,
    dctSource: out.metaDate ? 'meta' : textDate ? 'text' : 'none',
    dctDetail: found?.detail ?? null,
  };
}

async function extract(
  path: string,
  format: ArticleFormat,
  bytes: Uint8Array,
  progress: (fraction: number, stage: string) => void,
): Promise<Extracted> {
  switch (format) {
    case 'docx': {
      const { readDocx } = await import('./articleDocx');
      const text = await readDocx(path, bytes);
      if (!text.trim()) throw new ArticleError('empty', path);
      return { text, title: firstLineTitle(text), encoding: null, metaDate: null };
    }
    case 'pdf': {
      if (sniffContainer(bytes) !== 'pdf') throw new ArticleError('corrupt', path, { format: 'pdf' });
      const { readPdf } = await import('./articlePdf');
      const pdf = await readPdf(path, bytes, (n, total) =>
        progress(0.1 + (0.85 * n) / total, `page ${n} of ${total}`),
      );
      if (!pdf.text.trim()) throw new ArticleError('no-article-text', path, { format: 'pdf' });
      return {
        text: pdf.text,
        title: pdf.title ?? firstLineTitle(pdf.text),
        encoding: null,
        metaDate: pdf.date,
      };
    }
    case 'html': {
      const [{ decodeText, declaredCharset }, { extractHtml }] = await Promise.all([
        decoder(),
        import('../../core/article/html'),
      ]);
      const decoded = decodeText(bytes, declaredCharset(bytes));
      if (!decoded) throw new ArticleError('binary', path);
      let html: ReturnType<typeof extractHtml>;
      try {
        html = extractHtml(decoded.text);
      } catch (err) {
        if (!(err instanceof HtmlBudgetError)) throw err;
        throw new ArticleError('too-large', path, {
          format: 'html',
          budget: `more than ${err.limit} elements (tags)`,
          cause: err,
        });
      }
      if (!html) throw new ArticleError('no-article-text', path, { format: 'html' });
      return { text: html.text, title: html.title, encoding: decoded.encoding, metaDate: html.date };
    }
    case 'md': {
      const [{ decodeText }, { extractMarkdown }] = await Promise.all([
        decoder(),
        import('../../core/article/markdown'),
      ]);
      const decoded = decodeText(bytes);
      if (!decoded) throw new ArticleError('binary', path);
      const md = extractMarkdown(decoded.text);
      if (!md.text.trim()) throw new ArticleError('empty', path);
      return { text: md.text, title: md.title, encoding: decoded.encoding, metaDate: md.date };
    }
    case 'txt': {
      const { decodeText } = await decoder();
      const decoded = decodeText(bytes);
      if (!decoded) throw new ArticleError('binary', path);
      // The text stays exactly as decoded: mention offsets must map straight back to the file.
      if (!decoded.text.trim()) throw new ArticleError('empty', path);
      return {
        text: decoded.text,
        title: firstLineTitle(decoded.text),
        encoding: decoded.encoding,
        metaDate: null,
      };
    }
  }
}

async function readBytes(path: string): Promise<Uint8Array> {
  let size: number;
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new ArticleError('directory', path);
    if (!info.isFile()) {
      throw new ArticleError('unsupported', path, {
        kind: 'not a regular file',
        advice: 'choose an article file instead',
      });
    }
    size = info.size;
  } catch (err) {
    throw fsError(path, err);
  }
  if (size > MAX_ARTICLE_BYTES) throw new ArticleError('too-large', path, { size });
  if (size === 0) throw new ArticleError('empty', path);
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(path));
  } catch (err) {
    throw fsError(path, err);
  }
  // The file may have changed between stat and read.
  if (bytes.length > MAX_ARTICLE_BYTES) throw new ArticleError('too-large', path, { size: bytes.length });
  if (bytes.length === 0) throw new ArticleError('empty', path);
  return bytes;
}

function fsError(path: string, err: unknown): unknown {
  if (err instanceof ArticleError) return err;
  switch ((err as NodeJS.ErrnoException)?.code) {
    case 'ENOENT':
    case 'ENOTDIR':
    case 'ENAMETOOLONG':
    case 'ELOOP':
      return new ArticleError('missing', path, { cause: err });
    case 'EACCES':
    case 'EPERM':
      return new ArticleError('permission', path, { cause: err });
    case 'EISDIR':
      return new ArticleError('directory', path, { cause: err });
    default:
      return err;
  }
}
