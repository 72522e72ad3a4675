#!/usr/bin/env node
// Whole-process extraction (`npm run bench process`): `factline extract` over the 298 English corpus
// documents written as .txt files, against a Node process that reads the same files and runs chrono-node
// on each; start-up, module loading and file reading included on both sides (target ≤ 1.5×).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const evalDir = process.env.FACTLINE_EVAL_DIR ?? resolve(root, '../shared/eval');
if (!existsSync(join(root, 'out/cli/main.js'))) {
  console.error('bench/process: out/cli is missing; run `npm run build:cli` first.');
  process.exit(1);
}

const dir = mkdtempSync(join(tmpdir(), 'factline-bench-process-'));
try {
  const files = [];
  let chars = 0;
  for (const name of ['timebank', 'aquaint', 'te3-platinum', 'wikiwars']) {
    const file = join(evalDir, 'data', `${name}.json`);
    if (!existsSync(file)) continue;
    for (const d of JSON.parse(readFileSync(file, 'utf8')).documents) {
      const path = join(dir, `${String(files.length).padStart(3, '0')}.txt`);
      writeFileSync(path, d.text);
      files.push(path);
      chars += d.text.length;
    }
  }
  if (!files.length) {
    console.log(`bench/process: no corpus in ${evalDir}/data; skipped.`);
    process.exit(0);
  }
  const chronoScript = join(dir, 'chrono.cjs');
  writeFileSync(
    chronoScript,
    `const { readFileSync } = require('node:fs');
const chrono = require(${JSON.stringify(createRequire(join(root, 'package.json')).resolve('chrono-node'))});
const ref = new Date(Date.UTC(2000, 0, 1, 12));
let n = 0;
for (const f of process.argv.slice(2)) n += chrono.en.parse(readFileSync(f, 'utf8'), ref).length;
process.stdout.write(n + ' results\\n');`,
  );
  // Wall time, and the child's CPU time (user + sys) read from /usr/bin/time when it is there: on a
  // loaded machine the CPU figure moves less.
  const timeBin = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;
  const run = (args) => {
    const t0 = performance.now();
    const r = timeBin
      ? spawnSync(timeBin, ['-f', '%U %S', process.execPath, ...args], { cwd: root, encoding: 'utf8' })
      : spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8' });
    const wall = performance.now() - t0;
    if (r.status !== 0) throw new Error(`${args[0]} exited with ${r.status}: ${r.stderr}`);
    const [user, sys] = (r.stderr.trim().split('\n').pop() ?? '').split(' ').map(Number);
    return { wall, cpu: timeBin ? (user + sys) * 1000 : NaN };
  };
  const factline = [
    join(root, 'bin/factline.mjs'),
    'extract',
    ...files,
    ...['--lang', 'en', '--dct', '2000-01-01', '--format', 'json', '--out', join(dir, 'out.jsonl')],
  ];
  // Interleaved, best of 5: the machine's load hits both sides alike.
  const ours = { wall: Infinity, cpu: Infinity };
  const theirs = { wall: Infinity, cpu: Infinity };
  const keep = (best, t) => {
    best.wall = Math.min(best.wall, t.wall);
    best.cpu = Math.min(best.cpu, t.cpu);
  };
  for (let i = 0; i < 5; i++) {
    keep(ours, run(factline));
    keep(theirs, run([chronoScript, ...files]));
  }
  const row = (name, t) =>
    `  ${name.padEnd(32)} ${t.wall.toFixed(0).padStart(6)} ms wall ${t.cpu.toFixed(0).padStart(6)} ms CPU`;
  console.log(
    `Whole process over ${files.length} English corpus files, ${chars.toLocaleString('en')} characters (best of 5)`,
  );
  console.log(row('factline extract --format json', ours));
  console.log(row('node + chrono-node', theirs));
  console.log(
    `  ratio                            ${(ours.wall / theirs.wall).toFixed(2)}× wall, ${(ours.cpu / theirs.cpu).toFixed(2)}× CPU (target ≤ 1.5×)`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
