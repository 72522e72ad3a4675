import { constants } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { timelineProblem } from '../../shared/validateTimeline';
import type { TimelineDocument } from '../../shared/timeline';
import { cleanStaleTemps } from './atomicWrite';
import { displayName } from './displayName';

export const TIMELINE_EXTENSION = '.factline.json';
/** Far above any real timeline (a 50 MB article and all its mentions), far below what would exhaust memory. */
export const MAX_TIMELINE_BYTES = 128 * 1024 * 1024;

export function isTimelinePath(path: string): boolean {
  return path.toLowerCase().endsWith(TIMELINE_EXTENSION);
}

export class TimelineFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TimelineFileError';
  }
}

const MB = 1024 * 1024;

function notRegular(name: string, info: { isDirectory(): boolean; isFIFO(): boolean; isSocket(): boolean }) {
  if (info.isDirectory()) return `“${name}” is a folder, not a Factline timeline.`;
  const kind = info.isFIFO() ? 'a pipe' : info.isSocket() ? 'a socket' : 'a device';
  return `“${name}” is ${kind}, not a file; a Factline timeline is a file saved by Factline.`;
}

/** The file's bytes, refusing before any read what is not a regular file, and never reading past the limit. */
export async function readBounded(path: string, name: string, limit: number): Promise<string> {
  let handle: FileHandle;
  try {
    // O_NONBLOCK: opening a FIFO with no writer returns at once (instead of waiting forever), so fstat can refuse it.
    handle = await open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT')
      throw new TimelineFileError(`“${name}” does not exist any more; check where it was moved.`);
    if (code === 'EACCES' || code === 'EPERM')
      throw new TimelineFileError(
        `You do not have permission to read “${name}”; check the file's permissions.`,
      );
    if (code === 'EISDIR') throw new TimelineFileError(`“${name}” is a folder, not a Factline timeline.`);
    throw new TimelineFileError(`“${name}” could not be opened (${code ?? String(err)}).`);
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) throw new TimelineFileError(notRegular(name, info));
    const tooLarge = new TimelineFileError(
      `“${name}” is larger than ${Math.round(limit / MB)} MB, more than any Factline timeline; open the original article instead.`,
    );
    if (info.size > limit) throw tooLarge;
    // The size can lie (a file still growing, /proc): read at most limit + 1 bytes whatever it says.
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const buf = Buffer.allocUnsafe(Math.min(limit + 1 - total, 4 * MB));
      const { bytesRead } = await handle.read(buf, 0, buf.length, null);
      if (bytesRead === 0) break;
      chunks.push(buf.subarray(0, bytesRead));
      total += bytesRead;
      if (total > limit) throw tooLarge;
    }
    return Buffer.concat(chunks, total).toString('utf8');
  } catch (err) {
    if (err instanceof TimelineFileError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    throw new TimelineFileError(`“${name}” could not be read (${code ?? String(err)}).`);
  } finally {
    await handle.close();
  }
}

const parses = (text: string): boolean => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

/** Removes what a crashed save left beside a timeline (and restores a torn hard-linked one); never fails. */
export async function cleanTimelineTemps(path: string): Promise<void> {
  await cleanStaleTemps(path, { isComplete: parses }).catch(() => undefined);
}

export interface ReadTimelineOptions {
  maxBytes?: number;
}

/**
 * A saved timeline's file, bounded and parsed: its shown name and its JSON, or one sentence saying it is not
 * JSON. `instead` names what to open instead (« the original article », « the original articles »).
 */
export async function readTimelineJson(
  path: string,
  opts: ReadTimelineOptions,
  instead: string,
): Promise<{ name: string; data: unknown }> {
  const name = displayName(path.split(/[\\/]/).pop() ?? path);
  const raw = await readBounded(path, name, opts.maxBytes ?? MAX_TIMELINE_BYTES);
  try {
    return { name, data: JSON.parse(raw) };
  } catch {
    throw new TimelineFileError(`“${name}” is not valid JSON; it may be damaged. Open ${instead} instead.`);
  }
}

/** Reads a saved `.factline.json`; a file that is not a whole timeline gets a message saying why, never a crash. */
export async function readTimelineFile(
  path: string,
  opts: ReadTimelineOptions = {},
): Promise<TimelineDocument> {
  const { name, data } = await readTimelineJson(path, opts, 'the original article');
  const format = (data as { format?: unknown } | null)?.format;
  if (typeof data !== 'object' || data === null || format !== 'factline.timeline/1') {
    throw new TimelineFileError(
      `“${name}” is not a Factline timeline (format factline.timeline/1); open the original article instead.`,
    );
  }
  const problem = timelineProblem(data);
  if (problem) {
    throw new TimelineFileError(
      `“${name}” is a damaged Factline timeline: ${problem}. Nothing was opened; open the original article instead.`,
    );
  }
  return data as TimelineDocument;
}
