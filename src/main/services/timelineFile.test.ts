import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { buildDocument } from '../../core/document';
import { cleanTimelineTemps, readTimelineFile, TimelineFileError } from './timelineFile';

const posix = process.platform !== 'win32';
const text = readFileSync('resources/sample/guterres-moscou.txt', 'utf8');
const doc = buildDocument(
  { path: 'a.txt', title: null, text, dct: null, dctSource: 'none' },
  { dct: '2022-04-22' },
);
let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'factline-timeline-'));
});

async function saved(name: string, content: unknown): Promise<string> {
  const p = join(dir, name);
  await writeFile(p, typeof content === 'string' ? content : JSON.stringify(content));
  return p;
}

describe('readTimelineFile', () => {
  it('reads back a saved timeline', async () => {
    expect(await readTimelineFile(await saved('a.factline.json', doc))).toEqual(doc);
  });

  it('refuses a timeline that holds a bad event, saying which and why', async () => {
    const p = await saved('bad.factline.json', { ...doc, events: [null] });
    await expect(readTimelineFile(p)).rejects.toThrow(
      '“bad.factline.json” is a damaged Factline timeline: event 1 is not an object. Nothing was opened',
    );
  });

  it.runIf(posix)('refuses a FIFO at once instead of waiting for a writer', async () => {
    const p = join(dir, 'pipe.factline.json');
    execFileSync('mkfifo', [p]);
    const started = Date.now();
    await expect(readTimelineFile(p)).rejects.toThrow('“pipe.factline.json” is a pipe, not a file');
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it.runIf(existsSync('/dev/zero'))('refuses /dev/zero without reading it', async () => {
    await expect(readTimelineFile('/dev/zero')).rejects.toThrow('“zero” is a device, not a file');
  });

  it('refuses a file past the size limit with the limit in the message', async () => {
    const p = await saved('big.factline.json', ' '.repeat(3 * 1024 * 1024));
    await expect(readTimelineFile(p, { maxBytes: 2 * 1024 * 1024 })).rejects.toThrow(
      /“big\.factline\.json” is larger than 2 MB/,
    );
  });

  it('gives specific messages for a missing file, a folder and broken JSON', async () => {
    await expect(readTimelineFile(join(dir, 'gone.factline.json'))).rejects.toThrow(
      /does not exist any more/,
    );
    await expect(readTimelineFile(dir)).rejects.toBeInstanceOf(TimelineFileError);
    await expect(readTimelineFile(dir)).rejects.toThrow(/is a folder/);
    await expect(readTimelineFile(await saved('half.factline.json', '{"format":'))).rejects.toThrow(
      /is not valid JSON/,
    );
  });
});

describe('cleanTimelineTemps', () => {
  it('removes the temporary files a crashed save left beside the timeline', async () => {
    const p = await saved('a.factline.json', doc);
    await writeFile(join(dir, '.a.factline.json.00112233aabb.tmp'), '{"format":"factl');
    await cleanTimelineTemps(p);
    expect(await readdir(dir)).toEqual(['a.factline.json']);
  });
});
