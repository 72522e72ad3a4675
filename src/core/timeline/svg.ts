// The whole timeline as one self-contained SVG: inline <style>, the shipped font named, title, source
// file, publication date, legend, axis with its breaks, events. The app's export and the CLI both use
// it; PNG comes after (src/main/services/png.ts). Every string from the article is XML-escaped.

import type { EventStatus, Lang, TimelineDocument } from '../../shared/timeline';
import { dayOf, formatLongDay } from './days';
import {
  layoutTimeline,
  MARKER_RADIUS,
  type EventLayout,
  type LayoutOptions,
  type TimelineLayout,
} from './layout';
import { FONT_FAMILY, fitText, measureText } from './textWidth';

export interface SvgOptions {
  /** Image width in pixels (default 1200). */
  width?: number;
  /** Label font size (default 12). */
  fontSize?: number;
  /** Overrides the document's title. */
  title?: string;
  /** Passed to the layout (zoom transform, label width…); the export omits `transform` for the whole timeline. */
  layout?: Partial<LayoutOptions>;
  /**
   * At most this many lanes are drawn (default MAX_EXPORT_LANES): a dense timeline keeps a readable image
   * of bounded height; the events past the last lane are counted, per stretch of the axis, in its last row.
   */
  maxLanes?: number;
}

/** Lanes of a whole-timeline export: 40 lanes of two-line labels are about 1 700 pixels. */
export const MAX_EXPORT_LANES = 40;
/** Width of the axis stretch one count of the last row stands for. */
const CLUSTER_PX = 64;

export const STATUS_STYLE: Record<
  EventStatus,
  { color: string; shape: 'circle' | 'diamond' | 'ring' | 'triangle' | 'cross' }
> = {
  happened: { color: '#1d4ed8', shape: 'circle' },
  reported: { color: '#6d28d9', shape: 'diamond' },
  planned: { color: '#047857', shape: 'ring' },
  demanded: { color: '#b45309', shape: 'triangle' },
  denied: { color: '#b91c1c', shape: 'cross' },
};

export const STATUS_ORDER: EventStatus[] = ['happened', 'reported', 'planned', 'demanded', 'denied'];

const WORDS: Record<Lang, Record<string, string>> = {
  fr: {
    happened: 'a eu lieu',
    reported: 'rapporté',
    planned: 'prévu',
    demanded: 'demandé',
    denied: 'démenti',
    vague: 'date approximative',
    source: 'Source',
    published: 'Publication',
    noDate: 'date de publication inconnue',
    pasted: 'texte collé',
    break: 'coupure d’axe',
    untitled: 'Chronologie',
    colon: '\u00a0: ',
    more: 'événements des passages les plus denses sont comptés (+N) au lieu d’être dessinés ; exportez une période plus courte pour les voir.',
  },
  en: {
    happened: 'happened',
    reported: 'reported',
    planned: 'planned',
    demanded: 'demanded',
    denied: 'denied',
    vague: 'approximate date',
    source: 'Source',
    published: 'Published',
    noDate: 'publication date unknown',
    pasted: 'pasted text',
    break: 'axis break',
    untitled: 'Timeline',
    colon: ': ',
    more: 'events in the most crowded stretches are counted (+N) instead of drawn; export a shorter period to see them.',
  },
};

