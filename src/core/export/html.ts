// The interactive page: one self-contained .html file that opens in any current browser with no network
// request. The timeline (the same SVG as the image export, drawn again on zoom), the legend, a list of the
// events, the article beside it; click an event and its sentence, source and explanation show. Under
// 600 px the events run down the page. Safe by construction: every text below is escaped, the article and
// events travel as JSON inside a data block (`<` written \u003c, so « </script> » cannot close it), the
// script writes them with textContent only, and a strict CSP allows nothing but this file's own script
// and style, by hash.

import type { Lang, TimelineDocument } from '../../shared/timeline';
import { STATUS_ORDER, STATUS_STYLE, toSvg } from '../timeline/svg';
import { escapeHtml } from './csv';
import { EXPORT_WORDS, exportRows, sourceName, titleOf, type ExportRow } from './rows';
import { sha256Base64 } from './sha256';

export interface HtmlOptions {
  /** The page's script (built from src/renderer/page/main.ts), inlined as is. */
  script: string;
  /** Language of the page's words; the article's by default. */
  lang?: Lang;
  /** Width the timeline is drawn at before the script fits it to the window. */
  width?: number;
}

export const PAGE_WORDS = {
  fr: {
    zoomIn: 'Zoom avant',
    zoomOut: 'Zoom arrière',
    fit: 'Tout afficher',
    hint: 'Ctrl + molette ou boutons : zoom · glisser : déplacer · cliquer un événement : sa phrase',
    events: 'Événements',
    article: 'Article',
    details: 'Détails',
    placeholder: 'Cliquez un événement pour lire sa phrase, sa source et la lecture de sa date.',
    legend: 'Légende',
    timeline: 'Chronologie',
    made: 'Chronologie produite par Factline à partir du texte de l’article.',
  },
  en: {
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    fit: 'Fit all',
    hint: 'Ctrl + wheel or buttons: zoom · drag: pan · click an event: its sentence',
    events: 'Events',
    article: 'Article',
    details: 'Details',
    placeholder: 'Click an event to read its sentence, its source and how its date was read.',
    legend: 'Legend',
    timeline: 'Timeline',
    made: 'Timeline made by Factline from the article’s text.',
  },
} as const;

/** What the page's script receives in its data block. */
export interface PageData {
  lang: Lang;
  doc: TimelineDocument;
  rows: ExportRow[];
  words: (typeof PAGE_WORDS)[Lang] & (typeof EXPORT_WORDS)[Lang];
  /** Pixels of the SVG's own header (title and source line) that the page hides: its h1 says them. */
  svgCrop: number;
}

export const SVG_CROP = 62;

/** The SVG of toSvg without its inline <style> (the page's stylesheet has those rules, under its CSP). */
export function pageSvg(svg: string, crop = SVG_CROP): string {
  return svg
    .replace(/<style>[\s\S]*?<\/style>\n?/u, '')
    .replace(
      /^<svg([^>]*) height="(\d+)" viewBox="0 0 (\d+) (\d+)"/u,
      (_, attrs: string, h: string, w: string) =>
        `<svg${attrs} height="${Number(h) - crop}" viewBox="0 ${crop} ${w} ${Number(h) - crop}"`,
    );
}

