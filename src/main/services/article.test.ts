import { mkdir, mkdtemp, rm, truncate, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadArticle, MAX_ARTICLE_BYTES } from './article';
import { ArticleError, type ArticleErrorCode } from './articleErrors';
import { makeDocx, makePdf, makeZip } from './articleFixtures';

// Tests run as root on CI, where chmod 000 does not stop a read: the refusal is simulated for one name.
vi.mock('node:fs/promises', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs/promises')>();
  const readFile = (async (path: Parameters<typeof fs.readFile>[0], ...rest: unknown[]) => {
    if (String(path).endsWith('locked.txt')) throw Object.assign(new Error('EACCES'), { code: 'EACCES' });
    return (fs.readFile as (...a: unknown[]) => unknown)(path, ...rest);
  }) as typeof fs.readFile;
  return { ...fs, readFile };
});

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'factline-article-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function file(name: string, content: string | Uint8Array): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, content);
  return path;
}

const ARTICLE =
  'Guterres à Moscou\r\n\r\nPublié le 22 avril 2022 à 10h15\r\n\r\nÀ Noël, il était déjà là ; l’été « prochain ».\r\n';
const PAGE = (head: string, body = '') => `<!doctype html><html><head>${head}</head><body>
<nav><a href="/">Accueil</a></nav><article><h1>Guterres se rendra à Moscou</h1>${body}
<p>Le secrétaire général de l’ONU se rendra à Moscou mardi et rencontrera le président russe, a déclaré un porte-parole.</p>
<p>Il aura aussi une réunion de travail avec le ministre russe des Affaires étrangères, Sergei Lavrov, à Noël.</p>
</article></body></html>`;

describe('loadArticle: plain text', () => {
  it.each([
    ['UTF-8', 'utf8', [] as number[]],
    ['UTF-8', 'utf8', [0xef, 0xbb, 0xbf]],
    ['UTF-16LE', 'utf16le', [0xff, 0xfe]],
    ['UTF-16BE', 'utf16be', [0xfe, 0xff]],
    ['windows-1252', 'windows-1252', []],
  ])(
    'decodes %s (BOM %j) and returns the text unchanged, line endings included',
    async (encoding, enc, bom) => {
      const path = await file(
        `article-${enc}-${bom.length}.txt`,
        new Uint8Array([...bom, ...iconv.encode(ARTICLE, enc)]),
      );
      const article = await loadArticle(path);
      expect(article).toEqual({
        path,
        text: ARTICLE,
        title: 'Guterres à Moscou',
        format: 'txt',
        encoding,
        dct: '2022-04-22',
        dctSource: 'text',
        dctDetail: '« Publié le 22 avril 2022 à 10h15 » line',
      });
    },
  );

  it('keeps « déjà », « Noël », « été » and œ of an ISO-8859-15 file', async () => {
    const text = 'Le cœur de l’été\nDéjà Noël : 5 € la sœur.';
    const path = await file('latin9.txt', iconv.encode(text.replace('’', "'"), 'iso-8859-15'));
    expect(await loadArticle(path)).toMatchObject({ text: text.replace('’', "'"), encoding: 'ISO-8859-15' });
  });

  it('opens a file with an unknown extension as text when it decodes as text', async () => {
    const path = await file('notes.article', 'Titre\nDu texte.');
    expect(await loadArticle(path)).toMatchObject({
      format: 'txt',
      text: 'Titre\nDu texte.',
      title: 'Titre',
    });
  });

  it('reports no date when the text states none, and never uses the file’s modification time', async () => {
    const path = await file('undated.txt', 'Titre\nUn texte sans date.');
    await utimes(path, new Date('2022-04-22T10:00:00Z'), new Date('2022-04-22T10:00:00Z'));
    expect(await loadArticle(path)).toMatchObject({ dct: null, dctSource: 'none', dctDetail: null });
  });

  it('reports progress from 0 to 1', async () => {
    const calls: [number, string][] = [];
    await loadArticle(await file('progress.txt', 'Titre'), { onProgress: (f, s) => calls.push([f, s]) });
    expect(calls[0]).toEqual([0, 'reading']);
    expect(calls.at(-1)).toEqual([1, 'done']);
    expect(calls.map(([f]) => f)).toEqual([...calls.map(([f]) => f)].sort((a, b) => a - b));
  });
});

