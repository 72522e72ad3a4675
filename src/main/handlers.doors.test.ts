// The doors a hostile renderer could knock on (issue 13): each refuses what the user did not choose, with
// a logged reason, and still lets the real thing through.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { createHandlers, type MainHandlers } from './handlers';

let dir: string;
let logged: string[];
let handlers: MainHandlers;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'factline-doors-'));
  mkdirSync(join(dir, 'data'));
  logged = [];
  handlers = createHandlers({
    chooseFileToOpen: async () => null,
    chooseSavePath: async () => null,
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
