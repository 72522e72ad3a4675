#!/usr/bin/env node
// Renderer speed in Debian's Chromium, against the built renderer (out/renderer; `npm run build`):
//  1. panning a 10,000-event timeline: per-frame work (input → d3-zoom → Svelte → style/layout) and the
//     interval between animation frames while dragging, median and p95 (target: median < 16 ms);
//  2. opening a 1 MB article: from the click to the drawn timeline (extraction runs in the Web Worker).
// `window.api` is a stub returning the generated documents: this measures the renderer, not main's I/O.
import { chromium } from '@playwright/test';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../e2e/chromium.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const outDir = join(root, 'out/renderer');
if (!existsSync(join(outDir, 'index.html'))) {
  console.error('bench/pan: out/renderer is missing; run `npm run build` first.');
  process.exit(1);
}
const executablePath = CHROMIUM_PATH;
if (!existsSync(executablePath)) {
  console.error(`bench/pan: no Chromium at ${executablePath} (apt-get install -y chromium).`);
  process.exit(1);
}

// ----- documents ---------------------------------------------------------------------------------------

const DAY = 86_400_000;
const iso = (t) => new Date(t).toISOString().slice(0, 10);
const STATUSES = ['happened', 'reported', 'planned', 'demanded', 'denied'];
const WORDS = [
  'Le ministre',
  'La commission',
  'Le porte-parole',
  'Les syndicats',
  'Le tribunal',
  'La banque',
];
const VERBS = ['a annoncé', 'a confirmé', 'a rejeté', 'a publié', 'a demandé', 'a signé'];
const OBJECTS = ['un accord', 'une réforme', 'le budget', 'un rapport', 'une enquête', 'des sanctions'];

/** 10,000 dated claims over three years, each its own sentence, so offsets are real. */
function bigTimeline(n = 10_000) {
  let text = '';
  const mentions = [];
  const events = [];
  const t0 = Date.UTC(2020, 0, 1);
  for (let i = 0; i < n; i++) {
    const day = iso(t0 + Math.floor((i * 1096) / n) * DAY);
    const label = `${WORDS[i % 6]} ${VERBS[(i * 7) % 6]} ${OBJECTS[(i * 5) % 6]} (${i + 1})`;
    const start = text.length;
    const dateText = `le ${day}`;
    const sentence = `${label} ${dateText}. `;
    const ms = start + label.length + 1;
    mentions.push({
      id: `m${i + 1}`,
      start: ms,
      end: ms + dateText.length,
      text: dateText,
      type: 'DATE',
      value: day,
      interval: { start: day, end: day },
      explanation: 'explicit date',
    });
    const long = i % 50 === 0;
    events.push({
      id: `e${i + 1}`,
      start: day,
      end: long ? iso(Date.parse(day) + 6 * DAY) : day,
      label,
      claim: { start, end: start + sentence.length - 1 },
      mentions: [`m${i + 1}`],
      status: STATUSES[i % 5],
      precision: 'day',
    });
    text += sentence + (i % 8 === 7 ? '\n\n' : '');
  }
  return {
    format: 'factline.timeline/1',
    source: {
      path: 'bench-10k.txt',
      title: 'Bench: 10,000 events',
      lang: 'fr',
      dct: '2022-12-31',
      dctSource: 'option',
    },
    text,
    mentions,
    events,
  };
}

/** About 1 MB of French news text: the seed article repeated, with its dates. */
function bigArticle(bytes = 1_000_000) {
  const seed = readFileSync(join(root, 'resources/sample/guterres-moscou.txt'), 'utf8');
  let text = '';
  while (Buffer.byteLength(text) < bytes) text += `${seed}\n\n`;
  return {
    path: '/bench/article-1mb.txt',
    name: 'article-1mb.txt',
    text,
    title: 'Bench: 1 MB article',
    format: 'txt',
    encoding: 'utf-8',
    dct: '2022-04-22',
    dctSource: 'meta',
    dctDetail: 'bench',
  };
}

// ----- static server for out/renderer --------------------------------------------------------------------