/** JSON that can sit inside a <script> element: nothing in it can end the element or start a comment. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</gu, '\\u003c')
    .replace(/>/gu, '\\u003e')
    .replace(/&/gu, '\\u0026')
    .replace(/\u2028/gu, '\\u2028')
    .replace(/\u2029/gu, '\\u2029');
}

const SVG_RULES = (fontSize: number) => `
.chart svg text { font-family: 'DejaVu Sans', 'Verdana', sans-serif; fill: #0f172a; }
.chart .legend { font-size: 12px; fill: #334155; }
.chart .tick { font-size: ${fontSize - 1}px; fill: #334155; }
.chart .label { font-size: ${fontSize}px; paint-order: stroke; stroke: #ffffff; stroke-width: 3px; stroke-linejoin: round; }
.chart .guide { stroke-width: 1; stroke-opacity: 0.35; stroke-dasharray: 2 3; }
.chart .dct-line { stroke: #0f172a; stroke-width: 1.2; stroke-dasharray: 5 3; }
.chart .dct-label { font-size: ${fontSize - 1}px; font-weight: bold; fill: #0f172a; }
.chart g.event { cursor: pointer; }
.chart g.event:hover .label, .chart g.event.selected .label { font-weight: bold; }
.chart g.event.selected .guide { stroke-opacity: 1; stroke-dasharray: none; stroke-width: 2; }`;

const STATUS_RULES = STATUS_ORDER.map((s) => `.m-${s} { --c: ${STATUS_STYLE[s].color}; }`).join('\n');

const PAGE_CSS = `
:root { color-scheme: light; --text: #0f172a; --muted: #475569; --border: #cbd5e1; --surface: #f8fafc; --accent: #1d4ed8; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.5 system-ui, 'DejaVu Sans', sans-serif; color: var(--text); background: #fff; }
header { padding: 16px 24px 4px; }
h1 { margin: 0 0 4px; font-size: 1.45rem; line-height: 1.25; overflow-wrap: anywhere; }
h2 { font-size: 1rem; margin: 0 0 8px; }
.meta { margin: 0; color: var(--muted); font-size: 0.9rem; overflow-wrap: anywhere; }
main { display: grid; grid-template-columns: minmax(0, 1fr) minmax(260px, 30%); gap: 0 20px; padding: 0 24px 24px; }
.toolbar { display: flex; gap: 6px; align-items: center; flex-wrap: wrap; margin: 8px 0; }
.toolbar button { font: inherit; font-size: 0.9rem; padding: 3px 10px; border: 1px solid var(--border); border-radius: 6px; background: #fff; cursor: pointer; }
.toolbar button:focus-visible, .events button:focus-visible, .chart:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }
.hint { color: var(--muted); font-size: 0.8rem; }
.chart { border: 1px solid var(--border); border-radius: 8px; overflow: hidden; touch-action: none; cursor: grab; user-select: none; }
.chart.dragging { cursor: grabbing; }
.chart svg { display: block; width: 100%; height: auto; }
.legend-html { display: none; list-style: none; padding: 0; margin: 8px 0 0; flex-wrap: wrap; gap: 4px 14px; font-size: 0.85rem; }
.legend-html li { display: flex; align-items: center; gap: 6px; }
.dot { width: 11px; height: 11px; border-radius: 50%; background: var(--c); flex: none; }
.events { list-style: none; padding: 0; margin: 14px 0 0; columns: 2 320px; column-gap: 20px; }
.events li { break-inside: avoid; }
.events button { all: unset; box-sizing: border-box; display: flex; gap: 8px; align-items: baseline; width: 100%; padding: 3px 6px; border-radius: 6px; cursor: pointer; }
.events button:hover, .events button[aria-pressed='true'] { background: #e2e8f0; }
.events .dot { align-self: center; }
.when { color: var(--muted); font-size: 0.85rem; white-space: nowrap; }
aside { display: flex; flex-direction: column; gap: 16px; min-width: 0; }
.details { border: 1px solid var(--border); border-radius: 8px; padding: 12px 14px; background: var(--surface); }
.details blockquote { margin: 6px 0; padding-left: 10px; border-left: 3px solid var(--c, var(--accent)); }
.details .label { font-weight: 600; margin: 0 0 8px; }
.details h2 { font-size: 0.8rem; color: var(--muted); font-weight: normal; margin: 0; }
.details dl { margin: 8px 0 0; font-size: 0.9rem; }
.details dt { color: var(--muted); font-size: 0.8rem; }
.details dd { margin: 0 0 6px; overflow-wrap: anywhere; }
.placeholder { color: var(--muted); margin: 0; }
.article .text { position: relative; white-space: pre-wrap; max-height: 70vh; overflow: auto; font-size: 0.92rem; padding-right: 6px; }
.claim { background: #eef2ff; border-radius: 3px; cursor: pointer; }
.claim.current { background: #fde68a; outline: 1px solid #b45309; }
footer { padding: 0 24px 16px; color: var(--muted); font-size: 0.8rem; }
${STATUS_RULES}
@media (max-width: 600px) {
  header { padding: 12px 14px 0; }
  main { display: block; padding: 0 14px 14px; }
  .toolbar, .chart { display: none; }
  .legend-html { display: flex; }
  .events { columns: auto; border-left: 2px solid var(--border); margin: 12px 0 16px 6px; padding-left: 0; }
  .events button { position: relative; flex-direction: column; gap: 0; padding: 6px 6px 6px 16px; }
  .events .dot { position: absolute; left: -7px; top: 12px; border: 2px solid #fff; width: 13px; height: 13px; }
  .article .text { max-height: none; }
}
@media print {
  @page { margin: 12mm; }
  body { font-size: 11pt; }
  main { display: block; padding: 0 12px; }
  header { padding: 0 12px 6px; }
  .toolbar, .details, .hint, .legend-html { display: none; }
  aside { display: block; }
  .chart { border: none; break-inside: avoid; }
  .events { columns: 2; }
  .article { margin-top: 16px; }
  .article h2 { break-after: avoid; }
  .article .text { max-height: none; overflow: visible; }
  .claim { background: none; }
}`;

/** The article text with each visible claim wrapped in a span naming its events (overlaps split). */
function articleHtml(doc: TimelineDocument, rows: ExportRow[]): string {
  const visible = new Set(rows.map((r) => r.id));
  const claims = doc.events.filter((e) => visible.has(e.id));
  const cuts = new Set([0, doc.text.length]);
  for (const e of claims) {
    cuts.add(Math.max(0, Math.min(doc.text.length, e.claim.start)));
    cuts.add(Math.max(0, Math.min(doc.text.length, e.claim.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  let out = '';
  for (let i = 0; i + 1 < points.length; i++) {
    const [a, b] = [points[i]!, points[i + 1]!];
    const text = escapeHtml(doc.text.slice(a, b));
    const ids = claims.filter((e) => e.claim.start <= a && e.claim.end >= b).map((e) => e.id);
    out += ids.length ? `<span class="claim" data-ids="${escapeHtml(ids.join(' '))}">${text}</span>` : text;
  }
  return out;
}

export function toHtml(doc: TimelineDocument, options: HtmlOptions): string {
  if (/<\/script|<!--/iu.test(options.script))
    throw new Error('the page script cannot be inlined: it contains </script or <!--');
  const lang: Lang = options.lang ?? (doc.source.lang === 'fr' ? 'fr' : 'en');
  const w = { ...EXPORT_WORDS[lang], ...PAGE_WORDS[lang] };
  const rows = exportRows(doc);
  const visible = { ...doc, events: doc.events.filter((e) => !e.hidden) };
  const fontSize = 12;
  const svg = pageSvg(toSvg(visible, { width: options.width ?? 1000, fontSize }));
  const title = titleOf(doc);
  const published = doc.source.dct ?? w.noDate;
  const meta = `${w.source}${w.colon}${sourceName(doc)} · ${w.published}${w.colon}${published}`;
  const css = PAGE_CSS + SVG_RULES(fontSize);
  const data: PageData = { lang, doc: visible, rows, words: w, svgCrop: SVG_CROP };
  const legend = [
    ...STATUS_ORDER.map((s) => `<li><span class="dot m-${s}"></span>${escapeHtml(w.status[s])}</li>`),
  ].join('');
  const events = rows
    .map(
      (r) =>
        `<li><button type="button" data-id="${escapeHtml(r.id)}" aria-pressed="false"><span class="dot m-${r.status}"></span><span class="when">${escapeHtml(r.displayDate)}</span><span class="what">${escapeHtml(r.label)}</span></button></li>`,
    )
    .join('');
  const csp = [
    "default-src 'none'",
    `script-src 'sha256-${sha256Base64(options.script)}'`,
    `style-src 'sha256-${sha256Base64(css)}'`,
    'img-src data:',
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Factline">
<title>${escapeHtml(title)}</title>
<style>${css}</style>
</head>
<body>
<header>
<h1>${escapeHtml(title)}</h1>
<p class="meta">${escapeHtml(meta)}</p>
<ul class="legend-html" aria-label="${escapeHtml(w.legend)}">${legend}</ul>
</header>
<main>
<section class="timeline" aria-label="${escapeHtml(w.timeline)}">
<div class="toolbar" hidden>
<button type="button" data-zoom="in" aria-label="${escapeHtml(w.zoomIn)}" title="${escapeHtml(w.zoomIn)}">+</button>
<button type="button" data-zoom="out" aria-label="${escapeHtml(w.zoomOut)}" title="${escapeHtml(w.zoomOut)}">−</button>
<button type="button" data-zoom="fit">${escapeHtml(w.fit)}</button>
<span class="hint">${escapeHtml(w.hint)}</span>
</div>
<div class="chart" role="img" aria-label="${escapeHtml(w.timeline)}">${svg}</div>
<h2 class="events-title">${escapeHtml(w.events)}</h2>
<ol class="events">${events}</ol>
</section>
<aside>
<section class="details" aria-label="${escapeHtml(w.details)}" aria-live="polite"><p class="placeholder">${escapeHtml(w.placeholder)}</p></section>
<section class="article" aria-label="${escapeHtml(w.article)}">
<h2>${escapeHtml(w.article)}</h2>
<div class="text" tabindex="0">${articleHtml(doc, rows)}</div>
</section>
</aside>
</main>
<footer>${escapeHtml(w.made)}</footer>
<script type="application/json" id="factline-data">${jsonForScript(data)}</script>
<script>${options.script}</script>
</body>
</html>
`;
}
