// The user's display settings: theme and interface language, each "system" unless chosen. Stored as JSON in
// the app's data folder, replaced whole (temporary file + rename); a missing, corrupt or hand-edited file
// gives the defaults for what it gets wrong, never an error at start-up.

import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { isSettingsPatch, type Settings } from '../../shared/ipc';
import { writeFileAtomic } from './atomicWrite';

export const SETTINGS_FILE = 'settings.json';
export const DEFAULT_SETTINGS: Settings = { theme: 'system', uiLang: 'system' };

export class SettingsStore {
  private readonly file: string;
  private current: Settings | null = null;
  // Writes run one after another: two quick changes must not both start from the old settings.
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly dir: string) {
    this.file = join(dir, SETTINGS_FILE);
  }

  async get(): Promise<Settings> {
    if (this.current) return { ...this.current };
    let stored: unknown;
    try {
      stored = JSON.parse(await readFile(this.file, 'utf8'));
    } catch {
      stored = null;
    }
    const s: Settings = { ...DEFAULT_SETTINGS };
    if (stored && typeof stored === 'object') {
      // Each key on its own: `{ "theme": "dark", "uiLang": "de" }` keeps the dark theme.
      for (const key of ['theme', 'uiLang'] as const) {
        const patch = { [key]: (stored as Record<string, unknown>)[key] };
        if (isSettingsPatch(patch)) Object.assign(s, patch);
      }
    }
    this.current = s;
    return { ...s };
  }

  /** Merges a validated patch and writes the whole file; resolves to the settings now in force. */
  set(patch: Partial<Settings>): Promise<Settings> {
    const run = this.queue.then(async () => {
      if (!isSettingsPatch(patch)) throw new Error('invalid settings');
      const next = { ...(await this.get()), ...patch };
      await mkdir(this.dir, { recursive: true });
      await writeFileAtomic(this.file, `${JSON.stringify(next, null, 2)}\n`);
      this.current = next;
      return { ...next };
    });
    this.queue = run.catch(() => undefined);
    return run;
  }
}
