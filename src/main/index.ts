// Electron lifecycle: one window with the security baseline, the menu, and every way a file comes in
// (dialog, drop, command line, second launch, macOS open-file, Open Recent). All real work is in
// handlers.ts and services/, which run without Electron.

import {
  app,
  BrowserWindow,
  clipboard,
  ClipboardItem,
  dialog,
  ipcMain,
  Menu,
  protocol,
  session,
  shell,
  type WebContents,
} from 'electron';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EventChannel, EventContract, OpenResult, RecentEntry, Settings } from '../shared/ipc';
import type { Lang } from '../shared/timeline';
import { printHtmlToPdf } from './services/printPdf';
import { createHandlers, type MainHandlers, type SaveKind } from './handlers';
import { registerIpc, trustedSenderCheck } from './ipc';
import { menuTemplate } from './menu';
import { pathsFromArgv } from './argv';
import { createWorkerLoader } from './services/articleLoader';
import { CLOSE_CHOICES, CLOSE_PROMPT, createCloseGuard, type CloseGuard } from './services/closeGuard';
import { APP_ENTRY, APP_SCHEME, APP_SCHEME_PRIVILEGES, appProtocolHandler } from './services/appProtocol';
import { EXTERNAL_PROMPT, externalLink } from './services/externalLink';
import { CONTENT_SECURITY_POLICY, DEV_CONTENT_SECURITY_POLICY } from './services/csp';

export { CONTENT_SECURITY_POLICY, DEV_CONTENT_SECURITY_POLICY } from './services/csp';

const HERE = dirname(fileURLToPath(import.meta.url));
const RENDERER_FILE = join(HERE, '../renderer/index.html');
const PRELOAD_FILE = join(HERE, '../preload/index.cjs');
// The built renderer is served as app://factline/index.html (services/appProtocol.ts), never from file://.
const isTrusted = trustedSenderCheck(process.env.ELECTRON_RENDERER_URL, APP_ENTRY);

let mainWindow: BrowserWindow | null = null;
/** Asks "Save changes?" before the window with unsaved edits closes (see services/closeGuard.ts). */
let closeGuard: CloseGuard | null = null;
/** Files that arrived before the window could show them (open-file fires before ready on macOS). */
const pendingPaths: string[] = [];

export function uiLanguage(locale: string): Lang {
  return locale.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

/** The display settings in force (View ▸ Theme / Interface Language), read at start and after each change. */
let settings: Settings = { theme: 'system', uiLang: 'system' };
let lastRecent: RecentEntry[] = [];

/** The interface language: the user's choice, else the system's. */
function chosenLanguage(): Lang {
  return settings.uiLang === 'system' ? uiLanguage(app.getLocale()) : settings.uiLang;
}

export function createMainWindow(): BrowserWindow {
  const win = new BrowserWindow({
    width: 1360,
    height: 860,
    minWidth: 800,
    minHeight: 520,
    show: false,
    title: 'Factline',
    webPreferences: {
      preload: PRELOAD_FILE,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      spellcheck: false,
      // No DevTools in the packaged app: they would give anyone at the keyboard the bridge's functions.
      devTools: !app.isPackaged,
    },
  });
  guardWebContents(win.webContents);
  win.once('ready-to-show', () => win.show());
  void win.loadURL(process.env.ELECTRON_RENDERER_URL ?? APP_ENTRY);
  return win;
}

const guarded = new WeakSet<WebContents>();

/**
 * Every web contents (the window, and any frame or view Electron makes later, via `web-contents-created`):
 * no navigation, frame navigation or redirect away from the app, no webview, no new window. A web link the
 * page opens goes to the system browser only after the user has seen its address and said yes.
 */
export function guardWebContents(contents: WebContents): void {
  if (guarded.has(contents)) return;
  guarded.add(contents);
  const stay = (event: { preventDefault(): void }, url: string): void => {
    if (!isTrusted(url)) {
      event.preventDefault();
      console.warn(`navigation refused: ${JSON.stringify(url.slice(0, 200))}`);
    }
  };
  contents.on('will-navigate', (event) => stay(event, event.url));
  contents.on('will-frame-navigate', (event) => stay(event, event.url));
  contents.on('will-redirect', (event) => stay(event, event.url));
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    const link = externalLink(url);
    if (link) void confirmExternal(link);
    return { action: 'deny' };
  });
}

