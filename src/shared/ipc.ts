// The one typed IPC contract between the renderer and main. Main's handlers (src/main/handlers.ts), the
// preload's `window.api` (src/preload/index.ts), its `Window` type and the e2e bridge all derive from it:
// a new call is one entry in INVOKE_CHANNELS + API_METHODS + a validator here, plus its handler.
// Pure module: no Electron, no Node — the preload bundles it and the Playwright bridge imports it.

import type { DctSource, Lang, TimelineDocument } from './timeline';

// ---------------------------------------------------------------------------------------------------------
// Data crossing the bridge (plain, structured-clone-safe objects)

export type ArticleFormat = 'txt' | 'html' | 'md' | 'docx' | 'pdf';

/** An article as main loaded it: decoded text plus what the file says about itself. */
export interface OpenedArticle {
  path: string;
  name: string;
  text: string;
  title: string | null;
  format: ArticleFormat;
  encoding: string | null;
  dct: string | null;
  dctSource: Exclude<DctSource, 'option' | 'user'>;
  /** Where exactly the date was read, e.g. `article:published_time`. */
  dctDetail: string | null;
}

export type OpenErrorCode =
  | 'missing'
  | 'permission'
  | 'directory'
  | 'empty'
  | 'binary'
  | 'unsupported'
  | 'corrupt'
  | 'too-large'
  | 'no-article-text'
  | 'not-allowed'
  | 'bad-timeline'
  /** The open ran past the time limit and was stopped. */
  | 'timeout';

export type OpenResult =
  | { ok: true; kind: 'article'; article: OpenedArticle }
  | { ok: true; kind: 'timeline'; path: string; name: string; doc: TimelineDocument }
  | { ok: false; canceled: true }
  | { ok: false; canceled?: false; code: OpenErrorCode; message: string; path: string | null };

export type SaveResult =
  | { ok: true; path: string }
  | { ok: false; canceled: true }
  | { ok: false; canceled?: false; message: string };

export interface RecentEntry {
  path: string;
  name: string;
  openedAt: string;
}

export interface SaveTimelineRequest {
  doc: TimelineDocument;
  /** Current file, or null to ask where (Save As). */
  path: string | null;
}

export type ImageFormat = 'png' | 'svg';

export interface ExportImageRequest {
  svg: string;
  format: ImageFormat;
  /** PNG pixel ratio: 1, 2 or 3. */
  scale: number;
  /** Suggested file name without extension. */
  name: string;
}

/** Formats that hand the timeline on: built in main from the document (src/core/export/). */
export type FileExportFormat = 'html' | 'pdf' | 'csv' | 'timelinejs' | 'timelinejs-csv' | 'markwhen';
export const FILE_EXPORT_FORMATS: readonly FileExportFormat[] = [
  'html',
  'pdf',
  'csv',
  'timelinejs',
  'timelinejs-csv',
  'markwhen',
];

export interface ExportFileRequest {
  /** The events to export (already narrowed to the visible window when the user chose it). */
  doc: TimelineDocument;
  format: FileExportFormat;
  /** Suggested file name without extension. */
  name: string;
  /** Language of the page's own words (HTML, PDF): the interface's. */
  lang: Lang;
  /** PDF sheet, landscape. */
  paper: 'a4' | 'letter';
  /** Title of the page or of the TimelineJS title slide; the article's when empty. */
  title: string;
}

export interface AutosaveEntry {
  doc: TimelineDocument;
  savedAt: string;
  /** The .factline.json it belongs to, or null for an unsaved document. */
  path: string | null;
}

/** An autosave that failed says why, so the window can warn that the safety copy is not being kept. */
export type AutosaveResult = { ok: true } | { ok: false; message: string };

export interface AppInfo {
  /** UI language from the system, `fr` or `en`. */
  uiLang: Lang;
  version: string;
  platform: string;
}

