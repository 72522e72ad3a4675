import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { VALIDATORS } from '../../shared/ipc';
import { DEFAULT_SETTINGS, SETTINGS_FILE, SettingsStore } from './settings';

const dir = () => mkdtempSync(join(tmpdir(), 'factline-settings-'));

describe('SettingsStore', () => {
  it('follows the system until the user chooses, and remembers the choice across runs', async () => {
    const d = dir();
    expect(await new SettingsStore(d).get()).toEqual(DEFAULT_SETTINGS);
    expect(await new SettingsStore(d).set({ theme: 'dark' })).toEqual({ theme: 'dark', uiLang: 'system' });
    await new SettingsStore(d).set({ uiLang: 'fr' });
    expect(await new SettingsStore(d).get()).toEqual({ theme: 'dark', uiLang: 'fr' });
    expect(JSON.parse(readFileSync(join(d, SETTINGS_FILE), 'utf8'))).toEqual({ theme: 'dark', uiLang: 'fr' });
  });

  it('keeps what is valid in a hand-edited file and defaults the rest', async () => {
    const d = dir();
    writeFileSync(join(d, SETTINGS_FILE), JSON.stringify({ theme: 'dark', uiLang: 'de', extra: 1 }));
    expect(await new SettingsStore(d).get()).toEqual({ theme: 'dark', uiLang: 'system' });
    writeFileSync(join(d, SETTINGS_FILE), '{ not json');
    expect(await new SettingsStore(d).get()).toEqual(DEFAULT_SETTINGS);
  });

  it('refuses a value that is not one of the choices', async () => {
    const store = new SettingsStore(dir());
    await expect(store.set({ theme: 'sepia' } as never)).rejects.toThrow('invalid settings');
    expect(await store.get()).toEqual(DEFAULT_SETTINGS);
  });
});

describe('settings:set arguments', () => {
  it('accept some of theme and uiLang with their choices, nothing else', () => {
    const ok = VALIDATORS['settings:set'];
    expect(ok([{ theme: 'light' }])).toBe(true);
    expect(ok([{ theme: 'system', uiLang: 'en' }])).toBe(true);
    expect(ok([{}])).toBe(true);
    expect(ok([{ theme: 'blue' }])).toBe(false);
    expect(ok([{ uiLang: 'de' }])).toBe(false);
    expect(ok([{ theme: 'dark', path: '/etc/passwd' }])).toBe(false);
    expect(ok([['theme', 'dark']])).toBe(false);
    expect(ok([])).toBe(false);
  });
});