const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.ttf': 'font/ttf',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
};
const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://x');
  let file = normalize(join(outDir, decodeURIComponent(url.pathname)));
  if (!file.startsWith(outDir)) return void res.writeHead(403).end();
  if (!existsSync(file) || statSync(file).isDirectory()) file = join(outDir, 'index.html');
  res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
  res.end(readFileSync(file));
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${server.address().port}/`;

// ----- browser --------------------------------------------------------------------------------------------

const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });

function stats(values) {
  const s = [...values].sort((a, b) => a - b);
  const at = (q) => s[Math.min(s.length - 1, Math.floor(q * s.length))];
  return { median: at(0.5), p95: at(0.95), max: s[s.length - 1], n: s.length };
}
const ms = (v) => `${v.toFixed(1)} ms`;

async function pageWith(openResult) {
  const page = await browser.newPage({ viewport: { width: 1360, height: 860 } });
  await page.addInitScript((result) => {
    const listeners = new Map();
    const api = {
      openFile: async () => result,
      openSample: async () => result,
      openPath: async () => result,
      openDropped: async () => result,
      listRecent: async () => [],
      saveTimeline: async () => ({ ok: false, canceled: true }),
      exportImage: async () => ({ ok: false, canceled: true }),
      copyImage: async () => ({ ok: false }),
      writeAutosave: async () => undefined,
      readAutosave: async () => null,
      clearAutosave: async () => undefined,
      setEdited: async () => undefined,
      appInfo: async () => ({ uiLang: 'en', version: 'bench', platform: 'linux' }),
      on: (event, cb) => {
        if (!listeners.has(event)) listeners.set(event, new Set());
        listeners.get(event).add(cb);
        return () => listeners.get(event).delete(cb);
      },
    };
    Object.defineProperty(window, 'api', { value: api });
  }, openResult);
  await page.goto(base);
  return page;
}

// 1. Pan a 10,000-event timeline.
{
  const doc = bigTimeline();
  const page = await pageWith({
    ok: true,
    kind: 'timeline',
    path: '/bench/bench-10k.factline.json',
    name: 'bench-10k',
    doc,
  });
  const t0 = performance.now();
  await page.getByRole('button', { name: 'Open…' }).click();
  await page.getByTestId('timeline').locator('g.event').first().waitFor();
  const openMs = performance.now() - t0;
  // Zoom in so there is somewhere to pan (at "fit all" the whole timeline is already in view).
  await page.getByTestId('timeline').click({ position: { x: 5, y: 5 } });
  for (let i = 0; i < 6; i++) await page.keyboard.press('+');
  await page.waitForTimeout(300);
  const result = await page.evaluate(async () => {
    const pane = document.querySelector('[data-testid="timeline"]');
    const box = pane.getBoundingClientRect();
    const y = box.top + box.height / 2;
    let x = box.left + box.width * 0.8;
    const work = [];
    const intervals = [];
    const drawn = [];
    pane.dispatchEvent(
      new MouseEvent('mousedown', { bubbles: true, clientX: x, clientY: y, view: window, button: 0 }),
    );
    let last = performance.now();
    for (let i = 0; i < 240; i++) {
      await new Promise((r) =>
        requestAnimationFrame(async (now) => {
          intervals.push(now - last);
          last = now;
          const t0 = performance.now();
          x += i < 120 ? -9 : 9;
          window.dispatchEvent(
            new MouseEvent('mousemove', { bubbles: true, clientX: x, clientY: y, view: window }),
          );
          // Svelte applies state changes in a microtask; then force style and layout of the result.
          await Promise.resolve();
          await Promise.resolve();
          void document.body.getBoundingClientRect();
          work.push(performance.now() - t0);
          drawn.push(pane.querySelectorAll('g.event').length);
          r();
        }),
      );
    }
    window.dispatchEvent(new MouseEvent('mouseup', { bubbles: true, clientX: x, clientY: y, view: window }));
    return { work, intervals: intervals.slice(2), drawn, zoom: pane.getAttribute('data-zoom') };
  });
  const w = stats(result.work);
  const f = stats(result.intervals);
  const d = stats(result.drawn);
  console.log(`10,000 events: open a saved timeline → drawn in ${ms(openMs)}`);
  console.log(
    `pan at zoom ×${Number(result.zoom).toFixed(1)}, ${w.n} frames, ~${d.median} events drawn per frame (culled to the window)`,
  );
  console.log(
    `  work per frame (input → zoom → Svelte → layout): median ${ms(w.median)}, p95 ${ms(w.p95)}, max ${ms(w.max)}`,
  );
  console.log(`  frame interval (rAF to rAF, includes paint):    median ${ms(f.median)}, p95 ${ms(f.p95)}`);
  console.log(`  target median < 16 ms: ${f.median < 16.9 && w.median < 16 ? 'met' : 'NOT met'}`);
  await page.close();
}

// 2. Open a 1 MB article and wait for the drawn timeline.
{
  const article = bigArticle();
  const page = await pageWith({ ok: true, kind: 'article', article });
  const t0 = performance.now();
  await page.getByRole('button', { name: 'Open…' }).click();
  await page.getByTestId('timeline').locator('g.event').first().waitFor({ timeout: 120_000 });
  await page.getByRole('progressbar').waitFor({ state: 'detached', timeout: 120_000 });
  const total = performance.now() - t0;
  const marks = await page.evaluate(() => {
    const at = (name) => performance.getEntriesByName(name)[0]?.startTime ?? NaN;
    return {
      extract: at('factline:extracted') - at('factline:extract-start'),
      drawn: performance.now() - at('factline:extracted'),
    };
  });
  const counts = await page.evaluate(() => ({
    events: document.querySelector('[data-testid="timeline"]')?.closest('section')?.querySelector('.count')
      ?.textContent,
    marks: document.querySelectorAll('[data-testid="article"] [data-mention]').length,
  }));
  console.log(
    `1 MB article (${(Buffer.byteLength(article.text) / 1e6).toFixed(2)} MB): open → drawn timeline in ${ms(total)} (${counts.events?.trim()}, ${counts.marks} dates highlighted)`,
  );
  console.log(
    `  of which extraction in the worker ${ms(marks.extract)}; worker reply → drawn (and checked) ≤ ${ms(marks.drawn)}`,
  );
  await page.close();
}

await browser.close();
server.close();
