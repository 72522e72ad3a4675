// `--format html|pdf|timelinejs|timelinejs-csv|markwhen|csv`: the document handed on to another tool, written to a
// file named after the article (or --out), like the images.

import { mkdir, stat, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { toTextFormat } from '../core/export/index';
import { pageScript } from '../main/services/pageScript';
import type { TimelineDocument } from '../shared/timeline';
import type { ExtractCommand, PublishFormat } from './args';

export const PUBLISH_EXTENSIONS: Record<PublishFormat, string> = {
  html: '.html',
  pdf: '.pdf',
  timelinejs: '.timelinejs.json',
  'timelinejs-csv': '.timelinejs.csv',
  markwhen: '.mw',
  csv: '.csv',
};

export async function publishText(
  doc: TimelineDocument,
  format: Exclude<PublishFormat, 'pdf'>,
): Promise<string> {
  return toTextFormat(doc, format, { script: format === 'html' ? await pageScript() : '' });
}

async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

async function targetFor(cmd: ExtractCommand, file: string, format: PublishFormat): Promise<string> {
  const name = basename(file).replace(/(\.factline)?\.[^.]+$/u, '') + PUBLISH_EXTENSIONS[format];
  if (!cmd.out) return name;
  if (cmd.files.length > 1 || (await isDirectory(cmd.out))) {
    await mkdir(cmd.out, { recursive: true });
    return join(cmd.out, name);
  }
  return cmd.out;
}

/** Writes the document in `format`; returns the path written. */
export async function publishFile(
  doc: TimelineDocument,
  cmd: ExtractCommand,
  file: string,
  format: PublishFormat,
): Promise<string> {
  const target = await targetFor(cmd, file, format);
  if (format === 'pdf') {
    const { htmlToPdf } = await import('./pdf');
    await writeFile(target, await htmlToPdf(await publishText(doc, 'html'), cmd.paper));
  } else await writeFile(target, await publishText(doc, format));
  return target;
}
