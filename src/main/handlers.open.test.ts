// Opens that hang, autosaves that fail, saves that crashed: what the user sees in each case.
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { TimelineDocument } from '../shared/timeline';
import { createHandlers, type HandlerDeps, type MainHandlers } from './handlers';
import type { ArticleLoader } from './services/articleLoader';

const doc: TimelineDocument = {
  format: 'factline.timeline/1',
  source: { path: 'article.txt', title: null, lang: 'fr', dct: '2022-04-22', dctSource: 'option' },
  text: 'Le 3 mars, il est parti.',
  mentions: [],
  events: [],
};

let dir: string;
let closeAnswers: boolean[];

function make(over: Partial<HandlerDeps> = {}): MainHandlers {
  return createHandlers({
    chooseFileToOpen: async () => null,
    chooseSavePath: async (_kind, name) => join(dir, name),
    writeClipboardPng: () => undefined,
    dataDir: join(dir, 'data'),
    samplePath: resolve('resources/sample/guterres-moscou.html'),
    appInfo: () => ({ uiLang: 'en', version: '0.1.0', platform: 'linux' }),
    setEdited: () => undefined,
    progress: () => undefined,
    closeAfterSave: (saved) => void closeAnswers.push(saved),
    ...over,
  });
}

const hanging: ArticleLoader = () => new Promise(() => undefined);

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'factline-open-'));
  closeAnswers = [];
});

describe('an open that never returns', () => {
  it('ends the reader’s work when it is cancelled or too slow (the worker is told to stop)', async () => {
    const signals: AbortSignal[] = [];
    const recording: ArticleLoader = (_path, opts) => {
      if (opts?.signal) signals.push(opts.signal);
      return new Promise(() => undefined);
    };
    const cancelled = make({ loadArticle: recording });
    const pending = cancelled.openFromOutside(join(dir, 'a.txt'));
    await new Promise((r) => setTimeout(r, 0));
    expect(signals[0]?.aborted).toBe(false);
    await cancelled['file:cancelOpen']();
    await pending;
    expect(signals[0]?.aborted).toBe(true);
    await make({ loadArticle: recording, openTimeLimitMs: 20 }).openFromOutside(join(dir, 'b.txt'));
    expect(signals[1]?.aborted).toBe(true);
  });

  it('is ended by Cancel, and the file is not added to the recent list', async () => {
    const handlers = make({ loadArticle: hanging });
    const path = join(dir, 'stuck.txt');
    writeFileSync(path, 'Le 3 mars.');
    const pending = handlers.openFromOutside(path);
    await handlers['file:cancelOpen']();
    expect(await pending).toEqual({ ok: false, canceled: true });
    expect(await handlers['recent:list']()).toEqual([]);
  });

  it('is stopped at the time limit with a message naming the file', async () => {
    const handlers = make({ loadArticle: hanging, openTimeLimitMs: 30 });
    const result = await handlers.openFromOutside(join(dir, 'stuck.txt'));
    expect(result).toMatchObject({ ok: false, code: 'timeout' });
    expect(result.ok === false && !result.canceled && result.message).toMatch(
      /^“stuck\.txt” took longer than 0 s to open and was stopped/,
    );
  });

  it('does not block the next open', async () => {
    let calls = 0;
    const loader: ArticleLoader = async (path) => {
      if (calls++ === 0) return new Promise(() => undefined);
      return {
        path,
        text: 'Le 3 mars.',
        title: null,
        format: 'txt',
        encoding: 'UTF-8',
        dct: null,
        dctSource: 'none',
        dctDetail: null,
      };
    };
    const handlers = make({ loadArticle: loader });
    const first = handlers.openFromOutside(join(dir, 'a.txt'));
    await handlers['file:cancelOpen']();
    await first;
    expect(await handlers.openFromOutside(join(dir, 'b.txt'))).toMatchObject({ ok: true, kind: 'article' });
  });
});

describe('reopening a saved timeline', () => {
  it('refuses a timeline with a bad event as a whole, with the reason', async () => {
    const path = join(dir, 'bad.factline.json');
    writeFileSync(path, JSON.stringify({ ...doc, events: [null] }));
    const result = await make().openFromOutside(path);
    expect(result).toMatchObject({ ok: false, code: 'bad-timeline', path });
    expect(result.ok === false && !result.canceled && result.message).toMatch(/event 1 is not an object/);
  });

  it('cleans what a crashed save left beside it, on open and at start', async () => {
    const handlers = make();
    const path = join(dir, 'a.factline.json');
    writeFileSync(path, JSON.stringify(doc));
    writeFileSync(join(dir, '.a.factline.json.0123456789ab.tmp'), '{"format":');
    expect(await handlers.openFromOutside(path)).toMatchObject({ ok: true, kind: 'timeline' });
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);

    writeFileSync(join(dir, '.a.factline.json.ba9876543210.tmp'), '{"format":');
    writeFileSync(join(dir, 'data', '.recent.json.0123456789ab.tmp'), '{');
    await make().cleanUp();
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(readdirSync(join(dir, 'data')).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});

describe('autosave', () => {
  it('creates a missing data folder', async () => {
    const handlers = make();
    expect(existsSync(join(dir, 'data'))).toBe(false);
    const entry = { doc, savedAt: '2022-04-22T10:00:00.000Z', path: null };
    expect(await handlers['autosave:write'](entry)).toEqual({ ok: true });
    expect(await handlers['autosave:read']()).toEqual(entry);
  });

  it('reports a write that fails instead of swallowing it', async () => {
    writeFileSync(join(dir, 'data'), 'a file where the folder should be');
    const result = await make()['autosave:write']({ doc, savedAt: 'now', path: null });
    expect(result).toMatchObject({ ok: false });
    expect(result.ok === false && result.message).toMatch(
      /^The safety copy of your edits could not be written/,
    );
  });

  it('offers back nothing when the stored copy is not a whole timeline', async () => {
    const handlers = make();
    await handlers['autosave:write']({ doc, savedAt: 'now', path: null });
    writeFileSync(
      join(dir, 'data', 'autosave.factline.json'),
      JSON.stringify({ doc: { ...doc, events: [null] }, savedAt: 'now', path: null }),
    );
    expect(await handlers['autosave:read']()).toBeNull();
  });
});

describe('closing after the prompt', () => {
  it('passes the renderer’s answer to the window', async () => {
    const handlers = make();
    await handlers['window:closeAfterSave'](true);
    await handlers['window:closeAfterSave'](false);
    expect(closeAnswers).toEqual([true, false]);
  });
});
