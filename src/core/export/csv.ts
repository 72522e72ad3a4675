// Spreadsheet exports: one row per event (RFC 4180: comma-separated, CRLF, quotes doubled) and the
// TimelineJS Google Sheets template. A UTF-8 byte-order mark leads so that Excel reads « é » as é.

import type { Lang, TimelineDocument } from '../../shared/timeline';
import { EXPORT_WORDS, exportRows, type DateParts } from './rows';

const BOM = '\ufeff';

/**
 * One CSV field. A cell that a spreadsheet would run as a formula (`=HYPERLINK(…)`, `+`, `-`, `@`, a leading
 * tab) gets a leading apostrophe, so an article's text stays text when the file is opened in Excel.
 */
export function csvCell(value: string | number | undefined): string {
  if (value === undefined) return '';
  let s = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/u.test(s)) s = `'${s}`;
  return /[",\r\n]/u.test(s) ? `"${s.replace(/"/gu, '""')}"` : s;
}

function csvText(rows: (string | number | undefined)[][]): string {
  return BOM + rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

export const CSV_COLUMNS = [
  'start',
  'end',
  'precision',
  'status',
  'label',
  'sentence',
  'source',
  'explanation',
] as const;

/** One row per visible event: start, end, precision, status, label, sentence, source, explanation. */
export function toCsv(doc: TimelineDocument): string {
  return csvText([
    [...CSV_COLUMNS],
    ...exportRows(doc).map((r) => [
      r.start,
      r.end,
      r.precision,
      r.status,
      r.label,
      r.sentence,
      r.source,
      r.explanation,
    ]),
  ]);
}

/** The columns of TimelineJS's spreadsheet template, in its order. */
export const TIMELINEJS_COLUMNS = [
  'Year',
  'Month',
  'Day',
  'Time',
  'End Year',
  'End Month',
  'End Day',
  'End Time',
  'Display Date',
  'Headline',
  'Text',
  'Media',
  'Media Credit',
  'Media Caption',
  'Media Thumbnail',
  'Type',
  'Group',
  'Background',
] as const;

const parts = (p: DateParts | null) => [p?.year, p?.month, p?.day];

/**
 * The TimelineJS template as CSV, to paste into its Google Sheet: a vague date keeps only the parts it knows
 * (« 1945 » fills Year alone), the status is the Group, the sentence and explanation the Text. TimelineJS
 * reads Text as HTML, so the article's words go in escaped.
 */
export function toTimelineJsCsv(doc: TimelineDocument): string {
  const lang: Lang = doc.source.lang === 'fr' ? 'fr' : 'en';
  const w = EXPORT_WORDS[lang];
  return csvText([
    [...TIMELINEJS_COLUMNS],
    ...exportRows(doc).map((r) => [
      ...parts(r.startParts),
      '',
      ...parts(r.endParts),
      '',
      r.precision === 'day' || r.precision === 'partOfDay' || r.precision === 'time' ? '' : r.displayDate,
      escapeHtml(r.label),
      slideText(r, w),
      '',
      '',
      '',
      '',
      '',
      w.status[r.status],
      '',
    ]),
  ]);
}

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for HTML content and quoted attributes. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/gu, (c) => HTML_ESCAPES[c]!);
}

/** A TimelineJS slide's body (HTML): the sentence, then the source and how the date was read, all escaped. */
export function slideText(
  r: { sentence: string; source: string; explanation: string },
  w: { source: string; explanation: string; colon: string },
): string {
  const p = (s: string) => `<p>${escapeHtml(s)}</p>`;
  return [
    p(`« ${r.sentence} »`),
    p(`${w.source}${w.colon}${r.source}`),
    ...(r.explanation ? [p(`${w.explanation}${w.colon}${r.explanation}`)] : []),
  ].join('');
}
