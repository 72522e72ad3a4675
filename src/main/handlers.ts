// Main-process handlers of every IPC channel, as plain Node code: Electron's dialogs, clipboard and window
// come in as `deps`, so the same handlers run in Electron, in unit tests and behind the Playwright bridge.

import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type {
  AppInfo,
  AutosaveResult,
  FileExportFormat,
  InvokeArgs,
  InvokeChannel,
  InvokeResult,
  OpenProgress,
  OpenResult,
  RecentEntry,
  SaveResult,
  Settings,
} from '../shared/ipc';
import { loadArticle } from './services/article';
import type { ArticleLoader } from './services/articleLoader';
import { ArticleError } from './services/articleErrors';
import { AutosaveStore } from './services/autosave';
import {
  exportFileContent,
  ExportUnavailable,
  FILE_EXTENSIONS,
  type PdfPrinter,
} from './services/exportFile';
import { PageScriptMissing } from './services/pageScript';
import { SettingsStore } from './services/settings';
import { cleanStaleTempsIn, writeFileAtomic } from './services/atomicWrite';
import { MAX_PATH_LENGTH, OpenGate, pathProblem } from './services/openGate';
import { SvgRefusedError, svgProblem, svgToPngAsync } from './services/png';
import { timelineProblem } from '../shared/validateTimeline';
import { RecentList } from './services/recent';
import { displayName, escapeControls } from './services/displayName';
import {
  cleanTimelineTemps,
  isTimelinePath,
  readTimelineFile,
  TimelineFileError,
  TIMELINE_EXTENSION,
} from './services/timelineFile';

export type SaveKind = 'timeline' | 'png' | 'svg' | FileExportFormat;

export interface HandlerDeps {
  /** Native Open dialog; resolves to the chosen path or null when cancelled. */
  chooseFileToOpen(): Promise<string | null>;
  /** Native Save dialog for the given kind of file. */
  chooseSavePath(kind: SaveKind, defaultName: string): Promise<string | null>;
  writeClipboardPng(png: Uint8Array): Promise<void> | void;
  /** Folder for the recent list and the autosave (Electron's userData). */
  dataDir: string;
  /** The sample article shipped in resources/. */
  samplePath: string;
  appInfo(): AppInfo;
  setEdited(edited: boolean): void;
  progress(p: OpenProgress): void;
  /** How articles are read: in Electron, a worker thread (so a large file never blocks the window); by default, here. */
  loadArticle?: ArticleLoader;
  /** Told after each successful open, to refresh the Open Recent menu and the OS list. */
  recentChanged?(entries: RecentEntry[], opened: string): void;
  /** Longest an open may take before it is stopped with a message (default OPEN_TIME_LIMIT_MS). */
  openTimeLimitMs?: number;
  /** The renderer's answer after the close prompt's Save: saved, so the window may close, or not. */
  closeAfterSave?(saved: boolean): void;
  /** Where refused calls are reported, with their reason (default: console.warn). */
  log?(message: string): void;
  /** Prints the exported page to PDF (Electron's printToPDF); without it, a PDF export says it cannot. */
  printPdf?: PdfPrinter;
  /** Shows a file in the system's file manager (Electron's shell.showItemInFolder). */
  showInFolder?(path: string): void;
  /** Told after the settings changed, to rebuild the menu in the chosen language. */
  settingsChanged?(settings: Settings): void;
}

/** A backstop above the loaders' own budgets: an open that still has not answered is given up. */
export const OPEN_TIME_LIMIT_MS = 60_000;

export type Handlers = {
  [C in InvokeChannel]: (...args: InvokeArgs<C>) => Promise<InvokeResult<C>>;
};

export interface MainHandlers extends Handlers {
  /** A path from outside the window (command line, second launch, open-file, recent menu): the user chose it. */
  openFromOutside(path: string): Promise<OpenResult>;
  /** At start: removes what crashed saves left in the data folder and beside the recent timelines. */
  cleanUp(): Promise<void>;
}

const nameOf = (path: string): string => basename(path);
/** The name as it goes into a message: controls escaped, length bounded (see displayName). */
const shown = (path: string): string => displayName(basename(path));

/** Why `path` is not a regular file (a folder, a FIFO, a device, missing), or null when it is one. */
async function notRegularFile(path: string): Promise<string | null> {
  try {
    const s = await stat(path);
    if (s.isFile()) return null;
    return s.isDirectory() ? 'it is a folder' : 'it is a device, pipe or socket, not a file';
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return code === 'ENOENT' || code === 'ENOTDIR' ? 'it does not exist' : 'it cannot be read';
  }
}

