// Publishing formats: pure functions from the timeline document to a file's text.
export {
  exportRows,
  displayDate,
  partsAt,
  sourceName,
  titleOf,
  EXPORT_WORDS,
  type ExportRow,
  type DateParts,
} from './rows';
export { toCsv, toTimelineJsCsv, csvCell, escapeHtml, CSV_COLUMNS, TIMELINEJS_COLUMNS } from './csv';
export { toTimelineJs, toTimelineJsJson, type TimelineJsData, type TimelineJsSlide } from './timelinejs';
export { toMarkwhen, markwhenDate, markwhenText } from './markwhen';
export { toHtml, PAGE_WORDS, type HtmlOptions, type PageData } from './html';

export { toTextFormat, type TextExportFormat } from './format';