/** Display settings, remembered by main: each follows the system unless the user chose. */
export type ThemeChoice = 'system' | 'light' | 'dark';
export type LangChoice = 'system' | Lang;
export interface Settings {
  theme: ThemeChoice;
  /** Interface language; the article's own language is detected from its text (French or English). */
  uiLang: LangChoice;
}
export const THEME_CHOICES: readonly ThemeChoice[] = ['system', 'light', 'dark'];
export const LANG_CHOICES: readonly LangChoice[] = ['system', 'en', 'fr'];

export type MenuCommand =
  | 'open'
  | 'open-sample'
  | 'save'
  | 'save-as'
  | 'export'
  | 'copy-image'
  | 'undo'
  | 'redo'
  | 'zoom-in'
  | 'zoom-out'
  | 'zoom-fit'
  | 'toggle-list';

export const MENU_COMMANDS: readonly MenuCommand[] = [
  'open',
  'open-sample',
  'save',
  'save-as',
  'export',
  'copy-image',
  'undo',
  'redo',
  'zoom-in',
  'zoom-out',
  'zoom-fit',
  'toggle-list',
];

export interface OpenProgress {
  fraction: number;
  stage: string;
}

// ---------------------------------------------------------------------------------------------------------
// Renderer → main calls (ipcRenderer.invoke / ipcMain.handle)

export interface InvokeContract {
  /** Shows the native Open dialog (articles and .factline.json) and loads the choice. */
  'file:open': { args: []; result: OpenResult };
  /** Opens a path the user already chose (dropped, command line, recent list). */
  'file:openPath': { args: [path: string]; result: OpenResult };
  /** A file dropped on the window; the preload reads its path from the dropped File (never renderer code). */
  'file:openDropped': { args: [path: string]; result: OpenResult };
  /** Opens the sample article bundled in resources/. */
  'file:openSample': { args: []; result: OpenResult };
  'recent:list': { args: []; result: RecentEntry[] };
  'timeline:save': { args: [request: SaveTimelineRequest]; result: SaveResult };
  'export:image': { args: [request: ExportImageRequest]; result: SaveResult };
  'export:file': { args: [request: ExportFileRequest]; result: SaveResult };
  /** Shows a file this window just exported in the system's file manager; false for any other path. */
  'export:reveal': { args: [path: string]; result: boolean };
  /** `message` says why an image was refused (too many pixels, a link outside the image). */
  'export:copyImage': {
    args: [request: { svg: string; scale: number }];
    result: { ok: boolean; message?: string };
  };
  'autosave:write': { args: [entry: AutosaveEntry]; result: AutosaveResult };
  'autosave:read': { args: []; result: AutosaveEntry | null };
  'autosave:clear': { args: []; result: void };
  'window:setEdited': { args: [edited: boolean]; result: void };
  /** Gives up the open in progress (its result, when it comes, is dropped); the Cancel button. */
  'file:cancelOpen': { args: []; result: void };
  /** The answer to `window:saveBeforeClose`: saved (the window may close) or not (it stays). */
  'window:closeAfterSave': { args: [saved: boolean]; result: void };
  'app:info': { args: []; result: AppInfo };
  'settings:get': { args: []; result: Settings };
  /** Changes some settings; resolves to all of them as now in force (the menu follows too). */
  'settings:set': { args: [patch: Partial<Settings>]; result: Settings };
}

export type InvokeChannel = keyof InvokeContract;
export type InvokeArgs<C extends InvokeChannel> = InvokeContract[C]['args'];
export type InvokeResult<C extends InvokeChannel> = InvokeContract[C]['result'];

// Main → renderer notifications (webContents.send / ipcRenderer.on)
export interface EventContract {
  'menu:command': MenuCommand;
  /** A file arrived from outside the window: command line, second launch, macOS open-file, recent menu. */
  'file:opened': OpenResult;
  'file:progress': OpenProgress;
  /** The user chose Save in the close prompt: save, then answer with `window:closeAfterSave`. */
  'window:saveBeforeClose': null;
  /** Settings changed from the native menu (View ▸ Theme, View ▸ Language). */
  'settings:changed': Settings;
}
export type EventChannel = keyof EventContract;
export const EVENT_CHANNELS: readonly EventChannel[] = [
  'menu:command',
  'file:opened',
  'file:progress',
  'window:saveBeforeClose',
  'settings:changed',
];

