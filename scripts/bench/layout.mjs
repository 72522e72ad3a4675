#!/usr/bin/env node
// Timeline layout time for 1k and 10k events (`npm run bench layout`): piecewise axis, ticks, label
// wrapping and O(n log n) lane assignment, plus the SVG string for 1k. Loads the TypeScript core through tsx.
import { register } from 'tsx/esm/api';
import { performance } from 'node:perf_hooks';

register();
const { layoutTimeline, toSvg } = await import('../../src/core/timeline/index.ts');

const WORDS =
  'Guterres Moscou Poutine visite trêve appel ministre grève accord sommet réunion pause aide civils'.split(
    ' ',
  );

/** Deterministic events: clustered bursts over 30 years with far outliers, mixed ranges and vague dates. */
function events(n) {
  let seed = 42;
  const rnd = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  const out = [];
  for (let i = 0; i < n; i++) {
    const burst = Math.floor(rnd() * 8);
    const base = Date.UTC(1990 + burst * 4, Math.floor(rnd() * 12), 1) + Math.floor(rnd() * 120) * 86_400_000;
    const start = new Date(base).toISOString().slice(0, 10);
    const span = rnd() < 0.15 ? Math.floor(rnd() * 20) : 0;
    const end = new Date(base + span * 86_400_000).toISOString().slice(0, 10);
    const words = Array.from(
      { length: 3 + Math.floor(rnd() * 9) },
      () => WORDS[Math.floor(rnd() * WORDS.length)],
    );
    const status = ['happened', 'reported', 'planned', 'demanded', 'denied'][Math.floor(rnd() * 5)];
    out.push({
      id: `e${i + 1}`,
      start,
      end,
      label: words.join(' '),
      claim: { start: 0, end: 1 },
      mentions: [],
      status,
      precision: rnd() < 0.05 ? 'month' : 'day',
    });
  }
  return out;
}

function time(fn, runs) {
  fn(); // warm-up
  const t = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    t.push(performance.now() - t0);
  }
  t.sort((a, b) => a - b);
  return t[Math.floor(t.length / 2)];
}

for (const n of [1_000, 10_000]) {
  const evs = events(n);
  let lanes = 0;
  const ms = time(
    () => {
      lanes = layoutTimeline(evs, { width: 1600, dct: '2022-04-22', lang: 'fr' }).laneCount;
    },
    n >= 10_000 ? 3 : 7,
  );
  console.log(
    `layout ${String(n).padStart(6)} events: ${ms.toFixed(1).padStart(7)} ms (median), ${lanes} lanes`,
  );
}
const doc = {
  format: 'factline.timeline/1',
  source: { path: 'bench.txt', title: 'Bench', lang: 'fr', dct: '2022-04-22', dctSource: 'option' },
  text: '',
  mentions: [],
  events: events(1_000),
};
console.log(
  `toSvg   ${String(1000).padStart(6)} events: ${time(() => toSvg(doc, { width: 1600 }), 5)
    .toFixed(1)
    .padStart(7)} ms (median)`,
);
