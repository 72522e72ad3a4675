// Helpers for scripts/eval.mjs: argument parsing, locating the shared evaluation folder, loading our engine
// (built bundle or TypeScript sources through tsx), running the CLI on a corpus, and formatting the table.
// Plain Node ESM, no dependency beyond what the repo already installs (tsx for the dev mode).

import fs from 'node:fs';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const CORPORA = ['ftib', 'timebank', 'aquaint', 'te3-platinum', 'wikiwars'];

/** `../shared/eval` next to the repo, or $FACTLINE_EVAL_DIR. */
export function evalDir(env = process.env) {
  return path.resolve(env.FACTLINE_EVAL_DIR || path.join(REPO, '..', 'shared', 'eval'));
}

export function parseArgs(argv) {
  const a = { corpora: [], dev: false, errors: 0, runs: 3, chrono: true, seed: true, build: true, out: null };
  for (let i = 0; i < argv.length; i++) {
    const x = argv[i];
    if (x === '--dev') a.dev = true;
    else if (x === '--errors') a.errors = parseInt(argv[++i], 10) || 0;
    else if (x === '--runs') a.runs = Math.max(1, parseInt(argv[++i], 10) || 1);
    else if (x === '--no-chrono') a.chrono = false;
    else if (x === '--no-seed') a.seed = false;
    else if (x === '--no-build') a.build = false;
    else if (x === '--out') a.out = argv[++i];
    else if (x === '-h' || x === '--help') a.help = true;
    else if (x.startsWith('--')) throw new Error(`unknown option ${x}`);
    else a.corpora.push(x);
  }
  if (a.dev) {
    a.seed = false;
    a.build = false;
  }
  return a;
}

export const USAGE = `usage: npm run eval -- [--dev] [--errors N] [--runs N] [--no-chrono] [--no-seed] [--no-build] [corpus ...]
  (default)   build the CLI, run \`factline extract\` on every document (one process per DCT), score it,
              time the engine in-process (best of --runs passes), run chrono-node on the same documents,
              score the seed article; print one table
  --dev       in-process through tsx from src/ (no build, no CLI, no seed): fast loop for tuning rules
  --errors N  print up to N extent/value/missed errors per corpus for our system
  corpus      any of ${CORPORA.join(', ')} (default: all)
  env FACTLINE_EVAL_DIR  folder with score.mjs and data/ (default ../shared/eval)`;

/** DCT as the CLI takes it: the calendar day (`1998-02-13T14:26:00` → `1998-02-13`). */
export function dctDay(dct) {
  const m = /^(\d{4})-?(\d{2})-?(\d{2})/.exec(dct || '');
  return m ? `${m[1]}-${m[2]}-${m[3]}` : null;
}

export function groupByDct(documents) {
  const groups = new Map();
  for (const d of documents) {
    const k = `${d.lang}|${dctDay(d.dct) ?? ''}`;
    if (!groups.has(k)) groups.set(k, []);
    groups.get(k).push(d);
  }
  return groups;
}

/** A mention of the timeline JSON / the engine → a system timex for score.mjs. */
export function toTimex(m) {
  const t = { start: m.start, end: m.end, type: m.type, value: m.value };
  if (typeof m.text === 'string') t.text = m.text;
  return t;
}

/** Whatever the engine returns (array of mentions, or an object holding `mentions`) → array. */
export function mentionsOf(result) {
  if (Array.isArray(result)) return result;
  if (result && Array.isArray(result.mentions)) return result.mentions;
  throw new Error('engine returned neither an array nor {mentions}');
}

async function importTs(file) {
  const { register } = await import('tsx/esm/api');
  register();
  return import(pathToFileURL(file).href);
}

/**
 * The engine's `extractMentions(text, {lang, dct})`. `prefer: 'bundle'` tries the built core bundle
 * (`out/cli/core.js`) first; `'src'` loads the TypeScript sources through tsx.
 */
export async function loadEngine(prefer = 'bundle') {
  const bundle = path.join(REPO, 'out', 'cli', 'core.js');
  const sources = [
    path.join(REPO, 'src', 'core', 'temporal', 'index.ts'),
    path.join(REPO, 'src', 'core', 'index.ts'),
  ];
  const tries = [];
  if (prefer === 'bundle' && fs.existsSync(bundle))
    tries.push({ from: 'out/cli/core.js', load: () => import(pathToFileURL(bundle).href) });
  for (const s of sources)
    if (fs.existsSync(s)) tries.push({ from: path.relative(REPO, s) + ' (tsx)', load: () => importTs(s) });
  const problems = [];
  for (const t of tries) {
    try {
      const mod = await t.load();
      const fn = mod.extractMentions ?? mod.default?.extractMentions;
      if (typeof fn === 'function') {
        return { from: t.from, extract: (text, lang, dct) => mentionsOf(fn(text, { lang, dct })) };
      }
      problems.push(`${t.from}: no extractMentions export`);
    } catch (e) {
      problems.push(`${t.from}: ${e.message.split('\n')[0]}`);
    }
  }
  throw new Error(
    `engine not found (${problems.join('; ') || 'no out/cli/core.js nor src/core/temporal/index.ts'})`,
  );
}

