/* eslint-disable @typescript-eslint/no-explicit-any -- a recording stand-in for Electron objects */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { INVOKE_CHANNELS } from '../shared/ipc';

// A recording stand-in for the few Electron objects index.ts touches.
const h = vi.hoisted(() => {
  const state = {
    windows: [] as { options: Record<string, any>; wc: Record<string, any>; win: Record<string, any> }[],
    ipc: new Map<string, (event: unknown, ...args: unknown[]) => unknown>(),
    headers: null as null | ((details: unknown, cb: (r: unknown) => void) => void),
    permission: null as null | ((wc: unknown, p: string, cb: (ok: boolean) => void) => void),
    permissionCheck: null as null | ((...a: unknown[]) => boolean),
    deviceCheck: null as null | ((...a: unknown[]) => boolean),
    sessionEvents: new Map<string, (...a: unknown[]) => void>(),
    schemes: [] as unknown[],
    protocolHandler: null as null | ((request: { url: string }) => Promise<Response>),
    appEvents: new Map<string, (...a: unknown[]) => void>(),
    menu: null as unknown,
  };
  return state;
});

vi.mock('electron', () => {
  class BrowserWindow {
    static getAllWindows = () => h.windows;
    webContents: Record<string, any>;
    constructor(options: Record<string, any>) {
      const listeners = new Map<string, (...a: unknown[]) => void>();
      this.webContents = {
        listeners,
        on: (e: string, l: (...a: unknown[]) => void) => listeners.set(e, l),
        once: (e: string, l: (...a: unknown[]) => void) => listeners.set(e, l),
        setWindowOpenHandler: (fn: unknown) => listeners.set('window-open', fn as () => void),
        send: vi.fn(),
      };
      h.windows.push({ options, wc: this.webContents, win: this as unknown as Record<string, any> });
    }
    listeners = new Map<string, (...a: unknown[]) => void>();
    once() {}
    on(e: string, l: (...a: unknown[]) => void) {
      this.listeners.set(e, l);
    }
    close = vi.fn();
    loadURL = vi.fn(async () => undefined);
    loadFile = vi.fn(async () => undefined);
    isMinimized = () => false;
    focus() {}
    setDocumentEdited = vi.fn();
  }
  return {
    BrowserWindow,
    app: {
      requestSingleInstanceLock: () => true,
      whenReady: () => Promise.resolve(),
      on: (e: string, l: (...a: unknown[]) => void) => h.appEvents.set(e, l),
      getLocale: () => 'fr-FR',
      getPath: () => '/tmp/factline-test-userdata',
      getAppPath: () => process.cwd(),
      getVersion: () => '0.1.0',
      isPackaged: false,
      addRecentDocument: vi.fn(),
      quit: vi.fn(),
    },
    ipcMain: {
      handle: (channel: string, l: (event: unknown, ...args: unknown[]) => unknown) => h.ipc.set(channel, l),
    },
    Menu: { buildFromTemplate: (t: unknown) => t, setApplicationMenu: (m: unknown) => (h.menu = m) },
    session: {
      defaultSession: {
        webRequest: { onHeadersReceived: (fn: typeof h.headers) => (h.headers = fn) },
        setPermissionRequestHandler: (fn: typeof h.permission) => (h.permission = fn),
        setPermissionCheckHandler: (fn: typeof h.permissionCheck) => (h.permissionCheck = fn),
        setDevicePermissionHandler: (fn: typeof h.deviceCheck) => (h.deviceCheck = fn),
        on: (e: string, l: (...a: unknown[]) => void) => h.sessionEvents.set(e, l),
      },
    },
    protocol: {
      registerSchemesAsPrivileged: (s: unknown[]) => h.schemes.push(...s),
      handle: (_scheme: string, fn: typeof h.protocolHandler) => (h.protocolHandler = fn),
    },
    dialog: { showOpenDialog: vi.fn(), showSaveDialog: vi.fn(), showMessageBox: vi.fn() },
    clipboard: { write: vi.fn() },
    ClipboardItem: class {},
    shell: { openExternal: vi.fn() },
  };
});

const { createMainWindow, guardWebContents, main, CONTENT_SECURITY_POLICY, uiLanguage } =
  await import('./index');
const { menuTemplate } = await import('./menu');
const electron = await import('electron');