/** window.api method name → channel. The preload and the e2e bridge build `window.api` from this table. */
export const API_METHODS = {
  openFile: 'file:open',
  openPath: 'file:openPath',
  openSample: 'file:openSample',
  listRecent: 'recent:list',
  saveTimeline: 'timeline:save',
  exportImage: 'export:image',
  copyImage: 'export:copyImage',
  exportFile: 'export:file',
  revealExport: 'export:reveal',
  writeAutosave: 'autosave:write',
  readAutosave: 'autosave:read',
  clearAutosave: 'autosave:clear',
  setEdited: 'window:setEdited',
  cancelOpen: 'file:cancelOpen',
  closeAfterSave: 'window:closeAfterSave',
  appInfo: 'app:info',
  getSettings: 'settings:get',
  setSettings: 'settings:set',
} as const satisfies Record<string, InvokeChannel>;

/** Every invoke channel: the API methods plus the preload-only drop channel. */
export const INVOKE_CHANNELS: readonly InvokeChannel[] = [...Object.values(API_METHODS), 'file:openDropped'];

type Methods = {
  [M in keyof typeof API_METHODS]: (
    ...args: InvokeArgs<(typeof API_METHODS)[M]>
  ) => Promise<InvokeResult<(typeof API_METHODS)[M]>>;
};

/** `window.api`, as the renderer sees it. */
export interface FactlineApi extends Methods {
  /** Opens a file dropped on the window; the path never passes through renderer code. */
  openDropped(file: File): Promise<OpenResult>;
  on<E extends EventChannel>(event: E, listener: (payload: EventContract[E]) => void): () => void;
}

// ---------------------------------------------------------------------------------------------------------
// Argument validation: main checks every call against these before running a handler.

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
// A path or a name with a NUL would be cut there by the system and name another file than the one checked.
const isString = (v: unknown, max = 4096): v is string =>
  typeof v === 'string' && v.length > 0 && v.length <= max && !v.includes('\0');
const MAX_DOC_CHARS = 200 * 1024 * 1024;

/** Budgets for one call's arguments, far above any real document (a 50 MB article has some 10⁵ mentions). */
export const ARG_LIMITS = {
  /** Longest string anywhere (the document's text). */
  maxString: MAX_DOC_CHARS,
  /** Longest list (mentions, events, an event's cited mentions). */
  maxList: 500_000,
  /** Values in one call, all levels together. */
  maxValues: 5_000_000,
  /** Nesting of objects and lists (a timeline document needs 5). */
  maxDepth: 16,
} as const;

// Keys that would reach an object's prototype when the document is merged or copied with Object.assign.
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
// The article's own words may hold a NUL (a PDF with an unmapped glyph); it is saved as \u0000, never a path.
const NUL_ALLOWED_KEYS = new Set(['text', 'label']);

/**
 * The first thing wrong with a call's arguments as data, whatever the channel, or null: every string
 * bounded and without NUL (except the article's own text), only plain objects and lists, no prototype
 * keys, lists, nesting and total size bounded. Walks without recursion, so a hostile 10⁶-deep
 * `[[[…]]]` is refused at depth 17 instead of overflowing the stack.
 */
export function argumentProblem(args: unknown[], limits = ARG_LIMITS): string | null {
  const stack: { value: unknown; key: string; depth: number }[] = [{ value: args, key: '', depth: 0 }];
  let values = 0;
  while (stack.length > 0) {
    const { value, key, depth } = stack.pop()!;
    if (++values > limits.maxValues) return `it holds more than ${limits.maxValues} values`;
    if (typeof value === 'string') {
      if (value.length > limits.maxString) return `a string is longer than ${limits.maxString} characters`;
      if (!NUL_ALLOWED_KEYS.has(key) && value.includes('\0'))
        return `${key || 'a string'} contains a NUL character`;
      continue;
    }
    if (value === null || typeof value !== 'object') continue;
    if (depth >= limits.maxDepth) return `it is nested more than ${limits.maxDepth} levels deep`;
    if (Array.isArray(value)) {
      if (value.length > limits.maxList) return `${key || 'a list'} has more than ${limits.maxList} items`;
      for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i], key, depth: depth + 1 });
      continue;
    }
    const proto = Object.getPrototypeOf(value) as unknown;
    if (proto !== Object.prototype && proto !== null) return `${key || 'a value'} is not plain data`;
    for (const k of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(k)) return `it has a ${k} key`;
      if (k.length > 256) return 'it has a key longer than 256 characters';
      stack.push({ value: (value as Record<string, unknown>)[k], key: k, depth: depth + 1 });
    }
  }
  return null;
}

