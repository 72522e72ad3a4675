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

// Titles authoring tools fill in by themselves say nothing about the article.
const GENERATED_TITLE = /^(?:untitled|sans titre|microsoft word - .*|document\d*|.*\.(?:docx?|pdf|txt))$/i;

export async function readPdf(
  path: string,
  bytes: Uint8Array,
  onPage: (page: number, pages: number) => void,
): Promise<PdfText> {
  // Loaded on first use: pdf.js is large and most articles are not PDFs.
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = pdfjs.getDocument({
    data: bytes,
    isEvalSupported: false,
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
    const pages: string[][] = [];
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
      pages.push(pageParagraphs(items));
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
