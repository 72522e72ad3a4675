// The `factline` command: the same core as the app, no window.
// Only the argument parser is loaded up front: `factline --help` answers before the engine, the file
// readers (linkedom, mammoth, pdf.js…) or resvg are loaded; each comes in when a command needs it.

import { mkdir, stat, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { ArticleError } from '../main/services/articleErrors';
import { displayName, escapeControls } from '../main/services/displayName';
import { isTimelinePath, readTimelineFile, TimelineFileError } from '../main/services/timelineFile';
import type { TimelineDocument } from '../shared/timeline';
import { HELP, isPublishFormat, parseCommand, UsageError, type ExtractCommand } from './args';
import { formatText } from './formatText';

export interface Io {
  stdout(chunk: string | Uint8Array): void;
  stderr(line: string): void;
}

const VERSION = '0.1.0';

async function documentFor(file: string, cmd: ExtractCommand): Promise<TimelineDocument> {
  if (isTimelinePath(file)) return readTimelineFile(file);
  const { loadArticle } = await import('../main/services/article');
  const { buildDocument } = await import('../core/document');
  const article = await loadArticle(file);
  return buildDocument(
    { ...article, path: file },
    {
      lang: cmd.lang ?? undefined,
      dct: cmd.dct,
      dctSource: cmd.dct ? 'option' : undefined,
      kind: cmd.kind ?? undefined,
    },
  );
}

async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

async function imageTarget(cmd: ExtractCommand, file: string): Promise<string> {
  const name = basename(file).replace(/(\.factline)?\.[^.]+$/, '') + '.' + cmd.format;
  if (!cmd.out) return name;
  if (cmd.files.length > 1 || (await isDirectory(cmd.out))) {
    await mkdir(cmd.out, { recursive: true });
    return join(cmd.out, name);
  }
  return cmd.out;
}

async function extract(cmd: ExtractCommand, io: Io): Promise<void> {
  if (cmd.merge) return (await import('./merge')).extractMerged(cmd, io, (file) => documentFor(file, cmd));
  const textChunks: string[] = [];
  for (const file of cmd.files) {
    const doc = await documentFor(file, cmd);
    if (cmd.format === 'json') {
      textChunks.push(
        cmd.files.length > 1 ? JSON.stringify(doc) + '\n' : JSON.stringify(doc, null, 2) + '\n',
      );
    } else if (cmd.format === 'text') {
      textChunks.push((textChunks.length ? '\n' : '') + formatText(doc, displayName(basename(file))));
    } else if (isPublishFormat(cmd.format)) {
      const { publishFile } = await import('./publish');
      io.stderr(`factline: wrote ${await publishFile(doc, cmd, file, cmd.format)}`);
    } else {
      const { toSvg } = await import('../core/timeline/index');
      const svg = toSvg(doc, { width: cmd.width });
      const target = await imageTarget(cmd, file);
      const image =
        cmd.format === 'png'
          ? (await import('../main/services/png')).svgToPng(svg, { scale: cmd.scale })
          : svg;
      await writeFile(target, image);
      io.stderr(`factline: wrote ${escapeControls(target)}`);
    }
  }
  if (textChunks.length) {
    if (cmd.out) await writeFile(cmd.out, textChunks.join(''));
    else io.stdout(textChunks.join(''));
  }
}

/** Runs the command; returns the exit code. */
export async function run(argv: string[], io: Io): Promise<number> {
  try {
    const cmd = parseCommand(argv);
    if (cmd.command === 'help') io.stdout(HELP);
    else if (cmd.command === 'version') io.stdout(`factline ${VERSION}\n`);
    else await extract(cmd, io);
    return 0;
  } catch (err) {
    if (err instanceof UsageError || err instanceof ArticleError || err instanceof TimelineFileError) {
      io.stderr(`factline: ${err.message}`);
      return 2;
    }
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EACCES' || code === 'EPERM' || code === 'ENOENT' || code === 'EISDIR') {
      io.stderr(
        `factline: cannot write ${displayName((err as NodeJS.ErrnoException).path ?? 'the output')} (${code}); choose another --out`,
      );
      return 2;
    }
    io.stderr(`factline: unexpected error: ${escapeControls(String((err as Error).message ?? err))}`);
    return 1;
  }
}
