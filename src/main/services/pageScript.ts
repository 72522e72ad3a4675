// The exported page's script (out/page/page.js, built by `npm run build:page`), read once. The built app
// and the built command sit in out/main and out/cli, beside out/page; tests run from src/, so the folders
// above this file are searched for out/page/page.js.

import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let cached: Promise<string> | null = null;

export class PageScriptMissing extends Error {
  constructor() {
    super('the interactive page’s script is not built; run `npm run build` in the Factline folder');
  }
}

async function find(): Promise<string> {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    for (const candidate of [join(dir, 'page', 'page.js'), join(dir, 'out', 'page', 'page.js')]) {
      try {
        return await readFile(candidate, 'utf8');
      } catch {
        // not here; one folder up
      }
    }
    dir = dirname(dir);
  }
  throw new PageScriptMissing();
}

export function pageScript(): Promise<string> {
  cached ??= find().catch((err: unknown) => {
    cached = null;
    throw err;
  });
  return cached;
}
