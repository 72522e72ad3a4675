// The exported image: the timeline engineer's `toSvg` (src/core/timeline), the same layout the pane draws.

import type { Lang, TimelineDocument } from '../../../shared/timeline';

export interface ExportOptions {
  lang: Lang;
  /** Only these days (the visible window), or the whole timeline. */
  window: { start: string; end: string } | null;
}

export function exportSvg(_doc: TimelineDocument, _opts: ExportOptions): string {
  return '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>';
}
