// TimelineJS3's JSON format (timeline.knightlab.com/docs/json-format.html): a title slide and one slide per
// event with `start_date`/`end_date` `{year, month, day}`, `text {headline, text}`, `group` and
// `display_date`. Vague dates keep only the parts they know; TimelineJS renders text as HTML, so every word
// from the article is escaped and `autolink` is off (no link is made from the article's text).

import type { Lang, TimelineDocument } from '../../shared/timeline';
import { escapeHtml, slideText } from './csv';
import { EXPORT_WORDS, exportRows, sourceName, titleOf, type DateParts } from './rows';

export interface TimelineJsSlide {
  start_date?: DateParts & { display_date?: string };
  end_date?: DateParts;
  display_date?: string;
  text: { headline: string; text: string };
  group?: string;
  unique_id?: string;
  autolink?: boolean;
}

export interface TimelineJsData {
  title: TimelineJsSlide;
  events: TimelineJsSlide[];
  scale: 'human';
}

export function toTimelineJs(doc: TimelineDocument): TimelineJsData {
  const lang: Lang = doc.source.lang === 'fr' ? 'fr' : 'en';
  const w = EXPORT_WORDS[lang];
  const published = doc.source.dct ? `${w.published}${w.colon}${doc.source.dct}` : w.noDate;
  return {
    title: {
      text: {
        headline: escapeHtml(titleOf(doc)),
        text: `<p>${escapeHtml(`${w.source}${w.colon}${sourceName(doc)} · ${published}`)}</p>`,
      },
      autolink: false,
    },
    events: exportRows(doc).map((r) => ({
      start_date: { ...r.startParts },
      ...(r.endParts ? { end_date: { ...r.endParts } } : {}),
      ...(['day', 'partOfDay', 'time'].includes(r.precision) ? {} : { display_date: r.displayDate }),
      text: { headline: escapeHtml(r.label), text: slideText(r, w) },
      group: w.status[r.status],
      unique_id: r.id,
      autolink: false,
    })),
    scale: 'human',
  };
}

export function toTimelineJsJson(doc: TimelineDocument): string {
  return JSON.stringify(toTimelineJs(doc), null, 2) + '\n';
}
