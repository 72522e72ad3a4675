import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const state = vi.hoisted(() => ({
  loaded: [] as string[],
  printed: [] as unknown[],
  destroyed: 0,
  options: null as unknown,
  filter: null as null | ((d: { url: string }, cb: (r: { cancel: boolean }) => void) => void),
}));

vi.mock('electron', () => {
  class BrowserWindow {
    webContents = {
      setWindowOpenHandler: vi.fn(),
      on: vi.fn(),
      executeJavaScript: vi.fn(async () => true),
      printToPDF: vi.fn(async (o: unknown) => {
        state.printed.push(o);
        return new Uint8Array([37, 80, 68, 70]);
      }),
    };
    constructor(options: unknown) {
      state.options = options;
    }
    async loadURL(url: string) {
      state.loaded.push(readFileSync(new URL(url), 'utf8'));
      state.loaded.push(url);
    }
    destroy() {
      state.destroyed++;
    }
  }
  return {
    BrowserWindow,
    session: {
      fromPartition: () => ({
        webRequest: { onBeforeRequest: (f: typeof state.filter) => (state.filter = f) },
      }),
    },
  };
});

import { printHtmlToPdf } from './printPdf';

describe('printHtmlToPdf (Electron)', () => {
  beforeEach(() => {
    state.loaded = [];
    state.printed = [];
    state.destroyed = 0;
  });
  it('loads the page in a hidden sandboxed window and prints it landscape with backgrounds', async () => {
    const pdf = await printHtmlToPdf('<!doctype html><p>page</p>', 'letter');
    expect(Array.from(pdf)).toEqual([37, 80, 68, 70]);
    expect(state.loaded[0]).toBe('<!doctype html><p>page</p>');
    expect(state.options).toMatchObject({
      show: false,
      webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false },
    });
    expect(state.printed).toEqual([
      expect.objectContaining({ landscape: true, pageSize: 'Letter', printBackground: true }),
    ]);
    expect(state.destroyed).toBe(1);
  });
  it('refuses every request but the page itself', async () => {
    await printHtmlToPdf('<p>x</p>', 'a4');
    const answer = (url: string) => {
      let cancel: boolean | undefined;
      state.filter!({ url }, (r) => (cancel = r.cancel));
      return cancel;
    };
    expect(answer(state.loaded[1]!)).toBe(false);
    expect(answer('https://example.com/tracker.png')).toBe(true);
  });
});
