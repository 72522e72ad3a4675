// The exported image is the timeline engineer's `toSvg` (src/core/timeline/svg.ts): the same layout the
// pane draws, self-contained (inline style, DejaVu Sans named), so resvg's PNG matches the screen.

import { toSvg } from '../../../core/timeline/svg';
import type { TimelineDocument } from '../../../shared/timeline';

export interface ExportOptions {
  /** Only the events in these days (the visible window), laid out to fit; null for the whole timeline. */
  window: { start: string; end: string } | null;
  width?: number;
}

export const EXPORT_WIDTH = 1200;

export function exportDocument(doc: TimelineDocument, window: ExportOptions['window']): TimelineDocument {
  if (!window) return doc;
  return {
    ...doc,
    events: doc.events.filter((e) => !e.hidden && e.end >= window.start && e.start <= window.end),
  };
}

export function exportSvg(doc: TimelineDocument, opts: ExportOptions): string {
  return toSvg(exportDocument(doc, opts.window), { width: opts.width ?? EXPORT_WIDTH });
}
