// Loader budgets (issue 13): a hostile file gets one sentence naming the file and the limit, quickly,
// instead of hours of work or gigabytes of memory.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_HTML_ELEMENTS } from '../../core/article/htmlBudget';
import { loadArticle, MAX_ARTICLE_CHARS } from './article';
import { ArticleError } from './articleErrors';
import { makeDocx, makePdf, makeZip } from './articleFixtures';
import { declaredPageCount, PDF_LIMITS, readPdf } from './articlePdf';
import { ZIP_LIMITS } from './zipBudget';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'factline-budgets-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function file(name: string, content: string | Uint8Array): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, content);
  return path;
}

async function failure(path: string): Promise<ArticleError> {
  const err = await loadArticle(path).then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(ArticleError);
  return err as ArticleError;
}

const STORY =
  '<p>Le 3 mars 2022, le président a annoncé une réforme importante du système des retraites du pays.</p>';

describe('HTML budgets', () => {
  it('opens a page nested 200 000 <div> deep as its story', async () => {
    const deep = `<html><body>${'<div>'.repeat(200_000)}${STORY}${'</div>'.repeat(200_000)}</body></html>`;
    const article = await loadArticle(await file('deep.html', deep));
    expect(article.text).toContain('Le 3 mars 2022, le président a annoncé');
  });

  it('refuses a page with more elements than the limit, naming the file and the limit', async () => {
    const crowded = `<html><body>${STORY}${'<span>a</span>'.repeat(MAX_HTML_ELEMENTS + 1)}</body></html>`;
    const err = await failure(await file('crowded.html', crowded));
    expect(err.code).toBe('too-large');
    expect(err.message).toBe(
      `“crowded.html” has more than ${MAX_HTML_ELEMENTS} elements (tags), more than any web page Factline can open holds; open a smaller file, or copy just the article into a .txt file.`,
    );
  });
});

describe('Word budgets', () => {
  it('refuses a zip bomb by its compression ratio before unzipping it, naming the file and the limit', async () => {
    // 20 MB of one repeated paragraph, in a .docx of about 20 kB.
    const paragraph = '<w:p><w:r><w:t>Le 3 mars 2022.</w:t></w:r></w:p>';
    const xml = `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${paragraph.repeat(400_000)}</w:body></w:document>`;
    const bomb = makeZip({ 'word/document.xml': xml });
    expect(bomb.length).toBeLessThan(MAX_BOMB_BYTES);
    const err = await failure(await file('bomb.docx', bomb));
    expect(err.code).toBe('too-large');
    expect(err.message).toBe(
      `“bomb.docx” has a part (word/document.xml) that unzips to more than ${ZIP_LIMITS.maxRatio} times its size, more than any Word document Factline can open holds; open a smaller file, or copy just the article into a .txt file.`,
    );
  });

  it('refuses a part that holds more than its header declares as damaged', async () => {
    const docx = Buffer.from(makeDocx(['Le 3 mars 2022, il est parti.']));
    // Halve the declared size of word/document.xml in both headers.
    const key = Buffer.from('word/document.xml');
    for (let p = 0; p < docx.length - 4; p++) {
      const sig = docx.readUInt32LE(p);
      if (sig === 0x04034b50 && docx.subarray(p + 30, p + 30 + key.length).equals(key))
        docx.writeUInt32LE(docx.readUInt32LE(p + 22) >> 1, p + 22);
      if (sig === 0x02014b50 && docx.subarray(p + 46, p + 46 + key.length).equals(key))
        docx.writeUInt32LE(docx.readUInt32LE(p + 24) >> 1, p + 24);
    }
    const err = await failure(await file('liar.docx', docx));
    expect(err.code).toBe('corrupt');
    expect(err.message).toMatch(/“liar\.docx” looks damaged/);
  });
});

const MAX_BOMB_BYTES = 1024 * 1024;

describe('PDF budgets', () => {
  it('refuses more pages than the limit before reading one, naming the file and the limit', async () => {
    const pages = Array.from({ length: PDF_LIMITS.maxPages + 1 }, () => [['Le 3 mars 2022.']][0]!);
    const err = await failure(await file('thick.pdf', makePdf(pages)));
    expect(err.code).toBe('too-large');
    expect(err.message).toBe(
      `“thick.pdf” has more than ${PDF_LIMITS.maxPages} pages, more than any PDF Factline can open holds; open a smaller file, or copy just the article into a .txt file.`,
    );
  });

  it('refuses a page tree declaring a billion pages before pdf.js parses anything', async () => {
    const pdf = Buffer.from(makePdf([['Le 3 mars 2022, il est parti.']]))
      .toString('latin1')
      .replace('/Count 1 ', '/Count 999999999 ');
    expect(declaredPageCount(Buffer.from(pdf, 'latin1'))).toBe(999_999_999);
    let pagesRead = 0;
    const err = await readPdf('liar.pdf', new Uint8Array(Buffer.from(pdf, 'latin1')), () => pagesRead++).then(
      () => null,
      (e: unknown) => e as ArticleError,
    );
    expect(err?.message).toMatch(/^“liar\.pdf” has more than 2000 pages/);
    expect(pagesRead).toBe(0);
  });

  it('reads the page count of an ordinary PDF as it is', () => {
    expect(declaredPageCount(makePdf([['a'], ['b'], ['c']]))).toBe(3);
  });

  it('stops reading once the text passes its limit', async () => {
    const long = 'Le 3 mars 2022, le président a annoncé une réforme du système des retraites.';
    const pdf = makePdf([[long], [long], [long], [long]]);
    let pagesRead = 0;
    const err = await readPdf('wordy.pdf', pdf, () => pagesRead++, { maxPages: 10, maxTextChars: 100 }).then(
      () => null,
      (e: unknown) => e as ArticleError,
    );
    expect(err?.message).toMatch(/^“wordy\.pdf” has more than 100 characters of text/);
    expect(pagesRead).toBe(1);
  });
});

describe('text budget', () => {
  it('refuses more article text than the engine handles quickly, naming the file and the limit', async () => {
    const long = 'Le 3 mars 2022, il est parti. '.repeat(Math.ceil((MAX_ARTICLE_CHARS + 1) / 30));
    const err = await failure(await file('long.txt', long));
    expect(err.code).toBe('too-large');
    expect(err.message).toBe(
      '“long.txt” has more than 2,000,000 characters of text, more than any text file Factline can open holds; open a smaller file, or copy just the article into a .txt file.',
    );
    const fits = await loadArticle(await file('fits.txt', long.slice(0, MAX_ARTICLE_CHARS)));
    expect(fits.text.length).toBe(MAX_ARTICLE_CHARS);
  });
});
