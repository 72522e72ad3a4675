import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { AutosaveEntry } from '../../shared/ipc';
import { isTimelineDocument } from '../../shared/ipc';
import { writeFileAtomic } from './atomicWrite';

/** Keeps the last unsaved state of the open timeline so it can be offered back after a crash. */
export class AutosaveStore {
  private readonly file: string;

  constructor(dir: string) {
    this.file = join(dir, 'autosave.factline.json');
  }

  async write(entry: AutosaveEntry): Promise<void> {
    await writeFileAtomic(this.file, JSON.stringify(entry));
  }

  async read(): Promise<AutosaveEntry | null> {
    try {
      const data = JSON.parse(await readFile(this.file, 'utf8')) as Partial<AutosaveEntry>;
      if (!isTimelineDocument(data.doc) || typeof data.savedAt !== 'string') return null;
      return { doc: data.doc, savedAt: data.savedAt, path: typeof data.path === 'string' ? data.path : null };
    } catch {
      return null;
    }
  }

  async clear(): Promise<void> {
    await rm(this.file, { force: true });
  }
}