/** Shape check of a timeline document coming back from the renderer (it is saved, never executed). */
export function isTimelineDocument(v: unknown): v is TimelineDocument {
  return (
    isObject(v) &&
    v.format === 'factline.timeline/1' &&
    isObject(v.source) &&
    typeof v.text === 'string' &&
    v.text.length <= MAX_DOC_CHARS &&
    Array.isArray(v.mentions) &&
    Array.isArray(v.events)
  );
}

const noArgs = (a: unknown[]): boolean => a.length === 0;

export const VALIDATORS: { [C in InvokeChannel]: (args: unknown[]) => boolean } = {
  'file:open': noArgs,
  'file:openPath': (a) => a.length === 1 && isString(a[0]),
  'file:openDropped': (a) => a.length === 1 && isString(a[0]),
  'file:openSample': noArgs,
  'recent:list': noArgs,
  'timeline:save': (a) =>
    a.length === 1 &&
    isObject(a[0]) &&
    isTimelineDocument(a[0].doc) &&
    (a[0].path === null || isString(a[0].path)),
  'export:image': (a) =>
    a.length === 1 &&
    isObject(a[0]) &&
    isString(a[0].svg, 100 * 1024 * 1024) &&
    (a[0].format === 'png' || a[0].format === 'svg') &&
    [1, 2, 3].includes(a[0].scale as number) &&
    isString(a[0].name, 255),
  'export:file': (a) =>
    a.length === 1 &&
    isObject(a[0]) &&
    isTimelineDocument(a[0].doc) &&
    FILE_EXPORT_FORMATS.includes(a[0].format as FileExportFormat) &&
    isString(a[0].name, 255) &&
    (a[0].lang === 'fr' || a[0].lang === 'en') &&
    (a[0].paper === 'a4' || a[0].paper === 'letter') &&
    typeof a[0].title === 'string' &&
    a[0].title.length <= 1000,
  'export:reveal': (a) => a.length === 1 && isString(a[0]),
  'export:copyImage': (a) =>
    a.length === 1 &&
    isObject(a[0]) &&
    isString(a[0].svg, 100 * 1024 * 1024) &&
    [1, 2, 3].includes(a[0].scale as number),
  'autosave:write': (a) =>
    a.length === 1 &&
    isObject(a[0]) &&
    isTimelineDocument(a[0].doc) &&
    typeof a[0].savedAt === 'string' &&
    (a[0].path === null || isString(a[0].path)),
  'autosave:read': noArgs,
  'autosave:clear': noArgs,
  'window:setEdited': (a) => a.length === 1 && typeof a[0] === 'boolean',
  'file:cancelOpen': noArgs,
  'window:closeAfterSave': (a) => a.length === 1 && typeof a[0] === 'boolean',
  'app:info': noArgs,
  'settings:get': noArgs,
  'settings:set': (a) => a.length === 1 && isSettingsPatch(a[0]),
};

/** Some of `theme` and `uiLang`, each one of its choices, and nothing else. */
export function isSettingsPatch(v: unknown): v is Partial<Settings> {
  if (!isObject(v) || Array.isArray(v)) return false;
  return Object.entries(v).every(([key, value]) =>
    key === 'theme'
      ? THEME_CHOICES.includes(value as ThemeChoice)
      : key === 'uiLang'
        ? LANG_CHOICES.includes(value as LangChoice)
        : false,
  );
}
