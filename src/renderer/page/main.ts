// The script of the exported interactive page (src/core/export/html.ts inlines its build, out/page/page.js).
// It reads the page's data block, redraws the timeline with the core's own SVG renderer when the reader
// zooms or pans (the axis then covers the visible window), and shows an event's sentence, source and
// explanation on click. Every text it writes goes through textContent; the SVG comes from toSvg, which
// escapes every string, and is parsed as XML, never as HTML.

import type { PageData } from '../../core/export/html';
import { pageSvg } from '../../core/export/html';
import { toSvg } from '../../core/timeline/svg';

const data = JSON.parse(document.getElementById('factline-data')!.textContent!) as PageData;
const w = data.words;
const chart = document.querySelector<HTMLElement>('.chart')!;
const details = document.querySelector<HTMLElement>('.details')!;
const toolbar = document.querySelector<HTMLElement>('.toolbar')!;
const MAX_ZOOM = 400;

let k = 1;
let tx = 0;
let selected: string | null = null;
let width = 0;

function render(): void {
  width = Math.max(480, Math.round(chart.clientWidth || 1000));
  const transform = k === 1 && tx === 0 ? undefined : { k, x: tx };
  const svg = pageSvg(toSvg(data.doc, { width, layout: transform ? { transform } : {} }), data.svgCrop);
  const parsed = new DOMParser().parseFromString(svg, 'image/svg+xml').documentElement;
  chart.replaceChildren(document.importNode(parsed, true));
  markSelected();
}

function clampPan(): void {
  // Keep the content over the plot: at k the content is k times as wide, so x runs from (1 − k)·width to 0.
  tx = Math.min(0, Math.max((1 - k) * width, tx));
}

function zoomAt(factor: number, px: number): void {
  const next = Math.min(MAX_ZOOM, Math.max(1, k * factor));
  tx = px - ((px - tx) * next) / k;
  k = next;
  clampPan();
  render();
}

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text?: string,
  cls?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (cls) node.className = cls;
  return node;
}

function markSelected(): void {
  chart
    .querySelectorAll('g.event')
    .forEach((g) => g.classList.toggle('selected', g.getAttribute('data-id') === selected));
  document
    .querySelectorAll<HTMLButtonElement>('.events button')
    .forEach((b) => b.setAttribute('aria-pressed', String(b.dataset.id === selected)));
  document
    .querySelectorAll<HTMLElement>('.claim')
    .forEach((c) =>
      c.classList.toggle('current', selected !== null && (c.dataset.ids ?? '').split(' ').includes(selected)),
    );
}

function select(id: string, scroll: boolean): void {
  const row = data.rows.find((r) => r.id === id);
  if (!row) return;
  selected = id;
  const box = el('div', undefined, `m-${row.status}`);
  box.append(el('p', row.label, 'label'));
  const dl = el('dl');
  const item = (term: string, value: string) => dl.append(el('dt', term), el('dd', value));
  item(w.dateOf, `${row.displayDate} · ${w.status[row.status]}`);
  item(w.source, row.source);
  if (row.explanation) item(w.explanation, row.explanation);
  box.append(el('h2', w.sentence), el('blockquote', row.sentence), dl);
  details.replaceChildren(box);
  markSelected();
  // Scroll the article pane (not the page) to the claim; on a phone, bring the details into view instead.
  const claim = document.querySelector<HTMLElement>('.claim.current');
  const text = document.querySelector<HTMLElement>('.article .text')!;
  if (window.matchMedia('(max-width: 600px)').matches) details.scrollIntoView({ block: 'nearest' });
  else if (scroll && claim) text.scrollTop = claim.offsetTop - text.clientHeight / 3;
}

// Clicks: an event in the chart, in the list or in the article.
chart.addEventListener('click', (e) => {
  if (dragged) return;
  const g = (e.target as Element).closest('g.event');
  const id = g?.getAttribute('data-id');
  if (id) select(id, true);
});
document.querySelector('.events')!.addEventListener('click', (e) => {
  const b = (e.target as Element).closest<HTMLButtonElement>('button[data-id]');
  if (b?.dataset.id) select(b.dataset.id, true);
});
document.querySelector('.article')!.addEventListener('click', (e) => {
  const c = (e.target as Element).closest<HTMLElement>('.claim');
  const id = c?.dataset.ids?.split(' ')[0];
  if (id) select(id, false);
});

// Zoom: buttons, Ctrl/⌘ + wheel or pinch (the browser sends it as Ctrl + wheel); plain wheel scrolls the page.
toolbar.hidden = false;
toolbar.addEventListener('click', (e) => {
  const b = (e.target as Element).closest<HTMLButtonElement>('button[data-zoom]');
  if (!b) return;
  if (b.dataset.zoom === 'fit') {
    k = 1;
    tx = 0;
    render();
  } else zoomAt(b.dataset.zoom === 'in' ? 2 : 0.5, width / 2);
});
chart.addEventListener(
  'wheel',
  (e) => {
    if (e.ctrlKey || e.metaKey) {
      e.preventDefault();
      const r = chart.getBoundingClientRect();
      zoomAt(Math.exp(-e.deltaY / 300), ((e.clientX - r.left) / r.width) * width);
    } else if (Math.abs(e.deltaX) > Math.abs(e.deltaY) && k > 1) {
      e.preventDefault();
      tx -= e.deltaX;
      clampPan();
      render();
    }
  },
  { passive: false },
);

// Pan: drag with the mouse or a finger.
let dragStart: { x: number; tx: number } | null = null;
let dragged = false;
chart.addEventListener('pointerdown', (e) => {
  dragStart = { x: e.clientX, tx };
  dragged = false;
});
window.addEventListener('pointermove', (e) => {
  if (!dragStart || k === 1) return;
  const dx = ((e.clientX - dragStart.x) / chart.getBoundingClientRect().width) * width;
  if (Math.abs(dx) > 3) {
    dragged = true;
    chart.classList.add('dragging');
  }
  tx = dragStart.tx + dx;
  clampPan();
  render();
});
window.addEventListener('pointerup', () => {
  dragStart = null;
  chart.classList.remove('dragging');
  setTimeout(() => (dragged = false), 0);
});

// Keyboard on the chart: + and − zoom, arrows pan, 0 fits.
chart.tabIndex = 0;
chart.addEventListener('keydown', (e) => {
  if (e.key === '+' || e.key === '=') zoomAt(2, width / 2);
  else if (e.key === '-') zoomAt(0.5, width / 2);
  else if (e.key === '0') zoomAt(1 / k, 0);
  else if (e.key === 'ArrowLeft' || e.key === 'ArrowRight') {
    tx += (e.key === 'ArrowLeft' ? 1 : -1) * width * 0.2;
    clampPan();
    render();
  } else return;
  e.preventDefault();
});

// Printing (Chromium's PDF, Electron's printToPDF, the browser's Print): draw at the sheet's width.
window.matchMedia('print').addEventListener('change', render);

let resizeTimer = 0;
window.addEventListener('resize', () => {
  clearTimeout(resizeTimer);
  resizeTimer = window.setTimeout(render, 100);
});
render();
document.documentElement.dataset.ready = 'true';
