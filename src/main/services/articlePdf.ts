// PDF → text with pdf.js (legacy build, which runs in Node without a worker thread), page by page so a
// 200-page report reports progress and never holds more than one page's text items at a time.

import { joinPages, pageParagraphs, type PdfTextItem } from '../../core/article/pdfLayout';
import { parseDateValue, type DateFinding } from '../../core/article/textDate';
import { ArticleError } from './articleErrors';

export interface PdfText {
  text: string;
  title: string | null;
  /** Only an explicit XMP `prism:publicationDate`: a PDF's CreationDate is when the file was made. */
  date: DateFinding | null;
}

/**
 * Far above any article (a 300-page report has some 10⁶ characters), far below what a crafted PDF could ask
 * for: a page tree declaring 10⁹ pages is refused before one page is read; text past the limit stops the read.
 */
export const PDF_LIMITS = {
  maxPages: 2000,
  maxTextChars: 16_000_000,
} as const;

// Titles authoring tools fill in by themselves say nothing about the article.
const GENERATED_TITLE = /^(?:untitled|sans titre|microsoft word - .*|document\d*|.*\.(?:docx?|pdf|txt))$/i;

/**
 * The page count a PDF's uncompressed page tree declares (its largest `/Type /Pages … /Count N`), read with
 * one linear scan before pdf.js parses anything: a 15 MB file of 100 000 pages is refused in milliseconds
 * instead of after seconds of parsing. A tree inside compressed object streams is not seen here; pdf.js's
 * own count is checked after it loads.
 */
export function declaredPageCount(bytes: Uint8Array): number {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  const pagesNode = /\/Type\s*\/Pages\b/g;
  const count = /\/Count\s+(?<n>\d{1,12})/y;
  let most = 0;
  // Each page-tree node is its own object: its dictionary, from `<<` to `>>`, is read once (Kids included).
  for (const m of text.matchAll(pagesNode)) {
    const from = text.lastIndexOf('<<', m.index);
    const to = text.indexOf('>>', m.index);
    if (from < 0 || to < 0) continue;
    for (let at = text.indexOf('/Count', from); at >= 0 && at < to; at = text.indexOf('/Count', at + 6)) {
      count.lastIndex = at;
      const n = count.exec(text)?.groups?.n;
      if (n) most = Math.max(most, Number(n));
    }
  }
  return most;
}

export async function readPdf(
  path: string,
  bytes: Uint8Array,
  onPage: (page: number, pages: number) => void,
  limits: { maxPages: number; maxTextChars: number } = PDF_LIMITS,
): Promise<PdfText> {
  const tooManyPages = (): ArticleError =>
    new ArticleError('too-large', path, { format: 'pdf', budget: `more than ${limits.maxPages} pages` });
  if (declaredPageCount(bytes) > limits.maxPages) throw tooManyPages();
  // Loaded on first use: pdf.js is large and most articles are not PDFs.
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = pdfjs.getDocument({
    data: bytes,
    // No font program is ever compiled to a Function (the pdf.js script-execution advisories go through it).
    isEvalSupported: false,
    enableXfa: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
  });
  let doc;
  try {
    doc = await task.promise;
  } catch (err) {
    await task.destroy();
    if ((err as Error)?.name === 'PasswordException') {
      throw new ArticleError('unsupported', path, {
        kind: 'a password-protected PDF',
        advice: 'open it with its password in a PDF reader, save an unprotected copy and open that instead',
        cause: err,
      });
    }
    throw new ArticleError('corrupt', path, { format: 'pdf', cause: err });
  }
  try {
    if (!(doc.numPages <= limits.maxPages)) throw tooManyPages();
    const pages: string[][] = [];
    let chars = 0;
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      const items: PdfTextItem[] = [];
      for (const item of content.items) {
        if (!('str' in item)) continue; // marked-content boundaries carry no text
        const [, , c, d, x, y] = item.transform as number[];
        items.push({
          str: item.str,
          x,
          y,
          width: item.width,
          height: item.height || Math.hypot(c, d),
          hasEOL: item.hasEOL,
        });
      }
      const paragraphs = pageParagraphs(items);
      for (const p of paragraphs) chars += p.length;
      if (chars > limits.maxTextChars) {
        throw new ArticleError('too-large', path, {
          format: 'pdf',
          budget: `more than ${limits.maxTextChars} characters of text`,
        });
      }
      pages.push(paragraphs);
      page.cleanup();
      onPage(n, doc.numPages);
    }
    const { info, metadata } = await doc.getMetadata().catch(() => ({ info: {}, metadata: null }));
    const infoTitle = String((info as { Title?: unknown }).Title ?? '').trim();
    const xmp = metadata?.getRaw() ?? '';
    const published = /prism:publicationDate(?:\s*=\s*["']|>)\s*(?<value>[^<"']+)/i.exec(xmp)?.groups?.value;
    const date = published ? parseDateValue(published) : null;
    return {
      text: joinPages(pages),
      title: infoTitle && !GENERATED_TITLE.test(infoTitle) ? infoTitle : null,
      date: date ? { date, detail: 'PDF metadata prism:publicationDate' } : null,
    };
  } catch (err) {
    if (err instanceof ArticleError) throw err;
    throw new ArticleError('corrupt', path, { format: 'pdf', cause: err });
  } finally {
    await doc.destroy();
  }
}
