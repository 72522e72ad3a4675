#!/usr/bin/env node
// `npm start` runs this first. Electron ≥ 42 fetches its binary lazily, and electron-vite only reads
// node_modules/electron/path.txt, failing with "Electron uninstall" when it is missing. So: run Electron's
// own installer when the binary is absent, and when the download cannot happen (offline), say so in one
// sentence instead of a stack trace.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

export function electronDir() {
  return dirname(require.resolve('electron/package.json'));
}

export function isElectronInstalled(dir = electronDir()) {
  const pathFile = join(dir, 'path.txt');
  if (!existsSync(pathFile)) return false;
  return existsSync(join(dir, 'dist', readFileSync(pathFile, 'utf8').trim()));
}

function main() {
  let dir;
  try {
    dir = electronDir();
  } catch {
    console.error('Factline: Electron is not installed; run `npm install` first.');
    process.exit(1);
  }
  if (isElectronInstalled(dir)) return;
  console.log('Factline: downloading Electron for this computer (first start only)…');
  const result = spawnSync(process.execPath, [join(dir, 'install.js')], {
    stdio: ['ignore', 'inherit', 'pipe'],
    encoding: 'utf8',
  });
  if (result.status === 0 && isElectronInstalled(dir)) return;
  console.error(
    'Factline: the Electron runtime could not be downloaded (no internet access to its release server?), so the desktop app cannot start here; the command line works without it: npx factline extract ARTICLE --format text',
  );
  process.exit(1);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
