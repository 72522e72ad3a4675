// `factline extract a.html b.txt --merge`: several articles → one factline.timeline/2 document (json) or one
// image (svg, png) of the merged timeline with its source legend. Loaded only when --merge is given.

import { writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { escapeControls } from '../main/services/displayName';
import type { TimelineDocument } from '../shared/timeline';
import type { ExtractCommand } from './args';
import type { Io } from './index';

export async function extractMerged(
  cmd: ExtractCommand,
  io: Io,
  documentFor: (file: string) => Promise<TimelineDocument>,
): Promise<void> {
  const { buildMultiDocument, multiToSvg } = await import('../core/sources/index');
  const docs: TimelineDocument[] = [];
  for (const file of cmd.files) docs.push(await documentFor(file));
  // A source is named by its title when it is one (a text file's "title" is its first paragraph), else by
  // its file name: what a reader recognises in the legend.
  const labels = docs.map((d, i) => {
    const title = d.source.title?.trim();
    return title && title.length <= 60 ? title : basename(cmd.files[i]);
  });
  const multi = buildMultiDocument(docs, labels);
  if (cmd.format === 'json') {
    const json = JSON.stringify(multi, null, 2) + '\n';
    if (cmd.out) await writeFile(cmd.out, json);
    else io.stdout(json);
    return;
  }
  const svg = multiToSvg(multi, { width: cmd.width });
  const image =
    cmd.format === 'png' ? (await import('../main/services/png')).svgToPng(svg, { scale: cmd.scale }) : svg;
  const target = cmd.out ?? `merged.${cmd.format}`;
  await writeFile(target, image);
  io.stderr(`factline: wrote ${escapeControls(target)}`);
}
