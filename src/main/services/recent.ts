// The "Open Recent" list: most recent first, at most ten, one entry per file, files that have gone
// away dropped when the list is read. Stored as JSON in the app's data folder and always replaced whole
// (temporary file + rename), so a crash mid-write never leaves a truncated list behind.

import { mkdir, readFile, stat } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import type { RecentEntry } from '../../shared/ipc';
import { writeFileAtomic } from './atomicWrite';
import { normalisePath } from './openGate';

export const RECENT_FILE = 'recent.json';
export const MAX_RECENT = 10;

interface StoredList {
  version: 1;
  entries: RecentEntry[];
}

export interface RecentListOptions {
  max?: number;
  /** The clock, for `openedAt`; tests pass a fixed one. */
  now?: () => Date;
}

export class RecentList {
  private readonly file: string;
  private readonly max: number;
  private readonly now: () => Date;
  // Operations run one after another: two quick opens must not both read the old list and lose one.
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly dir: string,
    opts: RecentListOptions = {},
  ) {
    this.file = join(dir, RECENT_FILE);
    this.max = opts.max ?? MAX_RECENT;
    this.now = opts.now ?? (() => new Date());
  }

  /** The list, most recent first, without files that no longer exist (the file is rewritten if any went). */
  list(): Promise<RecentEntry[]> {
    return this.serial(async () => {
      const entries = await this.read();
      const present = await Promise.all(entries.map((e) => isFile(e.path)));
      const kept = entries.filter((_, i) => present[i]);
      if (kept.length !== entries.length) await this.write(kept);
      return kept;
    });
  }

  /** Puts `path` first (moving it up if it was already listed) and returns the new list. */
  add(path: string): Promise<RecentEntry[]> {
    return this.serial(async () => {
      const absolute = resolve(path);
      const key = normalisePath(absolute);
      const entry: RecentEntry = {
        path: absolute,
        name: basename(absolute),
        openedAt: this.now().toISOString(),
      };
      const entries = [entry, ...(await this.read()).filter((e) => normalisePath(e.path) !== key)].slice(
        0,
        this.max,
      );
      await this.write(entries);
      return entries;
    });
  }

  remove(path: string): Promise<RecentEntry[]> {
    return this.serial(async () => {
      const key = normalisePath(path);
      const entries = (await this.read()).filter((e) => normalisePath(e.path) !== key);
      await this.write(entries);
      return entries;
    });
  }

  clear(): Promise<void> {
    return this.serial(() => this.write([]));
  }

  private serial<T>(op: () => Promise<T>): Promise<T> {
    const run = this.queue.then(op, op);
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** The stored entries; a missing, unreadable or malformed file is an empty list, never an error. */
  private async read(): Promise<RecentEntry[]> {
    let data: unknown;
    try {
      data = JSON.parse(await readFile(this.file, 'utf8'));
    } catch {
      return [];
    }
    const entries = (data as Partial<StoredList> | null)?.entries;
    if (!Array.isArray(entries)) return [];
    return entries.filter(
      (e): e is RecentEntry =>
        !!e && typeof e.path === 'string' && typeof e.name === 'string' && typeof e.openedAt === 'string',
    );
  }

  private async write(entries: RecentEntry[]): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    const stored: StoredList = { version: 1, entries };
    await writeFileAtomic(this.file, JSON.stringify(stored, null, 2) + '\n');
  }
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}
