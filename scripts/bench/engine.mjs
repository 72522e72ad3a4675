#!/usr/bin/env node
// Temporal engine throughput on the whole corpus set, as a ratio to chrono-node in the same run, and the
// adversarial inputs that would expose catastrophic backtracking (each size doubling must about double the
// time: linear, not quadratic or worse). Uses the built core (out/cli/core.js; `npm run build:cli`).
process.env.TZ = 'UTC';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const evalDir = process.env.FACTLINE_EVAL_DIR ?? resolve(root, '../shared/eval');
const coreFile = join(root, 'out/cli/core.js');
if (!existsSync(coreFile)) {
  console.error('bench/engine: out/cli/core.js is missing; run `npm run build:cli` first.');
  process.exit(1);
}
const { extractMentions } = await import(pathToFileURL(coreFile).href);
const chrono = createRequire(join(root, 'package.json'))('chrono-node');

const CORPORA = ['ftib', 'timebank', 'aquaint', 'te3-platinum', 'wikiwars'];
const docs = [];
for (const name of CORPORA) {
  const file = join(evalDir, 'data', `${name}.json`);
  if (!existsSync(file)) continue;
  for (const d of JSON.parse(readFileSync(file, 'utf8')).documents) docs.push({ ...d, lang: d.lang ?? 'en' });
}
const chars = docs.reduce((n, d) => n + d.text.length, 0);
const refDate = (dct) => {
  const [y, m, d] = String(dct ?? '2000-01-01')
    .slice(0, 10)
    .split('-')
    .map(Number);
  return new Date(Date.UTC(y, (m || 1) - 1, d || 1, 12));
};

function best(runs, fn) {
  let min = Infinity;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    min = Math.min(min, performance.now() - t0);
  }
  return min;
}

const ours = best(3, () => {
  for (const d of docs)
    extractMentions(d.text, { lang: d.lang, dct: d.dct ? String(d.dct).slice(0, 10) : null });
});
const theirs = best(3, () => {
  for (const d of docs) (d.lang === 'fr' ? chrono.fr : chrono.en).parse(d.text, refDate(d.dct));
});
const mcs = (ms) => (((chars / ms) * 1000) / 1e6).toFixed(2);
console.log(
  `Corpus set: ${docs.length} documents, ${chars.toLocaleString('en')} characters (best of 3 passes)`,
);
console.log(`  factline     ${ours.toFixed(0).padStart(6)} ms   ${mcs(ours)} M chars/s`);
console.log(`  chrono-node  ${theirs.toFixed(0).padStart(6)} ms   ${mcs(theirs)} M chars/s`);
console.log(`  ratio        ${(ours / theirs).toFixed(2)}× chrono-node's time (target ≤ 3×)`);

// Adversarial inputs: 256 kB then 1 MB of each; linear time means the 4× input takes about 4× as long.
const month = { fr: 'février ', en: 'February ' };
const cases = [
  ['long digit runs', () => '1234567890'],
  ['repeated month names (fr)', () => month.fr, 'fr'],
  ['repeated month names (en)', () => month.en, 'en'],
  ['spaces', () => ' '],
  ['digits and separators', () => '12/04/2022 12:30 '],
  ['number words', () => 'vingt-et-un '],
];
console.log('\nAdversarial input (time for 256 kB → 1 MB; ×4 input ≈ ×4 time when linear):');
for (const [name, unit, lang = 'en'] of cases) {
  const times = [256 * 1024, 1024 * 1024].map((size) => {
    const text = unit()
      .repeat(Math.ceil(size / unit().length))
      .slice(0, size);
    return best(2, () => extractMentions(text, { lang, dct: '2022-04-22' }));
  });
  console.log(
    `  ${name.padEnd(28)} ${times[0].toFixed(0).padStart(6)} ms → ${times[1].toFixed(0).padStart(6)} ms  (×${(times[1] / times[0]).toFixed(1)})`,
  );
}
