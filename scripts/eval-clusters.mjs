#!/usr/bin/env node
// Part of `npm run eval`: merging several articles on the story clusters of eval/clusters/ (real articles,
// annotated before any Factline run; see eval/clusters/README.md). Each article goes through the same core as
// the CLI, then mergeSources; a merged event is mapped to gold happenings through its date mentions (a gold
// telling is a quote containing the date expression). Prints, per cluster and in all:
//   merge precision  = merged pairs of sources whose two events tell one gold happening / merged pairs
//   merge recall     = gold pairs (two sources telling one happening) found in one merged event / gold pairs
//   conflicts        = flagged conflicts on a gold conflict / flagged; gold conflicts found / gold conflicts
// Usage: node scripts/eval-clusters.mjs [--errors] [--pairs] [--cluster ID] [--merge-min X] [--conflict-min Y]
//        [--src]   the TypeScript sources through tsx, even when a build is there
process.env.TZ = 'UTC';

import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { REPO } from './eval-lib.mjs';

const argv = process.argv.slice(2);
const showErrors = argv.includes('--errors');
const showPairs = argv.includes('--pairs');
const only = argv.includes('--cluster') ? argv[argv.indexOf('--cluster') + 1] : null;
const opt = (name) => (argv.includes(name) ? Number(argv[argv.indexOf(name) + 1]) : undefined);
const matchOptions = { mergeMin: opt('--merge-min'), conflictMin: opt('--conflict-min') };
const DIR = path.join(REPO, 'eval', 'clusters');

async function loadCore() {
  const bundle = path.join(REPO, 'out', 'cli', 'core.js');
  if (fs.existsSync(bundle) && !argv.includes('--src')) {
    const mod = await import(pathToFileURL(bundle).href);
    if (mod.mergeSources) return { from: 'out/cli/core.js', mod };
  }
  const { register } = await import('tsx/esm/api');
  register();
  return {
    from: 'src/core (tsx)',
    mod: await import(pathToFileURL(path.join(REPO, 'src', 'core', 'index.ts')).href),
  };
}

const { from, mod } = await loadCore();
process.stderr.write(`engine: ${from}\n`);
const gold = JSON.parse(fs.readFileSync(path.join(DIR, 'gold.json'), 'utf8'));
const pct = (a, b) => (b ? `${((100 * a) / b).toFixed(1)} %` : '—');
const T = {
  pairs: 0,
  right: 0,
  gold: 0,
  found: 0,
  flagged: 0,
  flaggedRight: 0,
  conflicts: 0,
  conflictsFound: 0,
  worstFalse: 0,
};
const rows = [];
const errors = [];
const pairLines = [];

