import { mkdtempSync, readFileSync, writeFileSync, mkdirSync, chmodSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { TimelineDocument } from '../shared/timeline';
import { createHandlers, type HandlerDeps, type MainHandlers } from './handlers';

const SAMPLE = resolve('resources/sample/guterres-moscou.html');

function doc(text = 'Le 3 mars, il est parti.'): TimelineDocument {
  return {
    format: 'factline.timeline/1',
    source: { path: 'article.txt', title: null, lang: 'fr', dct: '2022-04-22', dctSource: 'option' },
    text,
    mentions: [],
    events: [],
  };
}

let dir: string;
let opens: (string | null)[];
let saves: (string | null)[];
let handlers: MainHandlers;
let recentSeen: string[];

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'factline-handlers-'));
  mkdirSync(join(dir, 'data'));
  opens = [];
  saves = [];
  recentSeen = [];
  const deps: HandlerDeps = {
    chooseFileToOpen: async () => opens.shift() ?? null,
    chooseSavePath: async (_kind, name) => (saves.length ? saves.shift()! : join(dir, name)),
    writeClipboardPng: () => undefined,
    dataDir: join(dir, 'data'),
    samplePath: SAMPLE,
    appInfo: () => ({ uiLang: 'fr', version: '0.1.0', platform: 'linux' }),
    setEdited: () => undefined,
    progress: () => undefined,
    recentChanged: (_entries, opened) => void recentSeen.push(opened),
  };
  handlers = createHandlers(deps);
});

describe('opening files from the renderer', () => {
  it('opens only files the user chose: a path the renderer makes up is refused', async () => {
    const secret = join(dir, 'secret.txt');
    writeFileSync(secret, 'Le 3 mars 2020.');
    const refused = await handlers['file:openPath'](secret);
    expect(refused).toMatchObject({ ok: false, code: 'not-allowed' });
    opens.push(secret);
    expect(await handlers['file:open']()).toMatchObject({ ok: true, kind: 'article' });
    expect(await handlers['file:openPath'](secret)).toMatchObject({ ok: true, kind: 'article' });
  });

  it('reports a cancelled Open dialog as cancelled, not as an error', async () => {
    expect(await handlers['file:open']()).toEqual({ ok: false, canceled: true });
  });

  it('opens the bundled sample article, without adding it to the recent list', async () => {
    const r = await handlers['file:openSample']();
    expect(r.ok && r.kind === 'article' && r.article.text).toContain('Guterres se rendra à Moscou mardi');
    expect(await handlers['recent:list']()).toEqual([]);
  });

  it('remembers opened articles in the recent list, which the renderer may reopen', async () => {
    const file = join(dir, 'a.txt');
    writeFileSync(file, 'Hier, il pleuvait.');
    opens.push(file);
    await handlers['file:open']();
    const recent = await handlers['recent:list']();
    expect(recent.map((e) => e.path)).toEqual([file]);
    expect(recentSeen).toEqual([file]);
  });

  it('turns a bad file into a one-sentence message naming it', async () => {
    const bin = join(dir, 'photo.txt');
    writeFileSync(bin, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0, 1, 2, 3, 0, 0, 0, 0]));
    const r = await handlers.openFromOutside(bin);
    expect(r).toMatchObject({ ok: false, code: 'binary', path: bin });
    expect(!r.ok && !r.canceled && r.message).toContain('photo.txt');
  });
});

describe('saving and reopening timelines', () => {
  it('saves through the Save dialog and reopens the same document', async () => {
    const saved = await handlers['timeline:save']({ doc: doc(), path: null });
    expect(saved).toEqual({ ok: true, path: join(dir, 'article.factline.json') });
    const back = await handlers['file:openPath'](join(dir, 'article.factline.json'));
    expect(back).toMatchObject({ ok: true, kind: 'timeline', doc: doc() });
  });

  it('saves to the current file without asking again', async () => {
    const path = join(dir, 'mine.factline.json');
    saves.push(path);
    await handlers['timeline:save']({ doc: doc(), path: null });
    expect(saves).toEqual([]);
    await handlers['timeline:save']({ doc: doc('Le 4 mars, il est revenu.'), path });
    expect(JSON.parse(readFileSync(path, 'utf8')).text).toBe('Le 4 mars, il est revenu.');
  });

  it('leaves the previous file intact and says why when the save fails', async () => {
    if (process.getuid?.() === 0) return; // root writes anywhere: nothing to refuse
    const locked = join(dir, 'locked');
    mkdirSync(locked);
    chmodSync(locked, 0o500);
    saves.push(join(locked, 'x.factline.json'));
    const r = await handlers['timeline:save']({ doc: doc(), path: null });
    expect(r).toMatchObject({ ok: false });
    expect(!r.ok && !r.canceled && r.message).toMatch(/permission/);
  });

  it('reports a file that is not a Factline timeline', async () => {
    const path = join(dir, 'other.factline.json');
    writeFileSync(path, '{"hello": 1}');
    const r = await handlers.openFromOutside(path);
    expect(r).toMatchObject({ ok: false, code: 'bad-timeline' });
  });

  it('keeps an autosave until the document is saved', async () => {
    await handlers['autosave:write']({ doc: doc(), savedAt: '2026-01-01T10:00:00Z', path: null });
    expect(await handlers['autosave:read']()).toMatchObject({ doc: doc(), path: null });
    await handlers['timeline:save']({ doc: doc(), path: null });
    expect(await handlers['autosave:read']()).toBeNull();
  });
});

describe('exporting images', () => {
  const svg =
    '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="100"><rect width="200" height="100" fill="#fff"/><rect x="20" y="20" width="60" height="30" fill="#c00"/></svg>';

  it('writes a PNG at the chosen pixel ratio through the Save dialog', async () => {
    const r = await handlers['export:image']({ svg, format: 'png', scale: 2, name: 'timeline' });
    expect(r).toEqual({ ok: true, path: join(dir, 'timeline.png') });
    const png = readFileSync(join(dir, 'timeline.png'));
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(400);
    expect(png.readUInt32BE(20)).toBe(200);
  });

  it('writes the SVG as it is', async () => {
    await handlers['export:image']({ svg, format: 'svg', scale: 1, name: 'timeline' });
    expect(readFileSync(join(dir, 'timeline.svg'), 'utf8')).toBe(svg);
  });

  it('writes nothing when the Save dialog is cancelled', async () => {
    saves.push(null);
    expect(await handlers['export:image']({ svg, format: 'png', scale: 1, name: 'x' })).toEqual({
      ok: false,
      canceled: true,
    });
    expect(existsSync(join(dir, 'x.png'))).toBe(false);
  });
});
