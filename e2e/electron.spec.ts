// The real Electron runtime: runs only where its binary could be downloaded (a normal machine with
// internet). On machines without it, the renderer is covered by the bridge specs instead.
import { _electron as electron, expect, test } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const electronDir = dirname(require.resolve('electron/package.json'));
const pathFile = join(electronDir, 'path.txt');
const binary = existsSync(pathFile) ? join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim()) : null;
const hasElectron = binary !== null && existsSync(binary);

test.describe('desktop app in Electron', () => {
  test.skip(
    !hasElectron,
    'Electron binary absent (it cannot be downloaded on this machine): Electron-runtime spec skipped',
  );

  test('opens the window with the sandboxed renderer and its bridge', async () => {
    const app = await electron.launch({ executablePath: binary!, args: ['.'] });
    const window = await app.firstWindow();
    await expect(window).toHaveTitle(/Factline/);
    const bridge = await window.evaluate(() => ({
      api: typeof (window as unknown as { api?: object }).api,
      require: typeof (window as unknown as { require?: unknown }).require,
      process: typeof (window as unknown as { process?: unknown }).process,
    }));
    expect(bridge).toEqual({ api: 'object', require: 'undefined', process: 'undefined' });
    await app.close();
  });
});
