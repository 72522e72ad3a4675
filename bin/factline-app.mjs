#!/usr/bin/env node
// `factline-app [FILE…]`: starts the desktop app from the built output (`npm run build`), opening the files
// given; `npm start -- FILE` does the same in development mode. A second launch hands its files to the
// window already open (single instance).
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { electronDir, isElectronInstalled } from '../scripts/ensure-electron.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const fail = (message) => {
  process.stderr.write(`factline-app: ${message}\n`);
  process.exit(2);
};

if (!existsSync(join(root, 'out', 'main', 'index.js')))
  fail('the app is not built yet; run `npm run build` first.');
const dir = electronDir();
if (!isElectronInstalled(dir)) {
  fail(
    'the Electron runtime is not installed; run `npm start` once (it downloads Electron) or `npx install-electron`.',
  );
}
const binary = join(dir, 'dist', readFileSync(join(dir, 'path.txt'), 'utf8').trim());
const files = process.argv.slice(2).map((f) => resolve(f));
const child = spawn(binary, [root, ...files], { stdio: 'inherit' });
child.on('exit', (code) => process.exit(code ?? 0));
