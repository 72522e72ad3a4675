import { mkdtempSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse as parseMarkwhen } from '@markwhen/parser';
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../core/document';
import { run } from './index';
import { parseCommand, type ExtractCommand, type PublishFormat } from './args';
import { publishFile } from './publish';

const SAMPLE = resolve('resources/sample/guterres-moscou.txt');

// The sample article as the command builds it; `publishFile` is what `extract --format …` calls.
const sample = async () =>
  buildDocument(
    { path: SAMPLE, title: null, text: await readFile(SAMPLE, 'utf8'), dct: null, dctSource: 'none' },
    { dct: '2022-04-22', dctSource: 'option' },
  );

async function exported(format: PublishFormat, out?: string): Promise<{ path: string; text: string }> {
  const dir = out ?? mkdtempSync(join(tmpdir(), 'factline-publish-'));
  const cmd = parseCommand(['extract', SAMPLE, '--format', format, '--out', dir]) as ExtractCommand;
  expect(cmd.format).toBe(format);
  const path = await publishFile(await sample(), cmd, SAMPLE, format);
  return { path, text: readFileSync(path, 'utf8') };
}

describe('factline extract --format for publishing', () => {
  it('csv: one row per event of the sample, Guterres in Moscow on 26 April', async () => {
    const rows = parseCsv((await exported('csv')).text, { bom: true, columns: true }) as Record<
      string,
      string
    >[];
    expect(rows.length).toBeGreaterThan(2);
    expect(rows.find((r) => r.start === '2022-04-26')).toMatchObject({
      status: 'planned',
      source: 'guterres-moscou.txt',
    });
    expect(rows.find((r) => r.start === '2022-04-26')!.sentence).toMatch(/Moscou/u);
  });
  it('timelinejs: the slides of the sample, grouped by status in French', async () => {
    const data = JSON.parse((await exported('timelinejs')).text) as {
      events: { start_date: { year: number; month: number; day: number }; group: string }[];
    };
    expect(data.events).toContainEqual(
      expect.objectContaining({ start_date: { year: 2022, month: 4, day: 26 }, group: 'prévu' }),
    );
  });
  it('timelinejs-csv: the template’s header row', async () => {
    const csv = (await exported('timelinejs-csv')).text;
    expect(csv.split('\r\n')[0]).toBe(
      '\ufeffYear,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background',
    );
  });
  it('markwhen: read back by @markwhen/parser', async () => {
    const parsed = parseMarkwhen((await exported('markwhen')).text) as unknown as {
      events: { children: { title: string; children: unknown[] }[] };
    };
    expect(parsed.events.children.map((g) => g.title)).toContain('prévu');
  });
  it('names the file after the article with the format’s extension', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'factline-publish-'));
    expect((await exported('markwhen', dir)).path).toBe(join(dir, 'guterres-moscou.mw'));
    expect((await exported('timelinejs', dir)).path).toBe(join(dir, 'guterres-moscou.timelinejs.json'));
  });
  it('is what `extract --format csv --out FILE` writes', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'factline-publish-')), 'events.csv');
    const err: string[] = [];
    const code = await run(['extract', SAMPLE, '--dct', '2022-04-22', '--format', 'csv', '--out', out], {
      stdout: () => {},
      stderr: (l) => err.push(l),
    });
    expect(code).toBe(0);
    expect(err).toEqual([`factline: wrote ${out}`]);
    expect(readFileSync(out, 'utf8')).toContain('2022-04-26,2022-04-26,day,planned,');
  });
  it('html: one self-contained page with its CSP, the sample’s title and the page script inlined', async () => {
    const { path, text } = await exported('html');
    expect(path.endsWith('guterres-moscou.html')).toBe(true);
    expect(text).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;/u);
    expect(text).toContain('<h1>Antonio Guterres se rendra à Moscou mardi pour rencontrer Poutine</h1>');
    expect(text).toContain('factline-data');
  });
});