describe('the main window', () => {
  beforeEach(() => void (h.windows.length = 0));

  it('isolates the renderer: context isolation, sandbox, no Node integration, a CommonJS preload', () => {
    createMainWindow();
    const prefs = h.windows[0]!.options.webPreferences;
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
    });
    expect(prefs.preload).toMatch(/preload[\\/]index\.cjs$/);
  });

  it('loads the app from app://factline, with DevTools only outside the packaged app', () => {
    createMainWindow();
    const { win, options } = h.windows[0]!;
    expect(win.loadURL).toHaveBeenCalledWith('app://factline/index.html');
    expect(win.loadFile).not.toHaveBeenCalled();
    expect(options.webPreferences.devTools).toBe(true); // app.isPackaged is false here
  });

  it('refuses navigation, frame navigation and redirects away from the app, webviews and new windows', () => {
    createMainWindow();
    const wc = h.windows[0]!.wc;
    for (const name of ['will-navigate', 'will-frame-navigate', 'will-redirect']) {
      const away = { url: 'https://example.com/phishing', preventDefault: vi.fn() };
      wc.listeners.get(name)(away);
      expect(away.preventDefault, name).toHaveBeenCalled();
      const file = { url: 'file:///etc/passwd', preventDefault: vi.fn() };
      wc.listeners.get(name)(file);
      expect(file.preventDefault, name).toHaveBeenCalled();
      const home = { url: 'app://factline/index.html#x', preventDefault: vi.fn() };
      wc.listeners.get(name)(home);
      expect(home.preventDefault, name).not.toHaveBeenCalled();
    }
    expect(wc.listeners.get('window-open')({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    const attach = { preventDefault: vi.fn() };
    wc.listeners.get('will-attach-webview')(attach);
    expect(attach.preventDefault).toHaveBeenCalled();
  });

  it('opens a web link in the browser only after the user saw the address and said yes', async () => {
    createMainWindow();
    const wc = h.windows[0]!.wc;
    const ask = vi.mocked(electron.dialog.showMessageBox);
    const openExternal = vi.mocked(electron.shell.openExternal);
    ask.mockReset();
    openExternal.mockReset();
    ask.mockResolvedValueOnce({ response: 1, checkboxChecked: false } as never);
    expect(wc.listeners.get('window-open')({ url: 'https://example.com/a' })).toEqual({ action: 'deny' });
    await vi.waitFor(() => expect(ask).toHaveBeenCalledTimes(1));
    const options = (ask.mock.calls[0] as unknown[]).at(-1) as { detail: string };
    expect(options.detail).toBe('https://example.com/a');
    await new Promise((r) => setTimeout(r, 0));
    expect(openExternal).not.toHaveBeenCalled(); // Cancel
    ask.mockResolvedValueOnce({ response: 0, checkboxChecked: false } as never);
    wc.listeners.get('window-open')({ url: 'https://example.com/b' });
    await vi.waitFor(() => expect(openExternal).toHaveBeenCalledWith('https://example.com/b'));
    // Never asked for what must not be opened at all.
    wc.listeners.get('window-open')({ url: 'smb://server/share' });
    wc.listeners.get('window-open')({ url: 'https://bank.example@evil.example/' });
    await new Promise((r) => setTimeout(r, 0));
    expect(ask).toHaveBeenCalledTimes(2);
  });

  it('has DevTools in the View menu only in development', () => {
    const actions = { send: () => undefined, openRecent: () => undefined } as unknown as Parameters<
      typeof menuTemplate
    >[2];
    const roles = (devTools: boolean) =>
      JSON.stringify(menuTemplate('en', [], actions, false, devTools)).includes('toggleDevTools');
    expect(roles(false)).toBe(false);
    expect(roles(true)).toBe(true);
  });

  it('has a strict Content-Security-Policy: no inline or evaluated scripts, no plugins', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|unsafe-inline/);
  });

  it('follows the system language for the UI', () => {
    expect(uiLanguage('fr-CA')).toBe('fr');
    expect(uiLanguage('en-GB')).toBe('en');
    expect(uiLanguage('de')).toBe('en');
  });
});