export function createHandlers(deps: HandlerDeps): MainHandlers {
  const gate = new OpenGate();
  /** Timelines this window may write without asking: opened from, or saved to (the open gate's rule, for writes). */
  const writable = new OpenGate();
  const recent = new RecentList(deps.dataDir);
  const autosave = new AutosaveStore(deps.dataDir);
  const settings = new SettingsStore(deps.dataDir);
  const load = deps.loadArticle ?? loadArticle;
  const log = deps.log ?? ((message: string) => console.warn(message));
  /** Files this window exported: the only ones "Show in folder" reveals. */
  const exported = new Set<string>();

  const limit = deps.openTimeLimitMs ?? OPEN_TIME_LIMIT_MS;
  /** Ends every open still waiting, with the given answer (Cancel: canceled; past the time limit: a message). */
  const pendingOpens = new Set<(result: OpenResult, giveUp?: boolean) => void>();

  // An open that never returns (a file on a hung network share, a loader stuck on a hostile file) must not
  // keep the window busy: the user can cancel it, and past the time limit it ends with a message. Its
  // late result is dropped, and the file is then not added to the recent list.
  function open(path: string): Promise<OpenResult> {
    return new Promise((resolve) => {
      let settled = false;
      const given = new AbortController();
      const finish = (result: OpenResult, giveUp = false): void => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        pendingOpens.delete(finish);
        // Cancelled or too slow: the reader's worker is ended, so the work stops and its memory is freed.
        if (giveUp) given.abort();
        resolve(result);
      };
      const timer = setTimeout(
        () =>
          finish(
            {
              ok: false,
              code: 'timeout',
              message: `“${shown(path)}” took longer than ${Math.round(limit / 1000)} s to open and was stopped; nothing else changed.`,
              path,
            },
            true,
          ),
        limit,
      );
      pendingOpens.add(finish);
      void openNow(path, () => settled, given.signal).then((result) => finish(result));
    });
  }

  async function openNow(path: string, abandoned: () => boolean, signal: AbortSignal): Promise<OpenResult> {
    try {
      let result: OpenResult;
      if (isTimelinePath(path)) {
        await cleanTimelineTemps(path);
        const doc = await readTimelineFile(path);
        writable.grant(path);
        result = { ok: true, kind: 'timeline', path, name: nameOf(path), doc };
      } else {
        const article = await load(path, {
          onProgress: (fraction, stage) => deps.progress({ fraction, stage }),
          signal,
        });
        result = { ok: true, kind: 'article', article: { ...article, name: nameOf(path) } };
      }
      if (path !== deps.samplePath && !abandoned()) {
        await recent.add(path);
        deps.recentChanged?.(await recent.list(), path);
      }
      return result;
    } catch (err) {
      if (err instanceof ArticleError) return { ok: false, code: err.code, message: err.message, path };
      if (err instanceof TimelineFileError)
        return { ok: false, code: 'bad-timeline', message: err.message, path };
      return {
        ok: false,
        code: 'corrupt',
        message: `“${shown(path)}” could not be opened: ${escapeControls(String(err))}`,
        path,
      };
    }
  }

  async function save(
    kind: SaveKind,
    current: string | null,
    defaultName: string,
    data: () => string | Uint8Array,
  ): Promise<SaveResult> {
    const path = current ?? (await deps.chooseSavePath(kind, defaultName));
    if (!path) return { ok: false, canceled: true };
    try {
      await writeFileAtomic(path, data());
      return { ok: true, path };
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      const why =
        code === 'EACCES' || code === 'EPERM'
          ? 'you do not have permission to write there'
          : code === 'ENOSPC'
            ? 'the disk is full'
            : escapeControls(String((err as Error).message ?? err));
      return {
        ok: false,
        message: `“${shown(path)}” could not be saved: ${why}. Choose another place with Save As.`,
      };
    }
  }

  return {
    async 'file:open'() {
      const path = await deps.chooseFileToOpen();
      if (!path) return { ok: false, canceled: true };
      gate.grant(path);
      return open(path);
    },
    async 'file:openPath'(path) {
      if (!gate.isGranted(path) && !(await recent.list()).some((e) => e.path === path)) {
        return {
          ok: false,
          code: 'not-allowed',
          message: `Factline only opens files you choose; use File ▸ Open to open “${shown(path)}”.`,
          path,
        };
      }
      return open(path);
    },
    async 'file:openDropped'(path) {
      // The preload read this path from a File the user dropped; a renderer that forged the call is
      // still held to a real, absolute path of a regular file.
      const problem = pathProblem(path) ?? (await notRegularFile(path));
      if (problem) {
        log(`file:openDropped refused ${JSON.stringify(path.slice(0, 200))}: ${problem}`);
        return {
          ok: false,
          code: 'not-allowed',
          message: `“${shown(path.slice(0, MAX_PATH_LENGTH))}” cannot be opened by dropping it (${problem}); drop the article file itself, or use File ▸ Open.`,
          path: null,
        };
      }
      gate.grant(path);
      return open(path);
    },
    async 'file:openSample'() {
      return open(deps.samplePath);
    },
    async 'recent:list'() {
      return recent.list();
    },
    async 'timeline:save'({ doc, path }) {
      // A save writes only where the user chose: a path from a Save dialog, or a timeline this window
      // opened or saved. Any other path (`../../x.factline.json`, a made-up `/home/ana/.bashrc.factline.json`)
      // is refused outright when malformed, and otherwise answered with the Save dialog, never written.
      if (path !== null) {
        const problem = pathProblem(path);
        if (problem) {
          log(`timeline:save refused ${JSON.stringify(path.slice(0, 200))}: ${problem}`);
          return {
            ok: false,
            message: `The timeline was not saved: the place to save it is not valid (${problem}); use Save As to choose one.`,
          };
        }
      }
      const docProblem = timelineProblem(doc);
      if (docProblem) {
        log(`timeline:save refused the document: ${docProblem}`);
        return {
          ok: false,
          message: `The timeline was not saved: it is not a whole Factline timeline (${docProblem}); reopen the article and try again.`,
        };
      }
      const known = path !== null && isTimelinePath(path) && writable.isGranted(path);
      if (path !== null && !known)
        log(`timeline:save: ${JSON.stringify(path)} was never chosen; asking where`);
      const base = (doc.source.path ? nameOf(doc.source.path) : 'timeline').replace(/\.[^.]+$/, '');
      const result = await save(
        'timeline',
        known ? path : null,
        base + TIMELINE_EXTENSION,
        () => JSON.stringify(doc, null, 2) + '\n',
      );
      if (result.ok) {
        gate.grant(result.path);
        writable.grant(result.path);
        await autosave.clear();
      }
      return result;
    },
    async 'export:image'({ svg, format, scale, name }) {
      // Checked before the Save dialog: a refused image never asks the user where to put it.
      const problem = svgProblem(svg);
      if (problem) {
        log(`export:image refused: ${problem}`);
        return { ok: false, message: `The image was not made: ${problem}.` };
      }
      let png: Uint8Array | null = null;
      if (format === 'png') {
        try {
          png = await svgToPngAsync(svg, { scale });
        } catch (err) {
          if (!(err instanceof SvgRefusedError)) throw err;
          log(`export:image refused: ${err.message}`);
          return { ok: false, message: err.message };
        }
      }
      const saved = await save(format, null, `${name}.${format}`, () => png ?? svg);
      if (saved.ok) exported.add(saved.path);
      return saved;
    },
    async 'export:file'(request) {
      // Built before the Save dialog: an export that cannot be made never asks where to put it.
      let data: string | Uint8Array;
      try {
        data = await exportFileContent(request, deps.printPdf);
      } catch (err) {
        if (!(err instanceof ExportUnavailable || err instanceof PageScriptMissing)) throw err;
        log(`export:file refused: ${err.message}`);
        return {
          ok: false,
          message: `The ${request.format.toUpperCase()} file was not made: ${err.message}.`,
        };
      }
      const saved = await save(
        request.format,
        null,
        request.name + FILE_EXTENSIONS[request.format],
        () => data,
      );
      if (saved.ok) exported.add(saved.path);
      return saved;
    },
    async 'export:reveal'(path) {
      if (!exported.has(path) || !deps.showInFolder) return false;
      deps.showInFolder(path);
      return true;
    },
    async 'export:copyImage'({ svg, scale }) {
      try {
        await deps.writeClipboardPng(await svgToPngAsync(svg, { scale }));
        return { ok: true };
      } catch (err) {
        if (!(err instanceof SvgRefusedError)) throw err;
        log(`export:copyImage refused: ${err.message}`);
        return { ok: false, message: err.message };
      }
    },
    async 'autosave:write'(entry): Promise<AutosaveResult> {
      try {
        await autosave.write(entry);
        return { ok: true };
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code;
        const why =
          code === 'ENOSPC'
            ? 'the disk is full'
            : code === 'EACCES' || code === 'EPERM' || code === 'EROFS'
              ? 'the data folder cannot be written'
              : String((err as Error).message ?? err);
        return { ok: false, message: `The safety copy of your edits could not be written (${why}).` };
      }
    },
    async 'autosave:read'() {
      return autosave.read();
    },
    async 'autosave:clear'() {
      await autosave.clear();
    },
    async 'window:setEdited'(edited) {
      deps.setEdited(edited);
    },
    async 'file:cancelOpen'() {
      for (const finish of [...pendingOpens]) finish({ ok: false, canceled: true }, true);
    },
    async 'window:closeAfterSave'(saved) {
      deps.closeAfterSave?.(saved);
    },
    async 'app:info'() {
      return deps.appInfo();
    },
    async 'settings:get'() {
      return settings.get();
    },
    async 'settings:set'(patch) {
      const now = await settings.set(patch);
      deps.settingsChanged?.(now);
      return now;
    },
    async openFromOutside(path) {
      gate.grant(path);
      return open(path);
    },
    async cleanUp() {
      await cleanStaleTempsIn(deps.dataDir);
      const entries = await recent.list().catch(() => []);
      await Promise.all(entries.filter((e) => isTimelinePath(e.path)).map((e) => cleanTimelineTemps(e.path)));
    },
  };
}