for (const [id, cluster] of Object.entries(gold.clusters)) {
  if (only && id !== only) continue;
  const sources = [];
  const docs = {};
  for (const [file, doc] of Object.entries(cluster.docs)) {
    const text = fs.readFileSync(path.join(DIR, id, file), 'utf8');
    const built = mod.buildDocument(
      { path: file, title: null, text, dct: null, dctSource: 'none', format: 'txt' },
      { lang: doc.lang, dct: doc.dct },
    );
    docs[file] = built;
    sources.push({
      id: file,
      label: doc.outlet,
      lang: doc.lang,
      dct: doc.dct,
      text,
      mentions: built.mentions,
      events: built.events,
    });
  }
  // Gold: (file, event id) → happenings it tells, through the offsets of its date mentions.
  const happeningsOf = new Map();
  for (const [file, built] of Object.entries(docs)) {
    const byId = new Map(built.mentions.map((m) => [m.id, m]));
    for (const e of built.events) {
      const set = new Set();
      const ms = [...e.mentions, ...(e.retoldMentions ?? [])].map((m) => byId.get(m)).filter(Boolean);
      for (const h of cluster.happenings) {
        for (const q of h.tellings[file] ?? []) {
          for (let at = built.text.indexOf(q); at >= 0; at = built.text.indexOf(q, at + 1)) {
            if (ms.some((m) => m.start < at + q.length && at < m.end)) set.add(h.id);
          }
        }
      }
      happeningsOf.set(`${file}\u0000${e.id}`, set);
    }
  }
  const hs = (c) => happeningsOf.get(`${c.source}\u0000${c.event}`) ?? new Set();
  const label = (c) => {
    const e = docs[c.source].events.find((x) => x.id === c.event);
    return `${c.source} ${e.start}${e.end !== e.start ? '…' + e.end : ''} « ${e.label} »`;
  };
  const merged = mod.mergeSources(sources, matchOptions);
  if (showPairs && mod.candidatePairs) {
    for (const p of mod.candidatePairs(sources)) {
      const ok = [...hs(p.a)].some((h) => hs(p.b).has(h));
      const gold = hs(p.a).size > 0 || hs(p.b).size > 0;
      if (ok || gold)
        pairLines.push(`${p.score.toFixed(3)} ${ok ? 'GOLD ' : 'other'} ${id} ${label(p.a)} + ${label(p.b)}`);
      else pairLines.push(`${p.score.toFixed(3)} none  ${id} ${label(p.a)} + ${label(p.b)}`);
    }
  }
  const r = {
    id,
    pairs: 0,
    right: 0,
    gold: 0,
    found: 0,
    flagged: 0,
    flaggedRight: 0,
    conflicts: 0,
    conflictsFound: 0,
  };
  for (const m of merged) {
    for (let i = 0; i < m.citations.length; i++) {
      for (let j = i + 1; j < m.citations.length; j++) {
        const a = m.citations[i];
        const b = m.citations[j];
        if (a.source === b.source) continue;
        r.pairs++;
        const ok = [...hs(a)].some((h) => hs(b).has(h));
        if (ok) r.right++;
        else if (!m.conflict) errors.push(`${id}  wrong merge: ${label(a)}  +  ${label(b)}`);
      }
    }
  }
  for (const h of cluster.happenings) {
    const files = Object.keys(h.tellings);
    for (let i = 0; i < files.length; i++) {
      for (let j = i + 1; j < files.length; j++) {
        r.gold++;
        const hit = merged.some(
          (m) =>
            m.citations.some((c) => c.source === files[i] && hs(c).has(h.id)) &&
            m.citations.some((c) => c.source === files[j] && hs(c).has(h.id)),
        );
        if (hit) r.found++;
        else errors.push(`${id}  missed: ${h.id} ${files[i]} + ${files[j]}`);
      }
    }
  }
  const goldConflicts = cluster.happenings.filter((h) => h.conflict);
  r.conflicts = goldConflicts.length;
  const onGold = (m, h) => new Set(m.citations.filter((c) => hs(c).has(h.id)).map((c) => c.source)).size >= 2;
  for (const m of merged.filter((x) => x.conflict)) {
    r.flagged++;
    if (goldConflicts.some((h) => onGold(m, h))) r.flaggedRight++;
    else errors.push(`${id}  false conflict: ${m.conflict.explanation.en}`);
  }
  for (const h of goldConflicts) {
    if (merged.some((m) => m.conflict && onGold(m, h))) r.conflictsFound++;
    else errors.push(`${id}  conflict missed: ${h.id} (${h.conflict.note})`);
  }
  for (const k of Object.keys(r)) if (k !== 'id') T[k] += r[k];
  T.worstFalse = Math.max(T.worstFalse, r.flagged - r.flaggedRight);
  rows.push(r);
}

const line = (r) =>
  `| ${r.id.padEnd(26)} | ${String(r.pairs).padStart(4)} | ${pct(r.right, r.pairs).padStart(7)} | ${pct(r.found, r.gold).padStart(7)} | ${`${r.flaggedRight}/${r.flagged}`.padStart(7)} | ${`${r.conflictsFound}/${r.conflicts}`.padStart(5)} |`;
console.log('\nStory clusters (eval/clusters): merging several articles\n');
console.log(`| ${'cluster'.padEnd(26)} | pairs | merge P | merge R | flagged right | gold found |`);
console.log(`| ${'-'.repeat(26)} | ---: | ---: | ---: | ---: | ---: |`);
for (const r of rows) console.log(line(r));
console.log(line({ ...T, id: 'all' }));
console.log(
  `\nmerge precision ${pct(T.right, T.pairs)} (target ≥ 90 %), recall ${pct(T.found, T.gold)} (≥ 80 %); ` +
    `conflicts: precision ${pct(T.flaggedRight, T.flagged)}, recall ${pct(T.conflictsFound, T.conflicts)} ` +
    `(every gold conflict, at most 1 false per cluster: worst ${T.worstFalse})`,
);
if (showErrors) for (const e of errors) console.log(e);
if (showPairs) for (const l of pairLines.sort().reverse()) console.log(l);
