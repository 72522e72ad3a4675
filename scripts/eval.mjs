#!/usr/bin/env node
// `npm run eval`: Factline's temporal tagger against the shared TimeML corpora, next to chrono-node, in one table.
// See USAGE in eval-lib.mjs and docs/accuracy.md. Scores with the shared scorer (../shared/eval/score.mjs), never
// with a copy of it, so our figures and BASELINES.md are computed the same way.
process.env.TZ = 'UTC';

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import {
  CORPORA,
  REPO,
  USAGE,
  evalDir,
  formatErrors,
  formatTable,
  loadEngine,
  parseArgs,
  run,
  runCli,
  runEngine,
  spurious,
} from './eval-lib.mjs';

const args = parseArgs(process.argv.slice(2));
if (args.help) {
  console.log(USAGE);
  process.exit(0);
}
const EVAL = evalDir();
const { score } = await import(pathToFileURL(path.join(EVAL, 'score.mjs')).href);
const corpora = args.corpora.length ? args.corpora : CORPORA;
const outDir = path.resolve(args.out ?? path.join(REPO, '.eval-out'));
fs.mkdirSync(outDir, { recursive: true });
// Held-out test set: its score may be reported, its errors are never shown (no tuning on it).
const HELD_OUT = new Set(['te3-platinum']);
const log = (s) => process.stderr.write(s + '\n');

let cliOk = false;
if (!args.dev) {
  if (args.build) {
    log('building the CLI (npm run build:cli) …');
    const b = await run('npm', ['run', '--silent', 'build:cli']);
    if (b.code !== 0)
      log(`build:cli failed (exit ${b.code}): ${b.stderr.trim().split('\n').slice(-3).join(' | ')}`);
  }
  cliOk =
    fs.existsSync(path.join(REPO, 'bin', 'factline.mjs')) && fs.existsSync(path.join(REPO, 'out', 'cli'));
  if (!cliOk)
    log('CLI not available (bin/factline.mjs or out/cli missing): scoring the in-process engine instead');
}

let engine = null;
try {
  engine = await loadEngine(args.dev ? 'src' : 'bundle');
  log(`engine: ${engine.from}`);
} catch (e) {
  log(String(e.message));
}

let chrono = null;
let chronoRun = null;
if (args.chrono) {
  try {
    chrono = createRequire(path.join(REPO, 'package.json'))('chrono-node');
    ({ runCorpus: chronoRun } = await import(pathToFileURL(path.join(EVAL, 'baselines', 'chrono.mjs')).href));
  } catch (e) {
    log(`chrono-node baseline unavailable: ${e.message}`);
  }
}

const rows = [];
const summary = {
  date: new Date().toISOString(),
  mode: args.dev ? 'dev' : cliOk ? 'cli' : 'in-process',
  engine: engine?.from,
  corpora: {},
};
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'factline-eval-'));
for (const name of corpora) {
  const file = path.join(EVAL, 'data', `${name}.json`);
  if (!fs.existsSync(file)) {
    log(`no ${file}: skipped`);
    continue;
  }
  const gold = JSON.parse(fs.readFileSync(file, 'utf8'));
  const entry = (summary.corpora[name] = {});
  let timed = null;
  if (engine) {
    try {
      timed = runEngine(engine, gold, args.runs);
    } catch (e) {
      log(`${name}: engine failed: ${e.stack ?? e}`);
    }
  }
  let system = null;
  if (cliOk) {
    const t0 = Date.now();
    const r = await runCli(gold, name, tmp);
    log(
      `${name}: factline CLI on ${gold.documents.length} documents in ${((Date.now() - t0) / 1000).toFixed(1)} s`,
    );
    for (const p of r.problems.slice(0, 5)) log(`warning: ${p}`);
    system = { system: 'factline (CLI)', docs: r.docs };
  } else if (timed) {
    system = { system: `factline (${engine.from})`, docs: timed.docs };
  }
  if (system) {
    fs.writeFileSync(path.join(outDir, `${name}.factline.json`), JSON.stringify(system) + '\n');
    const res = score(gold, system, { errors: args.errors });
    for (const w of res.warnings.slice(0, 5)) log(`warning: ${w}`);
    const charsPerSec = timed ? timed.chars / (timed.ms / 1000) : null;
    rows.push({ corpus: name, system: 'factline', overall: res.overall, charsPerSec });
    entry.factline = { ...res.overall, charsPerSec };
    if (args.errors && HELD_OUT.has(name)) log(`${name}: held-out test set, errors not shown`);
    else if (args.errors) {
      const errs = [...res.errors, ...spurious(gold, system, args.errors)];
      console.log(formatErrors(name, errs) + '\n');
    }
  }
  if (chrono && chronoRun) {
    let best = null;
    for (let i = 0; i < args.runs; i++) {
      const r = chronoRun(chrono, gold);
      if (!best || r.ms < best.ms) best = r;
    }
    const res = score(gold, { docs: best.docs });
    const charsPerSec = best.chars / (best.ms / 1000);
    rows.push({ corpus: name, system: 'chrono-node', overall: res.overall, charsPerSec });
    entry.chrono = { ...res.overall, charsPerSec };
  }
}
fs.rmSync(tmp, { recursive: true, force: true });

console.log(formatTable(rows));

if (args.seed && cliOk) {
  const seedOut = path.join(outDir, 'seed.json');
  const seedTxt = path.join(EVAL, '..', 'seed', 'guterres-moscou.txt');
  const r = await run(process.execPath, [
    path.join(REPO, 'bin', 'factline.mjs'),
    'extract',
    seedTxt,
    '--dct',
    '2022-04-22',
    '--lang',
    'fr',
    '--format',
    'json',
  ]);
  if (r.code !== 0)
    console.log(`\nseed: factline extract failed (exit ${r.code}): ${r.stderr.trim().split('\n')[0]}`);
  else {
    fs.writeFileSync(seedOut, r.stdout);
    const s = await run(process.execPath, [
      path.join(EVAL, '..', 'eval', 'score-timeline.mjs'),
      path.join(EVAL, '..', 'seed', 'expected.json'),
      'guterres-moscou.txt',
      seedOut,
    ]);
    console.log('\nseed: ' + s.stdout.trim().split('\n').reverse().join('\n  '));
    summary.seed = { exit: s.code, report: s.stdout.trim() };
  }
}
fs.writeFileSync(path.join(outDir, 'summary.json'), JSON.stringify(summary, null, 1) + '\n');
log(`outputs and summary.json in ${path.relative(REPO, outDir) || '.'}`);
