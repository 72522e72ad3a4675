#!/usr/bin/env node
// Whole-timeline image export at 2 000 and 10 000 events (`npm run bench export`): the SVG (layout, lanes
// capped at MAX_EXPORT_LANES with the rest counted per stretch of the axis) and its PNG with resvg on
// libuv's thread pool (as the app does, off the main thread), at scale 1; size of each result. One run
// each after a warm-up. Loads the TypeScript sources through tsx. FACTLINE_BENCH_OUT=folder keeps the images.
import { register } from 'tsx/esm/api';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

register();
const { toSvg } = await import('../../src/core/timeline/svg.ts');
const { svgToPngAsync } = await import('../../src/main/services/png.ts');

const WORDS =
  'Guterres Moscou Poutine visite trêve appel ministre grève accord sommet réunion pause aide civils'.split(
    ' ',
  );

/** Deterministic events: clustered bursts over 30 years, mixed ranges and vague dates (as bench layout). */
function events(n) {
  let seed = 42;
  const rnd = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  const out = [];
  for (let i = 0; i < n; i++) {
    const burst = Math.floor(rnd() * 8);
    const base = Date.UTC(1990 + burst * 4, Math.floor(rnd() * 12), 1) + Math.floor(rnd() * 120) * 86_400_000;
    const span = rnd() < 0.15 ? Math.floor(rnd() * 20) : 0;
    out.push({
      id: `e${i + 1}`,
      start: new Date(base).toISOString().slice(0, 10),
      end: new Date(base + span * 86_400_000).toISOString().slice(0, 10),
      label: Array.from(
        { length: 3 + Math.floor(rnd() * 9) },
        () => WORDS[Math.floor(rnd() * WORDS.length)],
      ).join(' '),
      claim: { start: 0, end: 1 },
      mentions: [],
      status: ['happened', 'reported', 'planned', 'demanded', 'denied'][Math.floor(rnd() * 5)],
      precision: rnd() < 0.05 ? 'month' : 'day',
    });
  }
  return out;
}
const doc = (n) => ({
  format: 'factline.timeline/1',
  source: {
    path: 'bench.txt',
    title: `Bench: ${n} events`,
    lang: 'fr',
    dct: '2022-04-22',
    dctSource: 'option',
  },
  text: '',
  mentions: [],
  events: events(n),
});

await svgToPngAsync(toSvg(doc(50))); // warm-up: fonts, resvg
console.log('Whole-timeline export, width 1200, scale 1');
for (const n of [2_000, 10_000]) {
  const d = doc(n);
  const t0 = performance.now();
  const svg = toSvg(d);
  const t1 = performance.now();
  const png = await svgToPngAsync(svg);
  const t2 = performance.now();
  if (process.env.FACTLINE_BENCH_OUT)
    writeFileSync(join(process.env.FACTLINE_BENCH_OUT, `export-${n}.png`), png);
  const [, w, h] = /width="(\d+)" height="(\d+)"/.exec(svg);
  const drawn = (svg.match(/<g class="event /g) ?? []).length;
  console.log(
    `  ${String(n).padStart(6)} events: SVG ${(t1 - t0).toFixed(0).padStart(5)} ms (${(svg.length / 1e6).toFixed(1)} MB), PNG ${(t2 - t1).toFixed(0).padStart(5)} ms (${(png.length / 1e6).toFixed(1)} MB), ${w} × ${h} px, ${drawn} events drawn, the rest counted; total ${((t2 - t0) / 1000).toFixed(1)} s (target < 10 s)`,
  );
}
