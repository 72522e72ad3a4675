#!/usr/bin/env node
// Part of `npm run eval`: Factline on the real-article set (eval/real/{fr,en}/, annotated before any run; see
// eval/real/README.md), scored by the shared scorers (score-timeline.mjs for dated mentions, score-events.mjs for
// events), with chrono-node on the same articles in the same run (baselines/chrono-doc.mjs, mentions only).
// The "test" third of the set is scored and reported, its misses are never printed (no tuning on it).
// Usage: node scripts/eval-real.mjs [--errors] [--lang fr|en]
process.env.TZ = 'UTC';

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { REPO, evalDir } from './eval-lib.mjs';

const argv = process.argv.slice(2);
const showErrors = argv.includes('--errors');
const onlyLang = argv.includes('--lang') ? argv[argv.indexOf('--lang') + 1] : null;
const EVAL = evalDir();
const log = (s) => process.stderr.write(s + '\n');

async function loadBuild() {
  const bundle = path.join(REPO, 'out', 'cli', 'core.js');
  if (fs.existsSync(bundle))
    return { from: 'out/cli/core.js', fn: (await import(pathToFileURL(bundle).href)).buildDocument };
  const { register } = await import('tsx/esm/api');
  register();
  const mod = await import(pathToFileURL(path.join(REPO, 'src', 'core', 'index.ts')).href);
  return { from: 'src/core (tsx)', fn: mod.buildDocument };
}

function node(args) {
  return new Promise((resolve) => {
    const p = spawn(process.execPath, args, { cwd: REPO });
    const out = [];
    p.stdout.on('data', (b) => out.push(b));
    p.stderr.on('data', () => {});
    p.on('close', () => resolve(Buffer.concat(out).toString('utf8')));
  });
}

const build = await loadBuild();
log(`engine: ${build.from}`);
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'factline-real-'));
const totals = {};
const add = (key, field, n) => {
  totals[key] ??= {
    articles: 0,
    items: 0,
    right: 0,
    chrono: 0,
    events: 0,
    eventsRight: 0,
    placed: 0,
    labelled: 0,
  };
  totals[key][field] += n;
};

for (const lang of ['fr', 'en']) {
  if (onlyLang && lang !== onlyLang) continue;
  const dir = path.join(REPO, 'eval', 'real', lang);
  if (!fs.existsSync(dir)) continue;
  for (const goldFile of fs.readdirSync(dir).filter((f) => /^gold-.*\.json$/.test(f))) {
    const goldPath = path.join(dir, goldFile);
    const gold = JSON.parse(fs.readFileSync(goldPath, 'utf8'));
    for (const [name, doc] of Object.entries(gold.docs)) {
      const split = doc.split === 'test' ? 'test' : 'dev';
      const key = `${lang} ${split}`;
      const file = path.join(dir, name);
      const text = fs.readFileSync(file, 'utf8');
      const sys = build.fn(
        { path: name, title: null, text, dct: null, dctSource: 'none', format: 'txt' },
        { lang, dct: doc.dct },
      );
      const sysPath = path.join(tmp, `${name}.json`);
      fs.writeFileSync(sysPath, JSON.stringify(sys));
      const chronoPath = path.join(tmp, `${name}.chrono.json`);
      fs.writeFileSync(
        chronoPath,
        await node([path.join(EVAL, 'baselines', 'chrono-doc.mjs'), file, doc.dct, lang]),
      );
      const quiet = showErrors && split === 'dev' ? [] : ['--quiet'];
      const m = await node([path.join(EVAL, 'score-timeline.mjs'), goldPath, name, sysPath, ...quiet]);
      const c = await node([path.join(EVAL, 'score-timeline.mjs'), goldPath, name, chronoPath, '--quiet']);
      const e = await node([path.join(EVAL, 'score-events.mjs'), goldPath, name, sysPath, ...quiet]);
      if (quiet.length === 0) process.stdout.write(m.split('\n').slice(0, -2).join('\n') + '\n' + e);
      const mm = /(\d+)\/(\d+) dated mentions right/.exec(m);
      const cm = /(\d+)\/(\d+) dated mentions right/.exec(c);
      const em = /(\d+)\/(\d+) events right \((\d+) placed with another status, (\d+) labelled\)/.exec(e);
      add(key, 'articles', 1);
      if (mm) {
        add(key, 'right', +mm[1]);
        add(key, 'items', +mm[2]);
      }
      if (cm) add(key, 'chrono', +cm[1]);
      if (em) {
        add(key, 'eventsRight', +em[1]);
        add(key, 'events', +em[2]);
        add(key, 'placed', +em[3]);
        add(key, 'labelled', +em[4]);
      }
    }
  }
}
fs.rmSync(tmp, { recursive: true, force: true });

const pct = (a, b) => (b ? ((100 * a) / b).toFixed(1) : '—');
const lines = [
  '',
  '| real articles | articles | dated mentions right: factline | chrono-node | events right | placed, other status | labelled |',
  '|---|---|---|---|---|---|---|',
];
for (const [key, t] of Object.entries(totals).sort())
  lines.push(
    `| ${key} | ${t.articles} | ${pct(t.right, t.items)} % (${t.right}/${t.items}) | ${pct(t.chrono, t.items)} % | ` +
      `${pct(t.eventsRight, t.events)} % (${t.eventsRight}/${t.events}) | ${t.placed} | ${pct(t.labelled, t.eventsRight)} % |`,
  );
console.log(lines.join('\n'));
