// Runs the export the dialog chose: images go through `export:image` as before (the renderer draws the
// SVG), the other formats through `export:file` with the document (main builds the file); then, when
// asked, the file is shown in its folder.

import type { FactlineApi, FileExportFormat, SaveResult } from '../../../shared/ipc';
import type { Lang, TimelineDocument } from '../../../shared/timeline';
import { exportDocument, exportSvg, standaloneSvg } from './exportSvg';

export type ExportFormatChoice = 'png' | 'svg' | FileExportFormat;

export interface ExportChoice {
  format: ExportFormatChoice;
  scale: 1 | 2 | 3;
  range: 'all' | 'visible';
  width: number;
  title: string;
  paper: 'a4' | 'letter';
  reveal: boolean;
}

export async function runExport(
  api: Pick<FactlineApi, 'exportImage' | 'exportFile' | 'revealExport'>,
  doc: TimelineDocument,
  choice: ExportChoice,
  ctx: { window: { start: string; end: string } | null; name: string; lang: Lang },
): Promise<SaveResult> {
  const window = choice.range === 'visible' ? ctx.window : null;
  let result: SaveResult;
  if (choice.format === 'png' || choice.format === 'svg') {
    const svg = exportSvg(doc, { window, width: choice.width, title: choice.title });
    result = await api.exportImage({
      svg: choice.format === 'svg' ? standaloneSvg(svg) : svg,
      format: choice.format,
      scale: choice.scale,
      name: ctx.name,
    });
  } else {
    const shown = exportDocument(doc, window);
    result = await api.exportFile({
      doc: { ...shown, events: shown.events.filter((e) => !e.hidden) },
      format: choice.format,
      name: ctx.name,
      lang: ctx.lang,
      paper: choice.paper,
      title: choice.title,
    });
  }
  if (result.ok && choice.reveal) await api.revealExport(result.path);
  return result;
}