describe('starting the app', () => {
  it('registers a handler for every channel of the IPC contract, and serves the page with the CSP header', async () => {
    main();
    // Ready once the menu is built (after the recent list is read), however loaded the machine is.
    await vi.waitFor(() => expect(h.menu).not.toBeNull(), { timeout: 5000 });
    expect([...h.ipc.keys()].sort()).toEqual([...INVOKE_CHANNELS].sort());
    const page = await h.protocolHandler!({ url: 'app://factline/index.html' });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(h.headers).toBeNull(); // no dev server: nothing rewrites other responses' headers
    let granted: boolean | undefined;
    h.permission!({}, 'media', (ok) => (granted = ok));
    expect(granted).toBe(false);
    expect(h.permissionCheck!({}, 'clipboard-read', 'app://factline', {})).toBe(false);
    expect(h.deviceCheck!({ deviceType: 'usb' })).toBe(false);
    for (const name of ['select-hid-device', 'select-usb-device']) {
      const event = { preventDefault: vi.fn() };
      const callback = vi.fn();
      h.sessionEvents.get(name)!(event, {}, callback);
      expect(event.preventDefault).toHaveBeenCalled();
      expect(callback).toHaveBeenCalledWith();
    }
    // app:// is privileged before ready, and serves the built renderer with the CSP header.
    expect(h.schemes).toEqual([expect.objectContaining({ scheme: 'app' })]);
    expect(h.protocolHandler).not.toBeNull();
    const outside = await h.protocolHandler!({ url: 'app://factline/..%2f..%2fpackage.json' });
    expect(outside.status).toBe(403);
  });

  it('guards every web contents Electron creates, not only the window', () => {
    const listeners = new Map<string, (...a: unknown[]) => void>();
    const contents = {
      on: (e: string, l: (...a: unknown[]) => void) => listeners.set(e, l),
      setWindowOpenHandler: (fn: () => unknown) => listeners.set('window-open', fn),
    };
    h.appEvents.get('web-contents-created')!({}, contents);
    const away = { url: 'https://evil.example/', preventDefault: vi.fn() };
    listeners.get('will-frame-navigate')!(away);
    expect(away.preventDefault).toHaveBeenCalled();
    expect(listeners.get('window-open')!({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
    expect(typeof guardWebContents).toBe('function');
  });

  it('refuses IPC calls from a frame that is not the app, and calls with wrong arguments', async () => {
    const openPath = h.ipc.get('file:openPath')!;
    expect(() => openPath({ senderFrame: { url: 'https://evil.example/' } }, '/etc/passwd')).toThrow(
      /refused/,
    );
    expect(() =>
      openPath({ senderFrame: { url: 'file:///opt/factline/out/renderer/index.html' } }, '/x'),
    ).toThrow(/refused/);
    const appUrl = 'app://factline/index.html';
    const wrong = h.ipc.get('window:setEdited')!;
    expect(() => wrong({ senderFrame: { url: appUrl } }, 'yes')).toThrow(/invalid arguments/);
  });

  it('builds the menu in the system language with the usual accelerators', () => {
    const menu = h.menu as { label?: string; submenu?: { accelerator?: string }[] }[];
    const file = menu.find((m) => m.label === 'Fichier')!;
    const accels = file.submenu!.map((i) => i.accelerator).filter(Boolean);
    expect(accels).toEqual(
      expect.arrayContaining(['CmdOrCtrl+O', 'CmdOrCtrl+S', 'CmdOrCtrl+Shift+S', 'CmdOrCtrl+E']),
    );
  });
});

describe('closing with unsaved edits', () => {
  const appUrl = 'app://factline/index.html';
  const call = (channel: string, ...args: unknown[]) =>
    h.ipc.get(channel)!({ senderFrame: { url: appUrl } }, ...args);

  it('asks in the system language, saves through the renderer, and closes once it is saved', async () => {
    const { win, wc } = h.windows.at(-1)!;
    const showMessageBox = vi.mocked(electron.dialog.showMessageBox);
    showMessageBox.mockReset();
    showMessageBox.mockResolvedValue({ response: 0, checkboxChecked: false } as never);
    const close = { preventDefault: vi.fn() };

    win.listeners.get('close')(close);
    expect(close.preventDefault).not.toHaveBeenCalled(); // nothing edited: it just closes
    await call('window:setEdited', true);
    win.listeners.get('close')(close);
    expect(close.preventDefault).toHaveBeenCalled();
    await vi.waitFor(() => expect(wc.send).toHaveBeenCalledWith('window:saveBeforeClose', null));
    const options = (showMessageBox.mock.calls[0] as unknown[])[1] as { buttons: string[] };
    expect(options.buttons).toEqual(['Enregistrer', 'Ne pas enregistrer', 'Annuler']);
    expect(win.close).not.toHaveBeenCalled();
    await call('window:closeAfterSave', true);
    expect(win.close).toHaveBeenCalled();
  });
});