async function confirmExternal(url: string): Promise<void> {
  const t = EXTERNAL_PROMPT[uiLanguage(app.getLocale())];
  const options: Electron.MessageBoxOptions = {
    type: 'question',
    message: t.message,
    detail: t.detail(url),
    buttons: [t.open, t.cancel],
    defaultId: 1,
    cancelId: 1,
    noLink: true,
  };
  try {
    const answer = mainWindow
      ? await dialog.showMessageBox(mainWindow, options)
      : await dialog.showMessageBox(options);
    if (answer?.response === 0) await shell.openExternal(url);
  } catch (err) {
    console.warn(`the link was not opened: ${String(err)}`);
  }
}

/** Nothing the page asks for (camera, notifications, USB, serial, HID, Bluetooth) is ever granted. */
function denyPermissions(ses: Electron.Session): void {
  ses.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.setDevicePermissionHandler(() => false);
  ses.on('select-hid-device', (event, _details, callback) => {
    event.preventDefault();
    callback();
  });
  ses.on('select-serial-port', (event, _ports, _wc, callback) => {
    event.preventDefault();
    callback('');
  });
  ses.on('select-usb-device', (event, _details, callback) => {
    event.preventDefault();
    callback();
  });
}

function send<E extends EventChannel>(event: E, payload: EventContract[E]): void {
  mainWindow?.webContents.send(event, payload);
}

