import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from './index';

const SAMPLE = resolve('resources/sample/guterres-moscou.txt');

async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string[] }> {
  let out = '';
  const err: string[] = [];
  const code = await run(argv, { stdout: (c) => (out += String(c)), stderr: (l) => err.push(l) });
  return { code, out, err };
}

describe('factline extract', () => {
  it('prints the timeline document of the contract for the sample article', async () => {
    const { code, out } = await cli('extract', SAMPLE, '--dct', '2022-04-22', '--format', 'json');
    expect(code).toBe(0);
    const doc = JSON.parse(out);
    expect(doc.format).toBe('factline.timeline/1');
    expect(doc.text).toBe(readFileSync(SAMPLE, 'utf8'));
    expect(doc.source).toMatchObject({ path: SAMPLE, lang: 'fr', dct: '2022-04-22', dctSource: 'option' });
    for (const m of doc.mentions) expect(doc.text.slice(m.start, m.end)).toBe(m.text);
    const tuesday = doc.mentions.find((m: { start: number }) => m.start === doc.text.indexOf('mardi'));
    expect(tuesday.interval).toEqual({ start: '2022-04-26', end: '2022-04-26' });
  });

  it('detects a narrative and lets --kind override it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'factline-kind-'));
    const file = join(dir, 'war.txt');
    writeFileSync(
      file,
      'On September 1, 1939, Germany attacked Poland. By 1940 France had fallen. In April 1941 Greece was invaded. In June, the Axis attacked the Soviet Union.',
    );
    const detected = JSON.parse((await cli('extract', file, '--dct', '2009-12-19', '--format', 'json')).out);
    expect(detected.source.kind).toBe('narrative');
    const june = (d: { mentions: { text: string; value: string }[] }) =>
      d.mentions.find((m) => m.text.startsWith('June'))?.value;
    expect(june(detected)).toBe('1941-06');
    const news = JSON.parse(
      (await cli('extract', file, '--dct', '2009-12-19', '--kind', 'news', '--format', 'json')).out,
    );
    expect(news.source.kind).toBe('news');
    expect(june(news)).toBe('2009-06');
  });

  it('prints one document per line for several files', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'factline-cli-'));
    const other = join(dir, 'b.txt');
    writeFileSync(other, 'Yesterday the council voted.');
    const { code, out } = await cli('extract', SAMPLE, other, '--dct', '2022-04-22', '--format', 'json');
    expect(code).toBe(0);
    const lines = out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((d) => d.source.lang)).toEqual(['fr', 'en']);
    expect(lines[1].mentions[0]).toMatchObject({ text: 'Yesterday', value: '2022-04-21' });
  });

  it('prints a readable dated list by default', async () => {
    const { code, out } = await cli('extract', SAMPLE, '--dct', '2022-04-22');
    expect(code).toBe(0);
    expect(out).toContain('published 2022-04-22 (from --dct)');
    expect(out).toMatch(/2022-04-26 .*Moscou/);
  });

  it('leaves relative dates unplaced when no publication date is known', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'factline-cli-'));
    const file = join(dir, 'a.txt');
    writeFileSync(file, 'Il a parlé mardi.');
    const doc = JSON.parse((await cli('extract', file, '--format', 'json')).out);
    expect(doc.source).toMatchObject({ dct: null, dctSource: 'none' });
    expect(doc.mentions[0]).toMatchObject({ text: 'mardi', interval: null });
    expect(doc.mentions[0].value).toMatch(/X/);
  });

  it('writes the timeline image as PNG', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'factline-cli-'));
    const out = join(dir, 't.png');
    const r = await cli(
      'extract',
      SAMPLE,
      '--dct',
      '2022-04-22',
      '--format',
      'png',
      '--out',
      out,
      '--width',
      '1000',
      '--scale',
      '1',
    );
    expect(r.code).toBe(0);
    const png = readFileSync(out);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(1000);
  });

  it('fails with one line and exit code 2 for a missing file', async () => {
    const { code, err, out } = await cli('extract', 'missing.txt');
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toHaveLength(1);
    expect(err[0]).toMatch(/^factline: .*missing\.txt/);
  });

  it('fails with one line and exit code 2 for a wrong option', async () => {
    const { code, err } = await cli('extract', SAMPLE, '--frobnicate');
    expect(code).toBe(2);
    expect(err).toEqual(['factline: unknown option --frobnicate (see factline --help)']);
  });

  it('documents every option in --help', async () => {
    const { out } = await cli('--help');
    for (const opt of ['--dct', '--lang', '--format', '--out', '--width', '--scale', '--help'])
      expect(out).toContain(opt);
  });

  it('quotes hostile file names and article text with their control characters escaped', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'factline-names-'));
    const missing = await cli('extract', join(dir, 'no\n\x1b]0;pwned\x07such.txt'));
    expect(missing.code).toBe(2);
    expect(missing.err).toEqual([
      'factline: “no\\n\\x1b]0;pwned\\x07such.txt” cannot be found; check that it has not been moved, renamed or deleted, and choose it again.',
    ]);
    // A file that opens: its name heads the list, its words fill it; neither may write an ESC to the terminal.
    const file = join(dir, 'evil\n\x1b[31mred.txt');
    writeFileSync(file, 'Le 3 mars 2022 \x1b[2J, le ministre est parti.\n');
    const opened = await cli('extract', file, '--dct', '2022-04-22');
    expect(opened.code).toBe(0);
    expect(opened.out.split('\n')[0]).toMatch(/^evil\\n\\x1b\[31mred\.txt/);
    // eslint-disable-next-line no-control-regex -- no control character but newline and tab may reach the terminal
    expect(opened.out).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f]/);
    const badOption = await cli('extract', file, '--lang', 'de\x1b[2J');
    expect(badOption.err).toEqual(['factline: --lang must be fr or en, not “de\\x1b[2J”']);
  });
});
