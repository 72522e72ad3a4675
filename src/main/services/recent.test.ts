import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_RECENT, RECENT_FILE, RecentList } from './recent';

let dir: string;
let files: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'factline-recent-'));
  files = join(dir, 'articles');
  await mkdir(files);
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function article(name: string): Promise<string> {
  const path = join(files, name);
  await writeFile(path, 'Texte');
  return path;
}

const fixedClock = () => new Date('2026-01-02T03:04:05.000Z');

describe('RecentList', () => {
  it('starts empty when nothing was saved yet', async () => {
    expect(await new RecentList(join(dir, 'not-created-yet')).list()).toEqual([]);
  });

  it('lists the most recent first, with name and time opened', async () => {
    const a = await article('a.txt');
    const b = await article('b.html');
    const recent = new RecentList(dir, { now: fixedClock });
    await recent.add(a);
    await recent.add(b);
    expect(await recent.list()).toEqual([
      { path: b, name: 'b.html', openedAt: '2026-01-02T03:04:05.000Z' },
      { path: a, name: 'a.txt', openedAt: '2026-01-02T03:04:05.000Z' },
    ]);
  });

  it('moves a file opened again to the top instead of listing it twice', async () => {
    const a = await article('a.txt');
    const b = await article('b.txt');
    const recent = new RecentList(dir);
    await recent.add(a);
    await recent.add(b);
    await recent.add(join(files, '.', 'a.txt'));
    expect((await recent.list()).map((e) => e.path)).toEqual([a, b]);
  });

  it(`keeps at most ${MAX_RECENT} files`, async () => {
    const recent = new RecentList(dir);
    for (let i = 0; i < MAX_RECENT + 3; i++) await recent.add(await article(`${i}.txt`));
    const listed = await recent.list();
    expect(listed).toHaveLength(MAX_RECENT);
    expect(listed[0].name).toBe(`${MAX_RECENT + 2}.txt`);
  });

  it('drops files that no longer exist when read, and saves the pruned list', async () => {
    const a = await article('a.txt');
    const b = await article('b.txt');
    const recent = new RecentList(dir);
    await recent.add(a);
    await recent.add(b);
    await rm(b);
    expect((await recent.list()).map((e) => e.path)).toEqual([a]);
    const stored = JSON.parse(await readFile(join(dir, RECENT_FILE), 'utf8'));
    expect(stored.entries.map((e: { path: string }) => e.path)).toEqual([a]);
  });

  it('persists across instances (a restart of the app)', async () => {
    const a = await article('a.txt');
    await new RecentList(dir).add(a);
    expect((await new RecentList(dir).list()).map((e) => e.path)).toEqual([a]);
  });

  it('loses no entry when files are opened in quick succession', async () => {
    const paths = await Promise.all(['a', 'b', 'c', 'd'].map((n) => article(`${n}.txt`)));
    const recent = new RecentList(dir);
    await Promise.all(paths.map((p) => recent.add(p)));
    expect((await recent.list()).map((e) => e.path).sort()).toEqual([...paths].sort());
  });

  it('writes through a temporary file and leaves none behind', async () => {
    const recent = new RecentList(dir);
    await recent.add(await article('a.txt'));
    expect((await readdir(dir)).sort()).toEqual(['articles', RECENT_FILE]);
  });

  it('treats a damaged list file as empty and replaces it on the next open', async () => {
    await writeFile(join(dir, RECENT_FILE), '{"entries": [ {"path": 1}');
    const recent = new RecentList(dir);
    expect(await recent.list()).toEqual([]);
    const a = await article('a.txt');
    await recent.add(a);
    expect((await recent.list()).map((e) => e.path)).toEqual([a]);
  });

  it('removes one file, or all of them', async () => {
    const a = await article('a.txt');
    const b = await article('b.txt');
    const recent = new RecentList(dir);
    await recent.add(a);
    await recent.add(b);
    expect((await recent.remove(b)).map((e) => e.path)).toEqual([a]);
    await recent.clear();
    expect(await recent.list()).toEqual([]);
  });
});
