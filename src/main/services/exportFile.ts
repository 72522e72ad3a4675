// What `export:file` writes: the timeline handed on as an interactive page, a PDF of that page, a
// spreadsheet, TimelineJS or markwhen. Built here from the document (the renderer sends data, never
// markup), by the same core functions as the command line.

import { toTextFormat } from '../../core/export/index';
import type { ExportFileRequest, FileExportFormat } from '../../shared/ipc';
import type { TimelineDocument } from '../../shared/timeline';
import { pageScript } from './pageScript';

export const FILE_EXTENSIONS: Record<FileExportFormat, string> = {
  html: '.html',
  pdf: '.pdf',
  csv: '.csv',
  timelinejs: '.timelinejs.json',
  'timelinejs-csv': '.timelinejs.csv',
  markwhen: '.mw',
};

/** Prints a page to PDF: Electron's webContents.printToPDF in the app, Chromium's in tests. */
export type PdfPrinter = (html: string, paper: 'a4' | 'letter') => Promise<Uint8Array>;

export class ExportUnavailable extends Error {}

function titled(doc: TimelineDocument, title: string): TimelineDocument {
  const t = title.trim();
  return t ? { ...doc, source: { ...doc.source, title: t } } : doc;
}

export async function exportFileContent(
  req: ExportFileRequest,
  printPdf?: PdfPrinter,
): Promise<string | Uint8Array> {
  const doc = titled(req.doc, req.title);
  const script = req.format === 'html' || req.format === 'pdf' ? await pageScript() : '';
  if (req.format !== 'pdf') return toTextFormat(doc, req.format, { script, lang: req.lang });
  if (!printPdf) throw new ExportUnavailable('printing to PDF is not available in this window');
  return printPdf(toTextFormat(doc, 'html', { script, lang: req.lang }), req.paper);
}
