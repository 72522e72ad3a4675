#!/usr/bin/env node
// Start-up cost (`npm run bench startup`): `factline --help` and `factline --version` as whole processes
// against a bare `node -e 0` (target ≤ 2×), median of 9 runs each; then which packages the built CLI and the
// app's main process load before they know what file is opened (their static import graph): the file
// readers (linkedom, Readability, mammoth, pdf.js, mdast, chardet), resvg and the engine must not be there.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const cli = join(root, 'bin/factline.mjs');
if (!existsSync(join(root, 'out/cli/main.js'))) {
  console.error('bench/startup: out/cli is missing; run `npm run build:cli` first.');
  process.exit(1);
}

function median(args, runs = 9) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, args, { cwd: root, stdio: 'ignore' });
    times.push(performance.now() - t0);
    if (r.status !== 0) throw new Error(`${args.join(' ')} exited with ${r.status}`);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

median(['-e', '0'], 2); // warm the file cache
const bare = median(['-e', '0']);
const help = median([cli, '--help']);
const version = median([cli, '--version']);
console.log('Whole-process start-up (median of 9)');
console.log(`  node -e 0            ${bare.toFixed(0).padStart(5)} ms`);
console.log(
  `  factline --help      ${help.toFixed(0).padStart(5)} ms   ${(help / bare).toFixed(2)}× (target ≤ 2×)`,
);
console.log(`  factline --version   ${version.toFixed(0).padStart(5)} ms   ${(version / bare).toFixed(2)}×`);

// Static imports only (`import … from "x"` at the top of each built file); `import("x")` is loaded on demand.
const HEAVY = [
  'linkedom',
  '@mozilla/readability',
  'mammoth',
  'pdfjs-dist',
  'mdast-util-from-markdown',
  'chardet',
  'iconv-lite',
  '@resvg/resvg-js',
];
function staticGraph(entry) {
  const seen = new Set();
  const packages = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    const src = readFileSync(file, 'utf8');
    for (const m of src.matchAll(/^\s*import\s+(?:[^'"]*?\s+from\s+)?["']([^"']+)["']/gm)) {
      const spec = m[1];
      if (spec.startsWith('.')) visit(resolve(dirname(file), spec));
      else if (!spec.startsWith('node:')) packages.add(spec);
    }
    // A createRequire()'d package is loaded on first use, like import().
  };
  visit(entry);
  return { files: seen.size, packages: [...packages].sort() };
}
for (const [name, entry] of [
  ['CLI (out/cli/main.js)', join(root, 'out/cli/main.js')],
  ['app main process (out/main/index.js)', join(root, 'out/main/index.js')],
]) {
  if (!existsSync(entry)) {
    console.log(`\n${name}: not built (npm run build)`);
    continue;
  }
  const { files, packages } = staticGraph(entry);
  const heavy = packages.filter((p) => HEAVY.some((h) => p === h || p.startsWith(h + '/')));
  console.log(`\n${name}: ${files} files at start; packages: ${packages.join(', ') || 'none'}`);
  console.log(`  file readers and resvg loaded at start: ${heavy.length ? heavy.join(', ') : 'none'}`);
}
