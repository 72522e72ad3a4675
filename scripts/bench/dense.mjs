#!/usr/bin/env node
// Date-dense real-looking text, article to timeline document (`npm run bench dense`): a long live blog, an
// agenda page, a chronology of dated lines and a paragraph of "N days ago" phrases, in English and French,
// at 1 250 then 5 000 entries. Linear means 4× the input costs about 4× the time. CPU time of this process
// (less moved by other work on the machine than the wall clock), best of 3 after a warm-up.
// Uses the built core (out/cli/core.js; `npm run build:cli`).
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const coreFile = join(root, 'out/cli/core.js');
if (!existsSync(coreFile)) {
  console.error('bench/dense: out/cli/core.js is missing; run `npm run build:cli` first.');
  process.exit(1);
}
const { buildDocument } = await import(pathToFileURL(coreFile).href);

const MONTHS = {
  en: 'January February March April May June July August September October November December'.split(' '),
  fr: 'janvier février mars avril mai juin juillet août septembre octobre novembre décembre'.split(' '),
};
const WEEKDAYS = {
  en: 'Sunday Monday Tuesday Wednesday Thursday Friday Saturday'.split(' '),
  fr: 'dimanche lundi mardi mercredi jeudi vendredi samedi'.split(' '),
};
const day = (i, step = 3) => new Date(Date.UTC(1990, 0, 1) + i * step * 86_400_000);
// Hours cycle every ten entries, so both sizes hold the same mix of morning and afternoon times.
const hhmm = (i) => `${String(8 + (i % 10)).padStart(2, '0')}:${String((i * 7) % 60).padStart(2, '0')}`;

/** Each input: entries joined into one text. */
const INPUTS = {
  'live blog': {
    en: (i) =>
      `${hhmm(i)} GMT\nThe minister said on ${WEEKDAYS.en[i % 7]} that talks would resume next week; ${i + 1} people were evacuated yesterday.\n`,
    fr: (i) =>
      `${hhmm(i)}\nLe ministre a déclaré ${WEEKDAYS.fr[i % 7]} que les discussions reprendraient la semaine prochaine ; ${i + 1} personnes ont été évacuées hier.\n`,
  },
  'agenda page': {
    en: (i) => {
      const d = day(i, 1);
      return `${WEEKDAYS.en[d.getUTCDay()]} ${d.getUTCDate()} ${MONTHS.en[d.getUTCMonth()]} ${d.getUTCFullYear()}, ${hhmm(i)}: committee hearing on the budget (room ${i % 40}).`;
    },
    fr: (i) => {
      const d = day(i, 1);
      return `${WEEKDAYS.fr[d.getUTCDay()]} ${d.getUTCDate()} ${MONTHS.fr[d.getUTCMonth()]} ${d.getUTCFullYear()}, ${hhmm(i)} : audition de la commission sur le budget (salle ${i % 40}).`;
    },
  },
  chronology: {
    en: (i) => {
      const d = day(i);
      return `${MONTHS.en[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()}: The council approved budget number ${i}.`;
    },
    fr: (i) => {
      const d = day(i);
      return `${d.getUTCDate()} ${MONTHS.fr[d.getUTCMonth()]} ${d.getUTCFullYear()} : le conseil a voté le budget numéro ${i}.`;
    },
  },
  '"N days ago", one paragraph': {
    en: (i) => `The minister said ${(i % 30) + 2} days ago that plan ${i} was ready.`,
    fr: (i) => `Le ministre a déclaré il y a ${(i % 30) + 2} jours que le plan ${i} était prêt.`,
    sep: ' ',
  },
};

const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
function build(text, lang) {
  return buildDocument(
    {
      path: 'dense.txt',
      text,
      title: null,
      format: 'txt',
      encoding: 'UTF-8',
      dct: '2022-04-22',
      dctSource: 'option',
      dctDetail: null,
    },
    { lang, dct: '2022-04-22' },
  );
}
function best(fn, runs = 3) {
  let min = Infinity;
  for (let i = 0; i < runs; i++) {
    const t0 = cpu();
    fn();
    min = Math.min(min, cpu() - t0);
  }
  return min;
}

const SIZES = [1250, 5000];
console.log(`Date-dense text, article → timeline document (CPU ms, best of 3; ${SIZES.join(' → ')} entries)`);
console.log(`  ${'input'.padEnd(34)} ${'size'.padStart(15)} ${'time'.padStart(17)}  ratio  events`);
let worst = 0;
for (const [name, input] of Object.entries(INPUTS)) {
  for (const lang of ['en', 'fr']) {
    const texts = SIZES.map((n) =>
      Array.from({ length: n }, (_, i) => input[lang](i)).join(input.sep ?? '\n'),
    );
    build(texts[0], lang); // warm-up
    let events = 0;
    const times = texts.map((t) => best(() => (events = build(t, lang).events.length)));
    const ratio = times[1] / times[0];
    worst = Math.max(worst, ratio);
    const kb = texts.map((t) => `${Math.round(t.length / 1024)}`);
    console.log(
      `  ${`${name} (${lang})`.padEnd(34)} ${`${kb[0]} → ${kb[1]} kB`.padStart(15)} ${`${times[0].toFixed(0)} → ${times[1].toFixed(0)} ms`.padStart(17)}  ×${ratio.toFixed(1)}  ${events}`,
    );
  }
}
console.log(`  worst ratio ×${worst.toFixed(1)} for ×4 input (linear ≈ ×4)`);