const XML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/** Escapes text for XML content and attributes; drops control characters XML 1.0 forbids. */
export function escapeXml(s: string): string {
  return (
    s
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/gu, '')
      .replace(/[&<>"']/gu, (c) => XML_ESCAPES[c])
  );
}

const n = (v: number) => (Math.round(v * 10) / 10).toString();

/** A status marker centred on (x, y): the same shapes in the timeline and the legend. */
export function markerPath(status: EventStatus, x: number, y: number, r = MARKER_RADIUS): string {
  const { color, shape } = STATUS_STYLE[status];
  switch (shape) {
    case 'circle':
      return `<circle cx="${n(x)}" cy="${n(y)}" r="${n(r)}" fill="${color}"/>`;
    case 'ring':
      return `<circle cx="${n(x)}" cy="${n(y)}" r="${n(r - 1)}" fill="#ffffff" stroke="${color}" stroke-width="2.2"/>`;
    case 'diamond':
      return `<path d="M${n(x)} ${n(y - r - 1)}L${n(x + r + 1)} ${n(y)}L${n(x)} ${n(y + r + 1)}L${n(x - r - 1)} ${n(y)}Z" fill="${color}"/>`;
    case 'triangle':
      return `<path d="M${n(x)} ${n(y - r - 1)}L${n(x + r + 1)} ${n(y + r)}L${n(x - r - 1)} ${n(y + r)}Z" fill="${color}"/>`;
    case 'cross':
      return `<path d="M${n(x - r)} ${n(y - r)}L${n(x + r)} ${n(y + r)}M${n(x + r)} ${n(y - r)}L${n(x - r)} ${n(y + r)}" stroke="${color}" stroke-width="2.6" stroke-linecap="round"/>`;
  }
}

function baseName(path: string): string {
  return path.split(/[\\/]/u).pop() || path;
}

function eventSvg(ev: EventLayout, axisY: number): string {
  const { color } = STATUS_STYLE[ev.status];
  const parts: string[] = [];
  // A faint guide from the marker up to the axis, so a date can be read from any lane.
  const guideX = ev.kind === 'vague' ? (ev.x0 + ev.x1) / 2 : ev.x0;
  parts.push(
    `<line class="guide" x1="${n(guideX)}" y1="${n(axisY)}" x2="${n(guideX)}" y2="${n(ev.y)}" stroke="${color}"/>`,
  );
  if (ev.kind === 'bar') {
    parts.push(
      `<line class="guide" x1="${n(ev.x1)}" y1="${n(axisY)}" x2="${n(ev.x1)}" y2="${n(ev.y)}" stroke="${color}"/>`,
    );
    const planned = ev.status === 'planned' || ev.status === 'demanded';
    parts.push(
      `<rect x="${n(ev.x0)}" y="${n(ev.y - 4)}" width="${n(ev.x1 - ev.x0)}" height="8" rx="4" fill="${color}" fill-opacity="${planned ? 0.45 : 0.85}" stroke="${color}"/>`,
    );
    parts.push(markerPath(ev.status, ev.x0, ev.y));
  } else if (ev.kind === 'vague') {
    parts.push(
      `<rect x="${n(ev.x0)}" y="${n(ev.y - 6)}" width="${n(ev.x1 - ev.x0)}" height="12" fill="url(#hatch-${ev.status})" stroke="${color}" stroke-opacity="0.6" stroke-dasharray="3 2"/>`,
    );
    parts.push(markerPath(ev.status, (ev.x0 + ev.x1) / 2, ev.y, MARKER_RADIUS - 1));
  } else {
    parts.push(markerPath(ev.status, ev.x0, ev.y));
  }
  const { label } = ev;
  label.lines.forEach((line, i) => {
    parts.push(
      `<text class="label" x="${n(label.x)}" y="${n(label.y + i * label.lineHeight)}" text-anchor="${label.anchor}">${escapeXml(line)}</text>`,
    );
  });
  return `<g class="event ${ev.status}" data-id="${escapeXml(ev.id)}">${parts.join('')}</g>`;
}

/**
 * The last row of a capped export: the events of lanes `maxLanes - 1` and beyond, counted per stretch of
 * CLUSTER_PX pixels of the axis (by the middle of their marker), one « +N » pill per stretch that has any.
 */
function countsSvg(L: TimelineLayout, maxLanes: number, fontSize: number): string {
  const bins = new Map<number, number>();
  for (const e of L.events) {
    if (e.lane < maxLanes - 1) continue;
    const bin = Math.floor(((e.x0 + e.x1) / 2 - L.plot.x0) / CLUSTER_PX);
    bins.set(bin, (bins.get(bin) ?? 0) + 1);
  }
  const y = L.lanesTop + (maxLanes - 1) * L.laneHeight + L.laneHeight / 2;
  const parts: string[] = [];
  for (const [bin, count] of [...bins].sort((a, b) => a[0] - b[0])) {
    const label = `+${count}`;
    const w = measureText(label, fontSize - 1, 'bold') + 12;
    const cx = Math.min(Math.max(L.plot.x0 + (bin + 0.5) * CLUSTER_PX, L.plot.x0 + w / 2), L.plot.x1 - w / 2);
    parts.push(
      `<rect x="${n(cx - w / 2)}" y="${n(y - 9)}" width="${n(w)}" height="18" rx="9" fill="#e2e8f0" stroke="#94a3b8"/>`,
      `<text class="count" x="${n(cx)}" y="${n(y + 4)}" text-anchor="middle">${escapeXml(label)}</text>`,
    );
  }
  return `<g class="counts">${parts.join('')}</g>`;
}

function axisSvg(L: TimelineLayout, lanesBottom: number): string {
  const parts: string[] = [];
  // Breaks: a shaded gap down through the lanes and a zig-zag on the axis, so nobody reads 1945 → 2022 as
  // a few centimetres of time.
  for (const b of L.breaks) {
    const mid = (b.x0 + b.x1) / 2;
    parts.push(
      `<rect class="break-band" x="${n(b.x0 + 3)}" y="${n(L.axisY)}" width="${n(b.x1 - b.x0 - 6)}" height="${n(lanesBottom - L.axisY)}" fill="#f1f5f9"/>`,
    );
    const z = [b.x0, L.axisY];
    const w = (b.x1 - b.x0) / 4;
    parts.push(
      `<path class="break" d="M${n(z[0])} ${n(L.axisY)}L${n(b.x0 + w)} ${n(L.axisY - 5)}L${n(mid)} ${n(L.axisY + 5)}L${n(b.x1 - w)} ${n(L.axisY - 5)}L${n(b.x1)} ${n(L.axisY)}" fill="none" stroke="#64748b" stroke-width="1.5"/>`,
    );
  }
  for (const s of L.segments) {
    parts.push(
      `<line class="axis" x1="${n(s.x0)}" y1="${n(L.axisY)}" x2="${n(s.x1)}" y2="${n(L.axisY)}" stroke="#334155" stroke-width="1.5"/>`,
    );
  }
  for (const t of L.ticks) {
    parts.push(
      `<line x1="${n(t.x)}" y1="${n(L.axisY)}" x2="${n(t.x)}" y2="${n(L.axisY + 5)}" stroke="#334155"/>`,
    );
    parts.push(
      `<text class="tick" x="${n(t.x)}" y="${n(L.tickLabelY)}" text-anchor="middle">${escapeXml(t.label)}</text>`,
    );
  }
  return parts.join('');
}

export function toSvg(doc: TimelineDocument, options: SvgOptions = {}): string {
  const lang: Lang = doc.source.lang === 'fr' ? 'fr' : 'en';
  const w = WORDS[lang];
  const width = Math.max(480, Math.round(options.width ?? 1200));
  const fontSize = options.fontSize ?? 12;
  const pad = 24;
  const L = layoutTimeline(doc.events, {
    width,
    dct: doc.source.dct,
    lang,
    fontSize,
    margin: { left: pad, right: pad },
    ...options.layout,
  });

  // Header: title, source and publication date, legend.
  const firstLine = doc.text
    .split('\n')
    .find((l) => l.trim())
    ?.trim();
  const title = fitText(
    options.title ?? doc.source.title ?? firstLine ?? w.untitled,
    20,
    width - 2 * pad,
    'bold',
  );
  const source = doc.source.path ? baseName(doc.source.path) : w.pasted;
  const published = doc.source.dct ? formatLongDay(dayOf(doc.source.dct), lang) : w.noDate;
  const meta = fitText(
    `${w.source}${w.colon}${source}  ·  ${w.published}${w.colon}${published}`,
    13,
    width - 2 * pad,
  );

  // Legend: one row, wrapping onto more rows in narrow exports.
  const legend: string[] = [];
  let lx = pad;
  let ly = 76;
  const item = (swatch: (x: number, y: number) => string, text: string) => {
    const w = 19 + measureText(text, 12);
    if (lx > pad && lx + w > width - pad) {
      lx = pad;
      ly += 22;
    }
    legend.push(
      swatch(lx, ly),
      `<text class="legend" x="${n(lx + 19)}" y="${n(ly + 4)}">${escapeXml(text)}</text>`,
    );
    lx += w + 22;
  };
  for (const st of STATUS_ORDER) item((x, y) => markerPath(st, x + 5, y), w[st]);
  item(
    (x, y) =>
      `<rect x="${n(x - 2)}" y="${n(y - 6)}" width="14" height="12" fill="url(#hatch-happened)" stroke="${STATUS_STYLE.happened.color}" stroke-opacity="0.6" stroke-dasharray="3 2"/>`,
    w.vague,
  );
  item(
    (x, y) => `<line x1="${n(x + 5)}" y1="${n(y - 7)}" x2="${n(x + 5)}" y2="${n(y + 7)}" class="dct-line"/>`,
    w.published,
  );
  if (L.breaks.length) {
    item(
      (x, y) =>
        `<path d="M${n(x - 2)} ${n(y)}L${n(x + 2)} ${n(y - 5)}L${n(x + 6)} ${n(y + 5)}L${n(x + 10)} ${n(y - 5)}L${n(x + 13)} ${n(y)}" fill="none" stroke="#64748b" stroke-width="1.5"/>`,
      w.break,
    );
  }
  const headerH = ly + 24;
  const maxLanes = Math.max(2, Math.floor(options.maxLanes ?? MAX_EXPORT_LANES));
  const capped = L.laneCount > maxLanes;
  // Past the cap, the last lane becomes a row of counts: « +212 » under each crowded stretch of the axis.
  const drawn = capped ? L.events.filter((e) => e.lane < maxLanes - 1) : L.events;
  const overflow = capped ? L.events.length - drawn.length : 0;
  const lanesBottom = L.lanesTop + (capped ? maxLanes : Math.max(L.laneCount, 1)) * L.laneHeight;
  const dctLabelY = L.dct ? lanesBottom + fontSize + 4 : lanesBottom;
  const noteY = dctLabelY + (capped ? 26 : 0);
  const height = capped ? Math.ceil(headerH + noteY + 16) : Math.ceil(headerH + L.height + 16);
  const counts = capped ? countsSvg(L, maxLanes, fontSize) : '';
  const note = capped
    ? `<text class="note" x="${pad}" y="${n(noteY)}">${escapeXml(fitText(`${overflow} ${w.more}`, fontSize, width - 2 * pad))}</text>`
    : '';

  const hatch = STATUS_ORDER.map(
    (st) =>
      `<pattern id="hatch-${st}" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="${STATUS_STYLE[st].color}" fill-opacity="0.12"/><line x1="0" y1="0" x2="0" y2="6" stroke="${STATUS_STYLE[st].color}" stroke-width="2" stroke-opacity="0.45"/></pattern>`,
  ).join('');

  const dct = L.dct
    ? (() => {
        const label = `${w.published}${w.colon}${L.dct.label}`;
        const lw = measureText(label, fontSize - 1, 'bold');
        const x = Math.min(Math.max(L.dct.x, L.plot.x0 + lw / 2), L.plot.x1 - lw / 2);
        return `<g class="dct"><line class="dct-line" x1="${n(L.dct.x)}" y1="${n(L.axisY - 6)}" x2="${n(L.dct.x)}" y2="${n(lanesBottom + 2)}"/><text class="dct-label" x="${n(x)}" y="${n(dctLabelY)}" text-anchor="middle">${escapeXml(label)}</text></g>`;
      })()
    : '';

  const style = [
    `svg { font-family: '${FONT_FAMILY}', sans-serif; }`,
    `text { font-family: '${FONT_FAMILY}', sans-serif; fill: #0f172a; }`,
    `.title { font-size: 20px; font-weight: bold; }`,
    `.meta { font-size: 13px; fill: #475569; }`,
    `.legend { font-size: 12px; fill: #334155; }`,
    `.tick { font-size: ${fontSize - 1}px; fill: #334155; }`,
    `.label { font-size: ${fontSize}px; paint-order: stroke; stroke: #ffffff; stroke-width: 3px; stroke-linejoin: round; }`,
    `.guide { stroke-width: 1; stroke-opacity: 0.35; stroke-dasharray: 2 3; }`,
    `.dct-line { stroke: #0f172a; stroke-width: 1.2; stroke-dasharray: 5 3; }`,
    `.dct-label { font-size: ${fontSize - 1}px; font-weight: bold; fill: #0f172a; }`,
    ...(capped
      ? [
          `.count { font-size: ${fontSize - 1}px; font-weight: bold; fill: #334155; }`,
          `.note { font-size: ${fontSize}px; fill: #475569; }`,
        ]
      : []),
  ].join('\n');

  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${FONT_FAMILY}">`,
    `<title>${escapeXml(title)}</title>`,
    `<style>\n${style}\n</style>`,
    `<defs>${hatch}</defs>`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    `<text class="title" x="${pad}" y="34">${escapeXml(title)}</text>`,
    `<text class="meta" x="${pad}" y="56">${escapeXml(meta)}</text>`,
    `<g class="legend-items">${legend.join('')}</g>`,
    `<g class="timeline" transform="translate(0 ${headerH})">`,
    axisSvg(L, lanesBottom),
    dct,
    drawn.map((e) => eventSvg(e, L.axisY)).join(''),
    ...(capped ? [counts, note] : []),
    `</g>`,
    `</svg>`,
    '',
  ].join('\n');
}
