import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { englishDocument, seedDocument } from './__fixtures__/docs';
import { escapeXml, toSvg } from './svg';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '__fixtures__');

/** Compares with the saved reference; `UPDATE_SVG=1` rewrites it instead. */
function expectReference(name: string, svg: string) {
  const file = join(FIXTURES, name);
  if (process.env.UPDATE_SVG === '1' || !existsSync(file)) {
    if (process.env.UPDATE_SVG !== '1') throw new Error(`missing reference ${name}: run with UPDATE_SVG=1`);
    mkdirSync(FIXTURES, { recursive: true });
    writeFileSync(file, svg);
  }
  expect(svg).toBe(readFileSync(file, 'utf8'));
}

describe('toSvg', () => {
  it('renders the seed like the saved reference', () => {
    expectReference('seed.svg', toSvg(seedDocument(), { width: 1200 }));
  });
  it('renders every status like the saved reference', () => {
    expectReference('statuses.svg', toSvg(englishDocument(), { width: 1000 }));
  });
  it('is self-contained: inline style, the shipped font named, no external references', () => {
    const svg = toSvg(seedDocument(), {});
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/u);
    expect(svg).toContain('<style>');
    expect(svg).toContain("font-family: 'DejaVu Sans'");
    expect(svg).not.toMatch(/(?:href|src)="(?!#)/u);
    expect(svg).not.toMatch(/url\((?!#)/u);
  });
  it('shows title, source file, publication date and the legend', () => {
    const svg = toSvg(seedDocument(), {});
    expect(svg).toContain('Antonio Guterres se rendra à Moscou mardi pour rencontrer Poutine');
    expect(svg).toContain('guterres-moscou.txt');
    expect(svg).toContain('ven. 22 avr. 2022');
    for (const w of ['a eu lieu', 'rapporté', 'prévu', 'demandé', 'démenti', 'coupure d’axe'])
      expect(svg).toContain(w);
  });
  it('escapes every article-derived string', () => {
    const svg = toSvg(englishDocument(), {});
    expect(svg).toContain('Dock strike &amp; talks &lt;update&gt;');
    expect(svg).toContain('&lt;strike&gt; &amp; &quot;talks&quot;.html');
    expect(svg).toContain('&lt;Port A&gt; &amp;');
    expect(svg).not.toContain('<Port A>');
    expect(svg).not.toContain('<update>');
  });
  it('renders an empty document without a publication date', () => {
    const doc = englishDocument();
    doc.events = [];
    doc.source.dct = null;
    doc.source.path = null;
    const svg = toSvg(doc, { width: 300 });
    expect(svg).toContain('publication date unknown');
    expect(svg).toContain('pasted text');
    expect(svg).toMatch(/width="480"/u);
  });
  it('escapes quotes and drops control characters', () => {
    expect(escapeXml(`a"b'c<d>&\u0001`)).toBe('a&quot;b&apos;c&lt;d&gt;&amp;');
  });
});
