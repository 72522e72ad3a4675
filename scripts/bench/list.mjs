#!/usr/bin/env node
// The event list at 10 000 events, in Debian's Chromium against the built renderer (out/renderer; `npm run
// build`): from the List button to the drawn rows, a sort by each column, and scrolling (frame intervals
// while the list scrolls by a screen per frame). Each click is timed in the page up to the next frame after
// the change (style, layout and paint included); median of 5 (targets: open and sort < 200 ms, scroll at
// 60 frames a second). `window.api` is a stub returning the document: this measures the renderer only.
import { chromium } from '@playwright/test';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../e2e/chromium.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const outDir = join(root, 'out/renderer');
if (!existsSync(join(outDir, 'index.html'))) {
  console.error('bench/list: out/renderer is missing; run `npm run build` first.');
  process.exit(1);
}
if (!existsSync(CHROMIUM_PATH)) {
  console.error(`bench/list: no Chromium at ${CHROMIUM_PATH} (apt-get install -y chromium).`);
  process.exit(1);
}

const DAY = 86_400_000;
const STATUSES = ['happened', 'reported', 'planned', 'demanded', 'denied'];
const SUBJECTS = ['The minister', 'The commission', 'The spokesman', 'The unions', 'The court', 'The bank'];
const VERBS = ['announced', 'confirmed', 'rejected', 'published', 'asked for', 'signed'];
const OBJECTS = ['an agreement', 'a reform', 'the budget', 'a report', 'an inquiry', 'sanctions'];

/** 10 000 dated claims over three years, each its own sentence. */
function bigTimeline(n = 10_000) {
  let text = '';
  const mentions = [];
  const events = [];
  for (let i = 0; i < n; i++) {
    const day = new Date(Date.UTC(2020, 0, 1) + Math.floor((i * 1096) / n) * DAY).toISOString().slice(0, 10);
    const label = `${SUBJECTS[i % 6]} ${VERBS[(i * 7) % 6]} ${OBJECTS[(i * 5) % 6]} (${i + 1})`;
    const start = text.length;
    const dateText = `on ${day}`;
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
    events.push({
      id: `e${i + 1}`,
      start: day,
      end: day,
      label,
      claim: { start, end: start + sentence.length - 1 },
      mentions: [`m${i + 1}`],
      status: STATUSES[i % 5],
      precision: 'day',
      ...(i % 97 === 0 ? { edited: true } : {}),
    });
    text += sentence + (i % 8 === 7 ? '\n\n' : '');
  }
  return {
    format: 'factline.timeline/1',
    source: {
      path: 'bench-10k.txt',
      title: 'Bench: 10,000 events',
      lang: 'en',
      dct: '2022-12-31',
      dctSource: 'option',
    },
    text,
    mentions,
    events,
  };
}

const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.ttf': 'font/ttf',
  '.svg': 'image/svg+xml',
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
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });

const median = (v) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)];
const doc = bigTimeline();
const page = await browser.newPage({ viewport: { width: 1360, height: 860 } });
await page.addInitScript(
  (result) => {
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
      on: () => () => {},
    };
    Object.defineProperty(window, 'api', { value: api });
  },
  { ok: true, kind: 'timeline', path: '/bench/bench-10k.factline.json', name: 'bench-10k', doc },
);
await page.goto(base);
await page.getByRole('button', { name: 'Open…' }).click();
await page.getByTestId('timeline').waitFor();

/** Clicks the element `target` evaluates to and times it to the first frame after `done` holds. */
const clickTimed = (target, done) =>
  page.evaluate(
    async ({ target, done }) => {
      const check = new Function(`return (${done})`);
      const element = new Function(`return (${target})`)();
      const t0 = performance.now();
      element.click();
      while (!check()) await new Promise((r) => setTimeout(r, 0));
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      return performance.now() - t0;
    },
    { target, done },
  );

const LIST_BUTTON = `[...document.querySelectorAll('button[aria-pressed]')].find((b) => /^(List|Timeline)$/.test(b.textContent.trim()))`;
const opens = [];
const sorts = { date: [], label: [], status: [] };
for (let i = 0; i < 5; i++) {
  opens.push(await clickTimed(LIST_BUTTON, `document.querySelector('tbody tr[data-index]')`));
  const rows = await page.evaluate(() => document.querySelectorAll('tbody tr[data-index]').length);
  if (i === 0)
    console.log(`List of ${doc.events.length.toLocaleString('en')} events: ${rows} rows in the page`);
  for (const [n, key] of ['date', 'label', 'status'].entries()) {
    const before = await page.evaluate(() => document.querySelector('tbody tr[data-index]').dataset.event);
    sorts[key].push(
      await clickTimed(
        `document.querySelector('thead th:nth-child(${n + 1}) button')`,
        `document.querySelector('tbody tr[data-index]').dataset.event !== ${JSON.stringify(before)} || true`,
      ),
    );
  }
  // Back to the timeline for the next open.
  await clickTimed(LIST_BUTTON, `!document.querySelector('tbody tr[data-index]')`);
}
console.log(`  open (List button → rows drawn): median ${median(opens).toFixed(0)} ms (target < 200 ms)`);
for (const [key, v] of Object.entries(sorts))
  console.log(`  sort by ${key.padEnd(6)}                   median ${median(v).toFixed(0)} ms`);

await page.getByRole('button', { name: 'List', exact: true }).click();
await page.locator('tbody tr[data-index]').first().waitFor();
const frames = await page.evaluate(async () => {
  const wrap = document.querySelector('.list-wrap');
  const intervals = [];
  let last = performance.now();
  for (let i = 0; i < 120; i++) {
    await new Promise((r) =>
      requestAnimationFrame((now) => {
        intervals.push(now - last);
        last = now;
        wrap.scrollTop += wrap.clientHeight;
        r();
      }),
    );
  }
  return { intervals: intervals.slice(2), rows: document.querySelectorAll('tbody tr[data-index]').length };
});
const f = [...frames.intervals].sort((a, b) => a - b);
console.log(
  `  scroll a screen per frame: frame interval median ${median(f).toFixed(1)} ms, p95 ${f[Math.floor(f.length * 0.95)].toFixed(1)} ms (60 fps = 16.7 ms); ${frames.rows} rows in the page`,
);
await browser.close();
server.close();
