// The doors a hostile renderer could knock on (issue 13): each refuses what the user did not choose, with
// a logged reason, and still lets the real thing through.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { TimelineDocument } from '../shared/timeline';
import { createHandlers, type MainHandlers } from './handlers';

let dir: string;
let logged: string[];
let handlers: MainHandlers;
let dialogs: number;

function doc(text = 'Le 3 mars, il est parti.'): TimelineDocument {
  return {
    format: 'factline.timeline/1',
    source: { path: 'article.txt', title: null, lang: 'fr', dct: '2022-04-22', dctSource: 'option' },
    text,
    mentions: [],
    events: [],
  };
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'factline-doors-'));
  mkdirSync(join(dir, 'data'));
  logged = [];
  dialogs = 0;
  handlers = createHandlers({
    chooseFileToOpen: async () => null,
    // The user cancels every Save dialog: a save that writes anything did so without asking.
    chooseSavePath: async () => {
      dialogs++;
      return null;
    },
    writeClipboardPng: () => undefined,
    dataDir: join(dir, 'data'),
    samplePath: resolve('resources/sample/guterres-moscou.html'),
    appInfo: () => ({ uiLang: 'en', version: '0.1.0', platform: 'linux' }),
    setEdited: () => undefined,
    progress: () => undefined,
    log: (m) => void logged.push(m),
  });
});

describe('file:openDropped', () => {
  it('opens a dropped article, and the renderer may then reopen it by path', async () => {
    const file = join(dir, 'depeche.txt');
    writeFileSync(file, 'Le ministre a annoncé lundi une réforme.');
    expect(await handlers['file:openDropped'](file)).toMatchObject({ ok: true, kind: 'article' });
    expect(await handlers['file:openPath'](file)).toMatchObject({ ok: true, kind: 'article' });
  });

  it('refuses relative, NUL-carrying and overlong paths without touching the disk, and says why', async () => {
    writeFileSync(join(dir, 'a.txt'), 'Le 3 mars 2020.');
    for (const bad of ['a.txt', '../../etc/passwd', `${join(dir, 'a.txt')}\0.png`, `/${'x'.repeat(5000)}`]) {
      const r = await handlers['file:openDropped'](bad);
      expect(r).toMatchObject({ ok: false, code: 'not-allowed' });
      expect(r.ok === false && !r.canceled && r.message).toMatch(/cannot be opened by dropping it/);
    }
    expect(logged).toHaveLength(4);
    expect(logged[2]).toMatch(/NUL/);
    // Refused paths are not granted: openPath still refuses them.
    expect(await handlers['file:openPath']('/etc/passwd')).toMatchObject({ ok: false, code: 'not-allowed' });
  });

  it('refuses a folder, a FIFO and a missing file as a drop, and grants none of them', async () => {
    const fifo = join(dir, 'pipe');
    execFileSync('mkfifo', [fifo]);
    const folder = join(dir, 'data');
    for (const [path, why] of [
      [folder, /folder/],
      [fifo, /pipe/],
      [join(dir, 'gone.txt'), /does not exist/],
    ] as const) {
      const r = await handlers['file:openDropped'](path);
      expect(r.ok === false && !r.canceled && r.message).toMatch(why);
      expect(await handlers['file:openPath'](path)).toMatchObject({ code: 'not-allowed' });
    }
  });
});

describe('timeline:save', () => {
  it('refuses a relative or NUL-carrying path outright, writing nothing', async () => {
    for (const bad of ['../../x.factline.json', 'x.factline.json', `${join(dir, 'a')}\0.factline.json`]) {
      const r = await handlers['timeline:save']({ doc: doc(), path: bad });
      expect(r.ok === false && !r.canceled && r.message).toMatch(/place to save it is not valid/);
    }
    expect(dialogs).toBe(0);
    expect(existsSync(join(dir, 'a'))).toBe(false);
    expect(logged).toHaveLength(3);
  });

  it('asks where to save when the renderer names a timeline the user never chose, and writes nothing if cancelled', async () => {
    const target = join(dir, 'made-up.factline.json');
    expect(await handlers['timeline:save']({ doc: doc(), path: target })).toEqual({
      ok: false,
      canceled: true,
    });
    expect(dialogs).toBe(1);
    expect(existsSync(target)).toBe(false);
  });

  it('writes without asking to a timeline this window opened', async () => {
    const file = join(dir, 'mine.factline.json');
    writeFileSync(file, JSON.stringify(doc()));
    expect(await handlers.openFromOutside(file)).toMatchObject({ ok: true, kind: 'timeline' });
    expect(await handlers['timeline:save']({ doc: doc('Le 4 mars.'), path: file })).toEqual({
      ok: true,
      path: file,
    });
    expect(dialogs).toBe(0);
    expect(JSON.parse(readFileSync(file, 'utf8')).text).toBe('Le 4 mars.');
  });

  it('refuses a document that is not a whole timeline, saying what is wrong', async () => {
    const bad = { ...doc(), events: [null] } as unknown as TimelineDocument;
    const r = await handlers['timeline:save']({ doc: bad, path: null });
    expect(r.ok === false && !r.canceled && r.message).toMatch(/event 1 is not an object/);
    expect(dialogs).toBe(0);
    const numbers = { ...doc(), mentions: [1, 2, 3] } as unknown as TimelineDocument;
    const r2 = await handlers['timeline:save']({ doc: numbers, path: null });
    expect(r2.ok === false && !r2.canceled && r2.message).toMatch(/mention 1 is not an object/);
  });
});

describe('export:image and export:copyImage', () => {
  const leak = `<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><image href="/etc/hostname.png" width="10" height="10"/></svg>`;
  const huge = '<svg xmlns="http://www.w3.org/2000/svg" width="15000" height="15000"/>';

  it('refuses an SVG that loads a local file, or is too large to draw, before any Save dialog', async () => {
    for (const svg of [leak, huge]) {
      const r = await handlers['export:image']({ svg, format: 'png', scale: 1, name: 'timeline' });
      expect(r.ok === false && !r.canceled && r.message).toMatch(/^The image was not made: /);
    }
    const svgOnly = await handlers['export:image']({ svg: leak, format: 'svg', scale: 1, name: 'timeline' });
    expect(svgOnly).toMatchObject({ ok: false });
    expect(dialogs).toBe(0);
    expect(logged).toHaveLength(3);
  });

  it('refuses the same on the clipboard, saying why', async () => {
    expect(await handlers['export:copyImage']({ svg: huge, scale: 3 })).toEqual({
      ok: false,
      message: expect.stringMatching(/larger than the 50 million pixels/),
    });
  });
});
