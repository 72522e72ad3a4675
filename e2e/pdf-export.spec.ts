// The PDF export on the command line: the interactive page printed by Chromium, checked by poppler
// (pdfinfo, pdftotext, pdftoppm), not by the code that wrote it.

import { expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const PARAGRAPH =
  'The union said on Monday that dockers would walk out on Friday. The ministry denied on Tuesday that talks had failed.';

function pdfOf(paper: 'a4' | 'letter'): { dir: string; pdf: string } {
  const dir = mkdtempSync(join(tmpdir(), 'factline-pdf-'));
  const article = join(dir, 'strike.txt');
  // Long enough to need more than one sheet.
  writeFileSync(
    article,
    ['Strike at the port </title><script>x()</script>', '', ...Array(60).fill(PARAGRAPH)].join('\n\n'),
  );
  const pdf = join(dir, 'strike.pdf');
  execFileSync(
    process.execPath,
    [
      'bin/factline.mjs',
      'extract',
      article,
      '--dct',
      '2023-03-10',
      '--format',
      'pdf',
      '--paper',
      paper,
      '--out',
      pdf,
    ],
    { stdio: 'pipe' },
  );
  return { dir, pdf };
}

const info = (pdf: string) => execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
const pageText = (pdf: string, n: number) =>
  execFileSync('pdftotext', ['-f', String(n), '-l', String(n), '-layout', pdf, '-'], { encoding: 'utf8' });

test('--format pdf: A4 landscape, paged, with title, source and legend on page 1', () => {
  const { dir, pdf } = pdfOf('a4');
  const meta = info(pdf);
  const pages = Number(/Pages:\s+(\d+)/u.exec(meta)![1]);
  expect(pages).toBeGreaterThan(1);
  const [w, h] = /Page size:\s+([\d.]+) x ([\d.]+)/u.exec(meta)!.slice(1).map(Number) as [number, number];
  expect(meta).toMatch(/Page size:.*\(A4\)/u);
  expect(w).toBeGreaterThan(h);
  const first = pageText(pdf, 1);
  expect(first).toContain('Strike at the port </title><script>x()</script>');
  expect(first).toContain('Source: strike.txt');
  for (const word of ['happened', 'reported', 'planned', 'denied']) expect(first).toContain(word);
  expect(pageText(pdf, pages)).toContain('Timeline made by Factline');
  execFileSync('pdftoppm', ['-r', '40', '-png', pdf, join(dir, 'page')]);
  expect(readdirSync(dir).filter((f) => /^page-\d+\.png$/u.test(f))).toHaveLength(pages);
});

test('--paper letter prints on US Letter, landscape', () => {
  const meta = info(pdfOf('letter').pdf);
  expect(meta).toMatch(/Page size:\s+792 x 612 pts \(letter\)/u);
});
