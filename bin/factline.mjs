#!/usr/bin/env node
// Entry of the `factline` command. The CLI is built into out/cli/ by `npm install` (the prepare script).
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const entry = fileURLToPath(new URL('../out/cli/main.js', import.meta.url));
if (!existsSync(entry)) {
  process.stderr.write(
    'factline: the command is not built yet; run `npm install` (or `npm run build:cli`) in the Factline folder.\n',
  );
  process.exit(2);
}
await import(pathToFileURL(entry).href);
