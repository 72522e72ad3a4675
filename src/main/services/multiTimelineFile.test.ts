import { readFileSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { buildDocument } from '../../core/document';
import { buildMultiDocument } from '../../core/sources/document';
import { MULTI_TIMELINE_FORMAT } from '../../shared/multiTimeline';
import { readMultiTimelineFile, writeMultiTimelineFile } from './multiTimelineFile';

const article = (file: string, lang: 'fr' | 'en', dct: string) =>
  buildDocument(
    {
      path: file,
      title: null,
      text: readFileSync(file, 'utf8'),
      dct: null,
      dctSource: 'none',
      format: 'txt',
    },
    { lang, dct },
  );
const fr = article('eval/clusters/c01-guterres-moscow-2022/africapresse.txt', 'fr', '2022-04-26');
const en = article('eval/clusters/c01-guterres-moscow-2022/upi.txt', 'en', '2022-04-26');
const multi = buildMultiDocument([fr, en], ['Africa Presse', 'UPI']);
let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'factline-multi-'));
});

async function saved(name: string, content: unknown): Promise<string> {
  const p = join(dir, name);
  await writeFile(p, JSON.stringify(content));
  return p;
}

describe('factline.timeline/2 files', () => {
  it('saves and reopens two sources with their texts, dates, languages and one merged Moscow event', async () => {
    const p = join(dir, 'moscow.factline.json');
    await writeMultiTimelineFile(p, multi);
    const back = await readMultiTimelineFile(p);
    expect(back).toEqual(multi);
    expect(back.sources.map((s) => [s.id, s.label, s.lang, s.dct])).toEqual([
      ['s1', 'Africa Presse', 'fr', '2022-04-26'],
      ['s2', 'UPI', 'en', '2022-04-26'],
    ]);
    const both = back.events.filter((e) => new Set(e.cites.map((c) => c.source)).size === 2);
    expect(both.map((e) => e.start)).toContain('2022-04-26');
  });

  it('opens a factline.timeline/1 file as one source, each event citing its own mention', async () => {
    const back = await readMultiTimelineFile(await saved('old.factline.json', en));
    expect(back.format).toBe(MULTI_TIMELINE_FORMAT);
    expect(back.sources).toHaveLength(1);
    expect(back.sources[0]).toMatchObject({ id: 's1', text: en.text, dct: '2022-04-26', lang: 'en' });
    expect(back.events.map((e) => e.cites)).toEqual(
      en.events.map((e) => [{ source: 's1', mention: e.mentions[0], event: e.id }]),
    );
  });

  it('refuses a source whose mention does not match its own text, naming the source', async () => {
    const bad = structuredClone(multi);
    bad.sources[1].mentions[0].text = 'Wednesday';
    await expect(readMultiTimelineFile(await saved('bad.factline.json', bad))).rejects.toThrow(
      '“bad.factline.json” is a damaged Factline timeline: source 2 ("UPI"): mention 1 ("Wednesday") does not match the text at its offsets. Nothing was opened',
    );
  });

  it('refuses an event citing a source or a mention that is not there', async () => {
    const ghost = structuredClone(multi);
    ghost.events[0].cites[0].source = 's9';
    await expect(readMultiTimelineFile(await saved('ghost.factline.json', ghost))).rejects.toThrow(
      `event 1's citation 1 names a source that does not exist ("s9")`,
    );
    const stray = structuredClone(multi);
    stray.events[0].cites[0].mention = 'm999';
    await expect(readMultiTimelineFile(await saved('stray.factline.json', stray))).rejects.toThrow(
      `event 1's citation 1 names a mention that is not its event's ("m999")`,
    );
  });

  it('refuses a conflict without its line in both languages, and an unknown format', async () => {
    const half = structuredClone(multi);
    half.events[0].conflict = { kind: 'day', explanation: { fr: 'x' } as never };
    await expect(readMultiTimelineFile(await saved('half.factline.json', half))).rejects.toThrow(
      "event 1's conflict has no explanation in fr and en",
    );
    await expect(
      readMultiTimelineFile(await saved('v3.factline.json', { ...multi, format: 'factline.timeline/3' })),
    ).rejects.toThrow('is not a Factline timeline (format factline.timeline/1 or factline.timeline/2)');
  });

  it('does not save a document that would not open again', async () => {
    const bad = structuredClone(multi);
    bad.events[0].cites = [];
    await expect(writeMultiTimelineFile(join(dir, 'x.factline.json'), bad)).rejects.toThrow(
      'The timeline was not saved: event 1 cites no source.',
    );
  });
});
