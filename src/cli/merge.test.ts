import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { multiTimelineProblem } from '../shared/validateMultiTimeline';
import { parseCommand } from './args';
import { run } from './index';

const CLUSTER = resolve('eval/clusters/c01-guterres-moscow-2022');
const FR = join(CLUSTER, 'africapresse.txt');
const EN = join(CLUSTER, 'upi.txt');

async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string[] }> {
  let out = '';
  const err: string[] = [];
  const code = await run(argv, { stdout: (c) => (out += String(c)), stderr: (l) => err.push(l) });
  return { code, out, err };
}

describe('factline extract --merge', () => {
  it('prints one factline.timeline/2 document: both articles as sources, the Moscow talks cited by both', async () => {
    const { code, out } = await cli('extract', FR, EN, '--merge', '--dct', '2022-04-26', '--format', 'json');
    expect(code).toBe(0);
    const doc = JSON.parse(out);
    expect(multiTimelineProblem(doc)).toBeNull();
    expect(doc.sources.map((s: { lang: string; text: string }) => [s.lang, s.text])).toEqual([
      ['fr', readFileSync(FR, 'utf8')],
      ['en', readFileSync(EN, 'utf8')],
    ]);
    const both = doc.events.filter(
      (e: { cites: { source: string }[] }) => new Set(e.cites.map((c) => c.source)).size === 2,
    );
    expect(both.map((e: { start: string }) => e.start)).toContain('2022-04-26');
  });

  it('draws one PNG with the sources legend', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'factline-merge-'));
    const svgPath = join(dir, 'm.svg');
    expect(
      (await cli('extract', FR, EN, '--merge', '--dct', '2022-04-26', '--format', 'svg', '--out', svgPath))
        .code,
    ).toBe(0);
    const svg = readFileSync(svgPath, 'utf8');
    expect(svg).toContain('<g class="sources"');
    expect(svg).toContain('1  africapresse.txt (fr,');
    expect(svg).toContain('2  upi.txt (en,');
    expect(svg).toMatch(/\[1·2\] /u);
    // one publication line per source in the legend, none drawn across the timeline
    expect(svg).toContain('2 sources · publiées : mar. 26 avr. 2022');
    expect(svg).not.toContain('<g class="dct">');
    const pngPath = join(dir, 'm.png');
    const png = await cli('extract', FR, EN, '--merge', '--format', 'png', '--out', pngPath);
    expect(png.code).toBe(0);
    expect(readFileSync(pngPath).subarray(1, 4).toString()).toBe('PNG');
  });

  it('says what is wrong with one file or a format it cannot merge into', () => {
    expect(() => parseCommand(['extract', 'a.txt', '--merge'])).toThrow(
      '--merge needs two FILEs or more, the articles to compare',
    );
    expect(() => parseCommand(['extract', 'a.txt', 'b.txt', '--merge', '--format', 'csv'])).toThrow(
      '--merge writes json, svg or png, not “csv”',
    );
  });
});