describe('loadArticle: web pages', () => {
  it('keeps the article of a Windows-1252 page as text, headline first, with its declared date', async () => {
    const html = PAGE(
      '<meta charset="windows-1252"><meta property="article:published_time" content="2022-04-22T10:15:00+02:00">',
    );
    const article = await loadArticle(await file('page.html', iconv.encode(html, 'windows-1252')));
    expect(article).toMatchObject({
      format: 'html',
      encoding: 'windows-1252',
      title: 'Guterres se rendra à Moscou',
      dct: '2022-04-22',
      dctSource: 'meta',
      dctDetail: 'article:published_time',
    });
    expect(article.text.split('\n\n')[0]).toBe('Guterres se rendra à Moscou');
    expect(article.text).toContain('à Noël.');
    expect(article.text).not.toContain('Accueil');
  });

  it('reads JSON-LD datePublished, <time datetime> and a « Publié le » line, in that order of trust', async () => {
    const ld =
      '<script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","datePublished":"2022-04-21"}]}</script>';
    const time = '<p><time datetime="2022-04-20T08:00">20 avril</time></p>';
    const line = '<p>Publié le 19 avril 2022 à 10h15</p>';
    expect(await loadArticle(await file('ld.htm', PAGE(ld, time + line)))).toMatchObject({
      dct: '2022-04-21',
      dctSource: 'meta',
      dctDetail: 'JSON-LD datePublished',
    });
    expect(await loadArticle(await file('time.htm', PAGE('', time + line)))).toMatchObject({
      dct: '2022-04-20',
      dctSource: 'meta',
      dctDetail: '<time datetime> in <article>',
    });
    expect(await loadArticle(await file('line.htm', PAGE('', line)))).toMatchObject({
      dct: '2022-04-19',
      dctSource: 'text',
      dctDetail: '« Publié le 19 avril 2022 à 10h15 » line',
    });
  });

  it('opens a web page saved without an extension as a web page', async () => {
    expect(await loadArticle(await file('saved-page', PAGE('')))).toMatchObject({ format: 'html' });
  });
});

describe('loadArticle: Markdown', () => {
  it('returns the text a reader sees, headings and paragraphs kept', async () => {
    const path = await file(
      'article.md',
      '# Guterres à **Moscou**\n\nPublished April 22, 2022\n\nHe will meet [Putin](https://x).\n',
    );
    expect(await loadArticle(path)).toEqual({
      path,
      text: 'Guterres à Moscou\n\nPublished April 22, 2022\n\nHe will meet Putin.',
      title: 'Guterres à Moscou',
      format: 'md',
      encoding: 'UTF-8',
      dct: '2022-04-22',
      dctSource: 'text',
      dctDetail: '“Published April 22, 2022” line',
    });
  });

  it('takes the date of YAML front matter as metadata', async () => {
    const path = await file('front.markdown', '---\ntitle: Titre\ndate: 2022-04-22\n---\nTexte.\n');
    expect(await loadArticle(path)).toMatchObject({
      dct: '2022-04-22',
      dctSource: 'meta',
      dctDetail: 'front matter date',
    });
  });
});

describe('loadArticle: Word documents', () => {
  it('extracts the paragraphs in reading order, runs joined', async () => {
    const path = await file(
      'article.docx',
      makeDocx(['Guterres à Moscou', ['Publié le ', '22 avril 2022'], 'Noël, déjà, été.']),
    );
    expect(await loadArticle(path)).toEqual({
      path,
      text: 'Guterres à Moscou\n\nPublié le 22 avril 2022\n\nNoël, déjà, été.',
      title: 'Guterres à Moscou',
      format: 'docx',
      encoding: null,
      dct: '2022-04-22',
      dctSource: 'text',
      dctDetail: '« Publié le 22 avril 2022 » line',
    });
  });

  it('does not take the document’s creation date as its publication date', async () => {
    const core =
      '<?xml version="1.0"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dcterms:created xsi:type="dcterms:W3CDTF">2022-04-22T10:00:00Z</dcterms:created></cp:coreProperties>';
    const path = await file('created.docx', makeDocx(['Titre', 'Texte sans date.'], core));
    expect(await loadArticle(path)).toMatchObject({ dct: null, dctSource: 'none' });
  });
});

