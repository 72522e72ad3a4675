// Dev loop for the temporal engine: run extractMentions over a gold corpus of ../shared/eval and score it.
//   npx tsx scripts/dev-score.ts [ftib|timebank|aquaint] [--errors N]
// Never point it at te3-platinum: that set is kept blind.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { extractMentions } from '../src/core/temporal/index';

const corpus = process.argv[2] && !process.argv[2].startsWith('--') ? process.argv[2] : 'ftib';
if (corpus.includes('platinum')) throw new Error('te3-platinum is a blind test set');
const errors = process.argv.includes('--errors') ? process.argv[process.argv.indexOf('--errors') + 1] : '0';
const EVAL = '/work/shared/eval';
const gold = JSON.parse(fs.readFileSync(`${EVAL}/data/${corpus}.json`, 'utf8'));
const docs: Record<string, { start: number; end: number; type: string; value: string }[]> = {};
let chars = 0;
// Speed: best of three passes after a warm-up pass (regex compilation and JIT), time in extractMentions only.
let ms = Infinity;
for (let run = 0; run < 4; run++) {
  const t = performance.now();
  for (const doc of gold.documents)
    extractMentions(doc.text, { lang: doc.lang === 'fr' ? 'fr' : 'en', dct: doc.dct });
  if (run > 0) ms = Math.min(ms, performance.now() - t);
}
for (const doc of gold.documents) {
  chars += doc.text.length;
  docs[doc.doc] = extractMentions(doc.text, { lang: doc.lang === 'fr' ? 'fr' : 'en', dct: doc.dct }).map(
    (m) => ({
      start: m.start,
      end: m.end,
      type: m.type,
      value: m.value,
    }),
  );
}
const out = `/tmp/factline-dev-${corpus}.json`;
fs.writeFileSync(out, JSON.stringify({ docs }));
console.log(`${chars} chars in ${ms.toFixed(0)} ms (${(((chars / ms) * 1000) / 1e6).toFixed(2)} M chars/s)`);
const args = [`${EVAL}/score.mjs`, `${EVAL}/data/${corpus}.json`, out];
if (errors !== '0') args.push('--errors', errors);
console.log(execFileSync('node', args, { encoding: 'utf8' }));