function refreshMenu(handlers: MainHandlers, recent: RecentEntry[]): void {
  lastRecent = recent;
  const lang = chosenLanguage();
  const template = menuTemplate(
    lang,
    recent,
    {
      send: (command) => send('menu:command', command),
      openRecent: (path) => void handlers.openFromOutside(path).then((r) => send('file:opened', r)),
      setSettings: (patch) => void handlers['settings:set'](patch).catch(() => undefined),
      settings,
    },
    process.platform === 'darwin',
    !app.isPackaged,
  );
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

async function openFromOutside(handlers: MainHandlers, path: string): Promise<void> {
  if (!mainWindow) {
    pendingPaths.push(path);
    return;
  }
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.focus();
  const result: OpenResult = await handlers.openFromOutside(path);
  send('file:opened', result);
}

const FILTERS: Record<SaveKind, Electron.FileFilter[]> = {
  timeline: [{ name: 'Factline timeline', extensions: ['factline.json'] }],
  png: [{ name: 'PNG image', extensions: ['png'] }],
  svg: [{ name: 'SVG image', extensions: ['svg'] }],
  html: [{ name: 'Web page', extensions: ['html'] }],
  pdf: [{ name: 'PDF document', extensions: ['pdf'] }],
  csv: [{ name: 'CSV spreadsheet', extensions: ['csv'] }],
  timelinejs: [{ name: 'TimelineJS JSON', extensions: ['json'] }],
  'timelinejs-csv': [{ name: 'TimelineJS spreadsheet (CSV)', extensions: ['csv'] }],
  markwhen: [{ name: 'markwhen', extensions: ['mw'] }],
};

/** The window asks before it closes with unsaved edits; a quit waits for the answer too. */
export function guardClose(win: BrowserWindow): CloseGuard {
  const t = CLOSE_PROMPT[chosenLanguage()];
  const guard = createCloseGuard({
    async ask() {
      const { response } = await dialog.showMessageBox(win, {
        type: 'warning',
        message: t.message,
        detail: t.detail,
        buttons: [t.save, t.discard, t.cancel],
        defaultId: 0,
        cancelId: 2,
        noLink: true,
      });
      return CLOSE_CHOICES[response] ?? 'cancel';
    },
    requestSave: () => win.webContents.send('window:saveBeforeClose', null),
    close: () => win.close(),
    quit: () => app.quit(),
  });
  win.on('close', (event) => {
    if (guard.shouldPreventClose()) event.preventDefault();
  });
  win.on('closed', () => {
    if (mainWindow === win) mainWindow = null;
    if (closeGuard === guard) closeGuard = null;
  });
  closeGuard = guard;
  return guard;
}

function main(): void {
  // Before ready, as Electron requires: app:// behaves like https (secure, standard) for the page.
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: APP_SCHEME_PRIVILEGES }]);
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  const handlers = createHandlers({
    async chooseFileToOpen() {
      const options: Electron.OpenDialogOptions = {
        properties: ['openFile'],
        filters: [
          { name: 'Articles', extensions: ['txt', 'html', 'htm', 'md', 'markdown', 'docx', 'pdf', 'json'] },
          { name: 'All files', extensions: ['*'] },
        ],
      };
      const r = mainWindow
        ? await dialog.showOpenDialog(mainWindow, options)
        : await dialog.showOpenDialog(options);
      return r.canceled ? null : (r.filePaths[0] ?? null);
    },
    async chooseSavePath(kind, defaultName) {
      const options: Electron.SaveDialogOptions = { defaultPath: defaultName, filters: FILTERS[kind] };
      const r = mainWindow
        ? await dialog.showSaveDialog(mainWindow, options)
        : await dialog.showSaveDialog(options);
      return r.canceled ? null : (r.filePath ?? null);
    },
    async writeClipboardPng(png) {
      await clipboard.write([
        new ClipboardItem({ 'image/png': new Blob([new Uint8Array(png)], { type: 'image/png' }) }),
      ]);
    },
    loadArticle: createWorkerLoader(new URL('./articleWorker.js', import.meta.url)),
    dataDir: app.getPath('userData'),
    samplePath: join(app.getAppPath(), 'resources', 'sample', 'guterres-moscou.html'),
    appInfo: () => ({
      uiLang: uiLanguage(app.getLocale()),
      version: app.getVersion(),
      platform: process.platform,
    }),
    setEdited(edited) {
      closeGuard?.setEdited(edited);
      mainWindow?.setDocumentEdited(edited);
    },
    closeAfterSave: (saved) => closeGuard?.afterSave(saved),
    printPdf: printHtmlToPdf,
    showInFolder: (path) => shell.showItemInFolder(path),
    progress: (p) => send('file:progress', p),
    // From the menu or the window's own settings: the menu follows, and the window is told.
    settingsChanged(now) {
      settings = now;
      refreshMenu(handlers, lastRecent);
      send('settings:changed', now);
    },
    recentChanged(entries, opened) {
      app.addRecentDocument(opened);
      refreshMenu(handlers, entries);
    },
  });

  // macOS hands files over with open-file, possibly before ready.
  app.on('open-file', (event, path) => {
    event.preventDefault();
    void openFromOutside(handlers, path);
  });
  app.on('second-instance', (_event, argv, workingDirectory) => {
    for (const path of pathsFromArgv(argv, workingDirectory, false)) void openFromOutside(handlers, path);
    if (mainWindow?.isMinimized()) mainWindow.restore();
    mainWindow?.focus();
  });

  void app.whenReady().then(async () => {
    // The dev server's pages get the CSP as a header too (app:// responses carry the strict one themselves).
    if (process.env.ELECTRON_RENDERER_URL) {
      session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
        callback({
          responseHeaders: {
            ...details.responseHeaders,
            'Content-Security-Policy': [DEV_CONTENT_SECURITY_POLICY],
          },
        });
      });
    }
    // The renderer's files, from the build folder only, each with the CSP header.
    protocol.handle(APP_SCHEME, appProtocolHandler(dirname(RENDERER_FILE), CONTENT_SECURITY_POLICY));
    denyPermissions(session.defaultSession);
    registerIpc(ipcMain, handlers, isTrusted);
    settings = await handlers['settings:get']();
    refreshMenu(handlers, await handlers['recent:list']());
    mainWindow = createMainWindow();
    guardClose(mainWindow);
    pendingPaths.push(...pathsFromArgv(process.argv, process.cwd(), !app.isPackaged));
    mainWindow.webContents.once('did-finish-load', () => {
      for (const path of pendingPaths.splice(0)) void openFromOutside(handlers, path);
    });
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) guardClose((mainWindow = createMainWindow()));
    });
  });
  app.on('before-quit', () => closeGuard?.quitRequested());
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents));
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}

// Imported by unit tests under vi.mock('electron'); started only inside Electron.
if (process.versions.electron) main();
export { main };
