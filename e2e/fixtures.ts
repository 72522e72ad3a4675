// The Playwright bridge: the page gets the same `window.api` as the preload gives it in Electron, derived
// from src/shared/ipc.ts, but each call crosses `exposeBinding` into THIS Node process, where the real
// main-process handlers (src/main/handlers.ts) run behind the real argument validation (src/main/ipc.ts).
// Only the native dialogs and the clipboard are played by the test.

import { test as base, expect, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  API_METHODS,
  type EventChannel,
  type EventContract,
  type MenuCommand,
  type OpenProgress,
} from '../src/shared/ipc';
import { createHandlers, type MainHandlers, type SaveKind } from '../src/main/handlers';
import { loadArticle } from '../src/main/services/article';
import type { Lang } from '../src/shared/timeline';
import { registerIpc, trustedSenderCheck, type IpcEventLike } from '../src/main/ipc';
import { htmlToPdf } from '../src/cli/pdf';

export const SAMPLE_PATH = resolve('resources/sample/guterres-moscou.html');

export interface Bridge {
  handlers: MainHandlers;
  /** Folder of this test's files (userData, saved and exported files). */
  dir: string;
  /** The path the next Open dialog returns (null = the user cancels). */
  nextOpen(path: string | null): void;
  /** The path the next Save dialog returns (null = the user cancels); default: `dir/<suggested name>`. */
  nextSave(path: string | null): void;
  /** Paths of every Save dialog shown, with its kind. */
  saveDialogs: { kind: SaveKind; defaultName: string }[];
  /** Lets the page drop a File named `name`, which the preload would resolve to `path`. */
  allowDrop(name: string, path: string): Promise<void>;
  /** Paths that "Show in folder" revealed. */
  revealed: string[];
  /** PNG bytes last written to the clipboard. */
  clipboard: Uint8Array | null;
  edited: boolean | null;
  /** The renderer's answers to `window:saveBeforeClose` (true: saved, the window may close). */
  closeAnswers: boolean[];
  /** While true, articles never finish opening (a file on a hung network share), until Cancel. */
  hangOpens: boolean;
  /** Sends a main → renderer event (menu command, file opened from outside, progress). */
  emit<E extends EventChannel>(event: E, payload: EventContract[E]): Promise<void>;
  menu(command: MenuCommand): Promise<void>;
}

declare global {
  interface Window {
    __ipc(channel: string, args: unknown[]): Promise<unknown>;
    __emit(event: string, payload: unknown): void;
    __dropPaths: Record<string, string>;
  }
}

/** Runs in the page before its scripts: the same shape as src/preload/index.ts builds. */
function installApi(methods: Record<string, string>): void {
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  const api: Record<string, unknown> = {};
  for (const [name, channel] of Object.entries(methods)) {
    api[name] = (...args: unknown[]) => window.__ipc(channel, args);
  }
  window.__dropPaths = {};
  // As src/preload/dropRegistry.ts: the files of the last drop, recorded before the page's handler, each
  // path given once. (Playwright's dispatched drops are not trusted events, so isTrusted is not checked.)
  let dropped = new Set<string>();
  window.addEventListener(
    'drop',
    (event) => {
      dropped = new Set();
      for (const file of Array.from(event.dataTransfer?.files ?? [])) {
        const path = window.__dropPaths[file.name];
        if (path) dropped.add(path);
      }
    },
    true,
  );
  api.openDropped = (file: File) => {
    const path = window.__dropPaths[file.name];
    if (!path || !dropped.delete(path)) {
      return Promise.resolve({
        ok: false,
        code: 'unsupported',
        message: `“${file.name}” is not a file dropped from the disk.`,
        path: null,
      });
    }
    return window.__ipc('file:openDropped', [path]);
  };
  api.on = (event: string, listener: (payload: unknown) => void) => {
    if (!listeners.has(event)) listeners.set(event, new Set());
    listeners.get(event)!.add(listener);
    return () => listeners.get(event)!.delete(listener);
  };
  window.__emit = (event, payload) => {
    for (const l of listeners.get(event) ?? []) l(payload);
  };
  Object.defineProperty(window, 'api', { value: Object.freeze(api), writable: false });
}

async function attachBridge(page: Page, dir: string, uiLang: Lang, baseURL: string): Promise<Bridge> {
  mkdirSync(join(dir, 'userData'), { recursive: true });
  const opens: (string | null)[] = [];
  const saves: (string | null)[] = [];
  const emit = async <E extends EventChannel>(event: E, payload: EventContract[E]): Promise<void> => {
    await page.evaluate(([e, p]) => window.__emit(e as string, p), [event, payload] as const);
  };
  const bridge: Bridge = {
    dir,
    saveDialogs: [],
    clipboard: null,
    revealed: [],
    edited: null,
    closeAnswers: [],
    hangOpens: false,
    nextOpen: (path) => void opens.push(path),
    nextSave: (path) => void saves.push(path),
    allowDrop: async (name, path) => {
      await page.evaluate(([n, p]) => void (window.__dropPaths[n!] = p!), [name, path]);
    },
    emit,
    menu: (command) => emit('menu:command', command),
    handlers: undefined as unknown as MainHandlers,
  };
  bridge.handlers = createHandlers({
    chooseFileToOpen: async () => (opens.length ? opens.shift()! : null),
    chooseSavePath: async (kind, defaultName) => {
      bridge.saveDialogs.push({ kind, defaultName });
      return saves.length ? saves.shift()! : join(dir, defaultName);
    },
    writeClipboardPng: (png) => {
      bridge.clipboard = png;
    },
    dataDir: join(dir, 'userData'),
    samplePath: SAMPLE_PATH,
    appInfo: () => ({ uiLang, version: '0.1.0', platform: process.platform }),
    setEdited: (edited) => (bridge.edited = edited),
    closeAfterSave: (saved) => void bridge.closeAnswers.push(saved),
    // The app prints with Electron's printToPDF; here, Chromium prints the same page.
    printPdf: htmlToPdf,
    showInFolder: (path) => void bridge.revealed.push(path),
    loadArticle: (path, opts) => (bridge.hangOpens ? new Promise(() => undefined) : loadArticle(path, opts)),
    progress: (p: OpenProgress) => void emit('file:progress', p).catch(() => undefined),
  });
  // The real registration: sender check and argument validation exactly as in Electron.
  const registered = new Map<string, (event: IpcEventLike, ...args: unknown[]) => unknown>();
  registerIpc(
    { handle: (channel, listener) => registered.set(channel, listener) },
    bridge.handlers,
    trustedSenderCheck(baseURL, resolve('out/renderer/index.html')),
  );
  await page.exposeBinding('__ipc', async (source, channel: string, args: unknown[]) => {
    const listener = registered.get(channel);
    if (!listener) throw new Error(`no handler for ${channel}`);
    return listener({ senderFrame: { url: source.frame.url() } }, ...args);
  });
  await page.addInitScript(installApi, API_METHODS as Record<string, string>);
  return bridge;
}

export const test = base.extend<{ bridge: Bridge; uiLang: Lang }>({
  /** The system language main reports (`test.use({ uiLang: 'fr' })`). */
  uiLang: ['en', { option: true }],
  bridge: async ({ page, uiLang, baseURL }, use, testInfo) => {
    await use(await attachBridge(page, testInfo.outputPath(), uiLang, baseURL!));
  },
});

export { expect };
