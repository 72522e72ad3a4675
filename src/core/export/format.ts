// One document in one text format, by the names the CLI and the export dialog give the formats.

import type { TimelineDocument } from '../../shared/timeline';
import { toCsv, toTimelineJsCsv } from './csv';
import { toHtml, type HtmlOptions } from './html';
import { toMarkwhen } from './markwhen';
import { toTimelineJsJson } from './timelinejs';

export type TextExportFormat = 'html' | 'timelinejs' | 'timelinejs-csv' | 'markwhen' | 'csv';

/** The HTML page needs its script (and may take the interface language); the other formats need nothing. */
export function toTextFormat(doc: TimelineDocument, format: TextExportFormat, page: HtmlOptions): string {
  switch (format) {
    case 'html':
      return toHtml(doc, page);
    case 'timelinejs':
      return toTimelineJsJson(doc);
    case 'timelinejs-csv':
      return toTimelineJsCsv(doc);
    case 'markwhen':
      return toMarkwhen(doc);
    case 'csv':
      return toCsv(doc);
  }
}