/** Runs the engine over a corpus `runs` times; returns the system docs and the fastest pass. */
export function runEngine(engine, gold, runs = 1) {
  let best = null;
  for (let r = 0; r < runs; r++) {
    const docs = {};
    let chars = 0;
    let ms = 0;
    for (const d of gold.documents) {
      const t0 = process.hrtime.bigint();
      const mentions = engine.extract(d.text, d.lang, dctDay(d.dct));
      ms += Number(process.hrtime.bigint() - t0) / 1e6;
      chars += d.text.length;
      docs[d.doc] = mentions.map(toTimex);
    }
    if (!best || ms < best.ms) best = { docs, chars, ms };
  }
  return best;
}

export function run(cmd, args, opts = {}) {
  return new Promise((resolve) => {
    const p = spawn(cmd, args, { cwd: REPO, ...opts });
    const out = [];
    const err = [];
    p.stdout.on('data', (b) => out.push(b));
    p.stderr.on('data', (b) => err.push(b));
    p.on('error', (e) => resolve({ code: -1, stdout: '', stderr: String(e) }));
    p.on('close', (code) =>
      resolve({
        code,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
      }),
    );
  });
}

/**
 * `factline extract` on every document of a corpus: texts written to `tmp/<corpus>/<n>.txt`, one CLI process
 * per (language, DCT) with all its files → JSON Lines, in file order. Two processes at a time.
 */
export async function runCli(gold, corpus, tmp) {
  const dir = path.join(tmp, corpus);
  fs.mkdirSync(dir, { recursive: true });
  const jobs = [];
  let n = 0;
  for (const [key, docs] of groupByDct(gold.documents)) {
    const [lang, dct] = key.split('|');
    const files = docs.map((d) => {
      const f = path.join(dir, `${n++}.txt`);
      fs.writeFileSync(f, d.text);
      return f;
    });
    jobs.push({ lang, dct, docs, files });
  }
  const system = {};
  const problems = [];
  const bin = path.join(REPO, 'bin', 'factline.mjs');
  const worker = async () => {
    for (let job = jobs.shift(); job; job = jobs.shift()) {
      const args = [bin, 'extract', ...job.files, '--lang', job.lang, '--format', 'json'];
      if (job.dct) args.push('--dct', job.dct);
      const r = await run(process.execPath, args);
      // One FILE prints one indented document; several print JSON Lines.
      const lines =
        job.files.length === 1 && r.code === 0 ? [r.stdout] : r.stdout.split('\n').filter((l) => l.trim());
      if (r.code !== 0 || lines.length !== job.files.length) {
        problems.push(
          `${corpus} dct ${job.dct}: exit ${r.code}, ${lines.length}/${job.files.length} outputs ${r.stderr.trim().split('\n')[0] ?? ''}`,
        );
      }
      lines.forEach((l, i) => {
        const doc = job.docs[i];
        if (!doc) return;
        const tl = JSON.parse(l);
        if (tl.text !== doc.text)
          problems.push(`${corpus}/${doc.doc}: CLI text differs from the document text`);
        system[doc.doc] = (tl.mentions ?? []).map(toTimex);
      });
    }
  };
  await Promise.all([worker(), worker()]);
  return { docs: system, problems };
}

const pct = (x) => (x === undefined || x === null ? '–' : (100 * x).toFixed(1));
const rate = (cps) => (!cps ? '–' : cps >= 1e6 ? `${(cps / 1e6).toFixed(1)}M` : `${Math.round(cps / 1e3)}k`);

/** rows: {corpus, system, overall (score.mjs), charsPerSec} → one Markdown table. */
export function formatTable(rows) {
  const head = [
    'corpus',
    'system',
    'gold',
    'sys',
    'strict F1',
    'relaxed F1',
    'type acc',
    'value acc',
    'value F1',
    'chars/s',
  ];
  const lines = [`| ${head.join(' | ')} |`, `|${head.map((h, i) => (i < 2 ? '---' : '---:')).join('|')}|`];
  for (const r of rows) {
    const o = r.overall;
    lines.push(
      `| ${[
        r.corpus,
        r.system,
        o.counts.gold,
        o.counts.sys,
        pct(o.strict.f1),
        pct(o.relaxed.f1),
        pct(o.type.accuracy),
        pct(o.value.accuracy),
        `**${pct(o.value.f1)}**`,
        rate(r.charsPerSec),
      ].join(' | ')} |`,
    );
  }
  return lines.join('\n');
}

export function formatErrors(corpus, errors) {
  const lines = [`-- ${corpus}: ${errors.length} errors`];
  for (const e of errors) {
    const g = e.gold ? JSON.stringify([e.gold.text, e.gold.type, e.gold.value]) : '-';
    const s = e.system ? JSON.stringify([e.system.text, e.system.type, e.system.value]) : '-';
    lines.push(`${e.doc}\t${e.kind}\tgold=${g}\tsys=${s}`);
  }
  return lines.join('\n');
}

/** System timexes overlapping no gold timex (score.mjs lists only gold-side errors). */
export function spurious(gold, system, max) {
  const out = [];
  for (const d of gold.documents) {
    for (const s of system.docs[d.doc] ?? []) {
      if (out.length >= max) return out;
      if (!(d.gold ?? []).some((g) => g.start < s.end && g.end > s.start)) {
        out.push({
          doc: d.doc,
          kind: 'spurious',
          system: { text: d.text.slice(s.start, s.end), type: s.type, value: s.value },
        });
      }
    }
  }
  return out;
}
