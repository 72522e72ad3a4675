// Why an article could not be opened, as a code the UI can switch on (and translate) plus one English
// sentence that names the file, says what is wrong and what to do about it.

import { basename } from 'node:path';
import type { ArticleFormat, OpenErrorCode } from '../../shared/ipc';
import { displayName } from './displayName';

/** 'missing' | 'permission' | 'directory' | 'empty' | 'binary' | 'unsupported' | 'corrupt' | 'too-large' | 'no-article-text' */
export type ArticleErrorCode = Exclude<OpenErrorCode, 'not-allowed' | 'bad-timeline' | 'timeout'>;

export interface ArticleErrorContext {
  /** For 'unsupported': what the file is, e.g. `a Word 97–2003 document (.doc)`. */
  kind?: string;
  /** For 'unsupported': what to do instead, when saving as .docx, .pdf or .txt is not the answer. */
  advice?: string;
  /** For 'too-large': the file's size in bytes. */
  size?: number;
  /**
   * For 'too-large' past a budget other than the file size: what the file has too much of, with the
   * limit, e.g. `more than 120000 elements` or `more than 200 MB of text once unzipped`.
   */
  budget?: string;
  /** For 'corrupt' and 'no-article-text': the format it was read as. */
  format?: ArticleFormat;
  /** The underlying error, kept for logs. */
  cause?: unknown;
}

const MB = 1024 * 1024;

const FORMAT_NAME = {
  txt: 'text file',
  html: 'web page',
  md: 'Markdown file',
  docx: 'Word document',
  pdf: 'PDF',
} as const;

function sentence(code: ArticleErrorCode, name: string, ctx: ArticleErrorContext): string {
  const format = ctx.format ? FORMAT_NAME[ctx.format] : 'file';
  switch (code) {
    case 'missing':
      return `“${name}” cannot be found; check that it has not been moved, renamed or deleted, and choose it again.`;
    case 'permission':
      return `You do not have permission to read “${name}”; change its permissions or copy it to a folder you own, then open it again.`;
    case 'directory':
      return `“${name}” is a folder, not a file; open one of the article files inside it.`;
    case 'empty':
      return `“${name}” is empty; choose a file that contains the article’s text.`;
    case 'binary':
      return `“${name}” is not a text document (it contains binary data); open the article as a .txt, .html, .md, .docx or .pdf file.`;
    case 'unsupported':
      return `“${name}” is ${ctx.kind ?? 'in a format'}, which Factline cannot read; ${ctx.advice ?? 'save it as .docx, .pdf or .txt and open that instead'}.`;
    case 'corrupt':
      return `“${name}” looks damaged and cannot be read as a ${format}; export it again from the program that made it, or open a text version.`;
    case 'too-large':
      if (ctx.budget)
        return `“${name}” has ${ctx.budget}, more than any ${format} Factline can open holds; open a smaller file, or copy just the article into a .txt file.`;
      return `“${name}” is ${Math.round((ctx.size ?? 0) / MB)} MB, more than the 50 MB an article may be; open a smaller file, or copy just the article into a .txt file.`;
    case 'no-article-text':
      return ctx.format === 'html'
        ? `No article text was found in “${name}” (it may be a home page, a login wall, or a page that needs JavaScript); save the article page itself, or paste its text into a .txt file.`
        : ctx.format === 'pdf'
          ? `“${name}” has no selectable text (it is probably a scanned image); run it through text recognition (OCR) first, or open a text version.`
          : `“${name}” contains no article text; choose the file that holds the article.`;
  }
}

export class ArticleError extends Error {
  override readonly name = 'ArticleError';

  constructor(
    readonly code: ArticleErrorCode,
    /** The file as given to `loadArticle`. */
    readonly path: string,
    ctx: ArticleErrorContext = {},
  ) {
    super(
      sentence(code, displayName(basename(path)), ctx),
      ctx.cause === undefined ? undefined : { cause: ctx.cause },
    );
  }
}

export function isArticleError(err: unknown): err is ArticleError {
  return err instanceof ArticleError;
}

/** The same error rebuilt on the other side of a worker boundary, with its message as it was written. */
export function articleErrorFrom(code: ArticleErrorCode, path: string, message: string): ArticleError {
  const err = new ArticleError(code, path);
  err.message = message;
  return err;
}