describe('loadArticle: PDF', () => {
  const pages = [
    [
      'Guterres à Moscou',
      'Publié le 22 avril 2022 à 10h15',
      'Le secrétaire général se rendra\nà Moscou mardi, déjà.',
    ],
    ['Il rencontrera le président russe à Noël.', 'Fin de l’article (été).'],
  ];

  it('extracts two pages in reading order with paragraphs, reporting each page', async () => {
    const stages: string[] = [];
    const path = await file('article.pdf', makePdf(pages));
    const article = await loadArticle(path, { onProgress: (_f, stage) => stages.push(stage) });
    expect(article).toEqual({
      path,
      text: [
        'Guterres à Moscou',
        'Publié le 22 avril 2022 à 10h15',
        'Le secrétaire général se rendra à Moscou mardi, déjà.',
        'Il rencontrera le président russe à Noël.',
        'Fin de l’article (été).',
      ].join('\n\n'),
      title: 'Guterres à Moscou',
      format: 'pdf',
      encoding: null,
      dct: '2022-04-22',
      dctSource: 'text',
      dctDetail: '« Publié le 22 avril 2022 à 10h15 » line',
    });
    expect(stages).toEqual(['reading', 'extracting', 'page 1 of 2', 'page 2 of 2', 'dating', 'done']);
  });

  it('takes the title from the document information and the date only from XMP prism:publicationDate', async () => {
    const xmp =
      '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description xmlns:prism="http://prismstandard.org/namespaces/basic/2.0/"><prism:publicationDate>2022-04-21</prism:publicationDate></rdf:Description></rdf:RDF></x:xmpmeta>';
    const info = { Title: 'Le titre du PDF', CreationDate: 'D:20220420100000Z' };
    expect(await loadArticle(await file('xmp.pdf', makePdf(pages, { info, xmp })))).toMatchObject({
      title: 'Le titre du PDF',
      dct: '2022-04-21',
      dctSource: 'meta',
      dctDetail: 'PDF metadata prism:publicationDate',
    });
    const undated = makePdf([['Titre', 'Texte.']], {
      info: { Title: 'Microsoft Word - brouillon.docx', CreationDate: 'D:20220420100000Z' },
    });
    expect(await loadArticle(await file('creation.pdf', undated))).toMatchObject({
      title: 'Titre',
      dct: null,
      dctSource: 'none',
    });
  });

  it('opens a PDF named .txt as a PDF', async () => {
    expect(await loadArticle(await file('misnamed.txt', makePdf(pages)))).toMatchObject({ format: 'pdf' });
  });
});

describe('loadArticle: files it cannot open', () => {
  async function failure(path: string): Promise<ArticleError> {
    const err = await loadArticle(path).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ArticleError);
    return err as ArticleError;
  }

  const cases: [ArticleErrorCode, string, () => Promise<string>, RegExp][] = [
    ['missing', 'gone.txt', async () => join(dir, 'gone.txt'), /cannot be found/],
    ['permission', 'locked.txt', () => file('locked.txt', 'Texte'), /permission/],
    [
      'directory',
      'folder.txt',
      async () => (await mkdir(join(dir, 'folder.txt')), join(dir, 'folder.txt')),
      /is a folder/,
    ],
    ['empty', 'zero.txt', () => file('zero.txt', ''), /is empty/],
    ['empty', 'blank.md', () => file('blank.md', ' \n\t\n'), /is empty/],
    [
      'binary',
      'photo.txt',
      () => file('photo.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2])),
      /binary/,
    ],
    ['binary', 'archive.bin', () => file('archive.bin', makeZip({ 'a.txt': 'x' })), /binary/],
    ['unsupported', 'old.doc', () => file('old.doc', 'Texte'), /Word 97–2003 document/],
    ['unsupported', 'letter.rtf', () => file('letter.rtf', '{\\rtf1 Texte}'), /Rich Text Format/],
    [
      'unsupported',
      'secret.pdf',
      () => file('secret.pdf', makePdf([['Secret']], { encrypted: true })),
      /password-protected PDF/,
    ],
    [
      'unsupported',
      'locked.docx',
      () => file('locked.docx', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0])),
      /password-protected/,
    ],
    [
      'corrupt',
      'text.docx',
      () => file('text.docx', 'Ceci n’est pas un document Word.'),
      /damaged.*Word document/,
    ],
    [
      'corrupt',
      'nopart.docx',
      () => file('nopart.docx', makeZip({ 'other.xml': '<x/>' })),
      /damaged.*Word document/,
    ],
    ['corrupt', 'garbage.pdf', () => file('garbage.pdf', '%PDF-1.4\nnot really a PDF\n'), /damaged.*PDF/],
    ['corrupt', 'page.pdf', () => file('page.pdf', '<html><body>Pas un PDF</body></html>'), /damaged.*PDF/],
    [
      'too-large',
      'huge.txt',
      async () => {
        const p = await file('huge.txt', '');
        await truncate(p, MAX_ARTICLE_BYTES + 1);
        return p;
      },
      /more than the 50 MB/,
    ],
    [
      'no-article-text',
      'home.html',
      () =>
        file(
          'home.html',
          '<html><head><title>Accueil</title></head><body><nav><a href="/">Accueil</a></nav></body></html>',
        ),
      /No article text/,
    ],
    ['no-article-text', 'scan.pdf', () => file('scan.pdf', makePdf([[], []])), /no selectable text/],
  ];

  it.each(cases)('refuses with %s: %s', async (code, name, make, says) => {
    const err = await failure(await make());
    expect(err.code).toBe(code);
    expect(err.message).toMatch(says);
    expect(err.message).toContain(`“${name}”`);
    // One sentence: a single final full stop, no second sentence.
    expect(err.message).toMatch(/\.$/);
    expect(err.message.slice(0, -1)).not.toMatch(/[.!?]\s+\p{Lu}/u);
  });
});
