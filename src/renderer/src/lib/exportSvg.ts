// The exported image is the timeline engineer's `toSvg` (src/core/timeline/svg.ts): the same layout the
// pane draws, self-contained (inline style, DejaVu Sans named), so resvg's PNG matches the screen.
// The visible window exports with an axis for that window: the whole timeline laid out as the pane lays
// it out, zoomed so the window's first day is the plot's left edge and its last the right, and only the
// events of the window drawn.

import { layoutTimeline } from '../../../core/timeline/layout';
import { dayOf } from '../../../core/timeline/days';
import { toSvg } from '../../../core/timeline/svg';
import type { Lang, TimelineDocument } from '../../../shared/timeline';

export interface ExportOptions {
  /** Only the events in these days (the visible window), with the axis of these days; null for all. */
  window: { start: string; end: string } | null;
  width?: number;
  /** Title written at the top; the article's when absent or blank. */
  title?: string;
}

export const EXPORT_WIDTH = 1200;
const PAD = 24;
const FONT_SIZE = 12;

export function exportDocument(doc: TimelineDocument, window: ExportOptions['window']): TimelineDocument {
  if (!window) return doc;
  return {
    ...doc,
    events: doc.events.filter((e) => !e.hidden && e.end >= window.start && e.start <= window.end),
  };
}

/** The zoom that shows exactly `window` over the plot of the document's layout at `width`. */
export function windowTransform(
  doc: TimelineDocument,
  window: { start: string; end: string },
  width: number,
): { k: number; x: number } | null {
  if (!doc.events.some((e) => !e.hidden)) return null;
  const base = layoutTimeline(doc.events, {
    width,
    dct: doc.source.dct,
    lang: (doc.source.lang === 'fr' ? 'fr' : 'en') as Lang,
    fontSize: FONT_SIZE,
    margin: { left: PAD, right: PAD },
  });
  const x0 = base.scale.x(dayOf(window.start));
  const x1 = base.scale.x(dayOf(window.end) + 1);
  if (!(x1 > x0)) return null;
  const k = (base.plot.x1 - base.plot.x0) / (x1 - x0);
  return { k, x: base.plot.x0 - k * x0 };
}

export function exportSvg(doc: TimelineDocument, opts: ExportOptions): string {
  const width = opts.width ?? EXPORT_WIDTH;
  const title = opts.title?.trim() ? { title: opts.title.trim() } : {};
  if (!opts.window) return toSvg(doc, { width, fontSize: FONT_SIZE, ...title });
  // The whole timeline's layout (the pane's segments, breaks and lanes) zoomed onto the window, then only
  // the events of the window kept: the image is what the pane shows, with the axis of that window.
  const all = { ...doc, events: doc.events.filter((e) => !e.hidden) };
  const transform = windowTransform(all, opts.window, width);
  const svg = toSvg(all, {
    width,
    fontSize: FONT_SIZE,
    ...title,
    ...(transform ? { layout: { transform } } : {}),
  });
  const kept = new Set(exportDocument(doc, opts.window).events.map((e) => e.id));
  return svg.replace(/<g class="event [a-z]+" data-id="([^"]*)">[\s\S]*?<\/g>/gu, (g: string, id: string) =>
    kept.has(unescapeXml(id)) ? g : '',
  );
}

const unescapeXml = (s: string): string =>
  s.replace(
    /&(lt|gt|quot|apos|amp);/gu,
    (_, e: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[e]!,
  );

/**
 * The SVG as a file for other programs: it names only the generic sans-serif family, since it embeds no
 * font (the PNG is drawn with the shipped DejaVu Sans, which the file cannot count on).
 */
export function standaloneSvg(svg: string): string {
  return svg
    .replace(/font-family="DejaVu Sans"/gu, 'font-family="sans-serif"')
    .replace(/'DejaVu Sans', /gu, '');
}
