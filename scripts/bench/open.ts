// How long opening an article takes, end to end through `loadArticle` (read, decode, extract, date):
// a generated 5 MB news web page with the usual clutter (and a 300 kB one, a typical size, for scale),
// and a generated 200-page PDF report. Best of 3.
import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadArticle } from '../../src/main/services/article';
import { makePdf } from '../../src/main/services/articleFixtures';

const SENTENCE =
  'Le secrétaire général des Nations unies se rendra à Moscou mardi et rencontrera le président russe, a déclaré vendredi un porte-parole lors d’un point de presse à New York.';

function bigHtml(bytes: number): string {
  const head = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Le Journal</title>
<meta property="article:published_time" content="2022-04-22T10:15:00+02:00">
<script>window.dataLayer = [];</script><style>body { font: 16px serif }</style></head><body>
<nav>${'<a href="/rubrique">Rubrique</a> '.repeat(50)}</nav><div id="cookie-banner">Nous utilisons des cookies.</div>
<article><h1>Guterres se rendra à Moscou mardi</h1>`;
  const block = (i: number) =>
    `<p>${SENTENCE} <a href="/x${i}">En savoir plus</a> ${SENTENCE}</p>\n` +
    (i % 20 === 0 ? `<div class="ad-slot"><script>ads.push(${i})</script>Publicité</div>\n` : '');
  const parts = [head];
  let size = head.length;
  for (let i = 0; size < bytes; i++) {
    const b = block(i);
    parts.push(b);
    size += Buffer.byteLength(b);
  }
  parts.push('</article><footer>© Le Journal</footer></body></html>');
  return parts.join('');
}

function bigPdf(pages: number): Uint8Array {
  const page = (n: number) => [
    `Chapitre ${n}`,
    ...Array.from({ length: 6 }, () =>
      [
        'Le secrétaire général des Nations unies se rendra à Moscou',
        'mardi et rencontrera le président russe, a déclaré vendredi',
        'un porte-parole lors d’un point de presse à New York.',
      ].join('\n'),
    ),
  ];
  return makePdf(Array.from({ length: pages }, (_, i) => page(i + 1)));
}

async function time(path: string): Promise<{ ms: number; chars: number }> {
  let best = Infinity;
  let chars = 0;
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    const article = await loadArticle(path);
    best = Math.min(best, performance.now() - t0);
    chars = article.text.length;
  }
  return { ms: best, chars };
}

const dir = await mkdtemp(join(tmpdir(), 'factline-bench-open-'));
try {
  const files: [string, string, string | Uint8Array][] = [
    ['300 kB HTML page', 'typical.html', bigHtml(300 * 1024)],
    ['5 MB HTML page', 'big.html', bigHtml(5 * 1024 * 1024)],
    ['200-page PDF', 'report.pdf', bigPdf(200)],
  ];
  const rows: [string, string, number, { ms: number; chars: number }][] = [];
  for (const [label, name, content] of files) {
    const path = join(dir, name);
    await writeFile(path, content);
    const { size } = await stat(path);
    rows.push([label, path, size, await time(path)]);
  }
  console.log('Opening articles with loadArticle (best of 3)');
  console.log(
    `  ${'file'.padEnd(16)} ${'size'.padStart(8)} ${'time'.padStart(9)} ${'text chars'.padStart(11)}`,
  );
  for (const [label, , size, r] of rows) {
    console.log(
      `  ${label.padEnd(16)} ${`${(size / 1024 / 1024).toFixed(1)} MB`.padStart(8)} ${`${r.ms.toFixed(0)} ms`.padStart(9)} ${r.chars.toLocaleString('en').padStart(11)}`,
    );
  }
} finally {
  await rm(dir, { recursive: true, force: true });
}
