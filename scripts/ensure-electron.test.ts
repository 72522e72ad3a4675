import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- plain ESM script without type declarations
import { isElectronInstalled } from './ensure-electron.mjs';

describe('npm start: is the Electron runtime there?', () => {
  const dir = mkdtempSync(join(tmpdir(), 'factline-electron-'));

  it('needs path.txt and the binary it names', () => {
    expect(isElectronInstalled(dir)).toBe(false);
    writeFileSync(join(dir, 'path.txt'), 'electron');
    expect(isElectronInstalled(dir)).toBe(false);
    mkdirSync(join(dir, 'dist'));
    writeFileSync(join(dir, 'dist', 'electron'), '');
    expect(isElectronInstalled(dir)).toBe(true);
  });
});
