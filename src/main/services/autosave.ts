import { mkdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { AutosaveEntry } from '../../shared/ipc';
import { timelineProblem } from '../../shared/validateTimeline';
import { writeFileAtomic } from './atomicWrite';

export const AUTOSAVE_FILE = 'autosave.factline.json';

/** Keeps the last unsaved state of the open timeline so it can be offered back after a crash. */
export class AutosaveStore {
  private readonly file: string;

  constructor(private readonly dir: string) {
    this.file = join(dir, AUTOSAVE_FILE);
  }

  /** Throws when the copy could not be written, so the window can say so (a missing or full data folder). */
  async write(entry: AutosaveEntry): Promise<void> {
    // The data folder may not exist yet (first start) or may have been removed while the app ran.
    await mkdir(this.dir, { recursive: true });
    // Only its owner may read the copy: it holds the article's whole text.
    await writeFileAtomic(this.file, JSON.stringify(entry), { mode: 0o600 });
  }

  /** The stored copy, or null when there is none or it is not a whole timeline (it is never half-trusted). */
  async read(): Promise<AutosaveEntry | null> {
    try {
      const data = JSON.parse(await readFile(this.file, 'utf8')) as Partial<AutosaveEntry>;
      if (timelineProblem(data.doc) !== null || typeof data.savedAt !== 'string') return null;
      return {
        doc: data.doc!,
        savedAt: data.savedAt,
        path: typeof data.path === 'string' ? data.path : null,
      };
    } catch {
      return null;
    }
  }

  async clear(): Promise<void> {
    await rm(this.file, { force: true });
  }
}
