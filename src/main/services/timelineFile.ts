import { readFile, stat } from 'node:fs/promises';
import { isTimelineDocument } from '../../shared/ipc';
import type { TimelineDocument } from '../../shared/timeline';

export const TIMELINE_EXTENSION = '.factline.json';

export function isTimelinePath(path: string): boolean {
  return path.toLowerCase().endsWith(TIMELINE_EXTENSION);
}

export class TimelineFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TimelineFileError';
  }
}

/** Reads a saved `.factline.json`; a file that is not one gets a message saying so, never a crash. */
export async function readTimelineFile(path: string): Promise<TimelineDocument> {
  const name = path.split(/[\\/]/).pop() ?? path;
  let raw: string;
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new TimelineFileError(`“${name}” is a folder, not a Factline timeline.`);
    raw = await readFile(path, 'utf8');
  } catch (err) {
    if (err instanceof TimelineFileError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT')
      throw new TimelineFileError(`“${name}” does not exist any more; check where it was moved.`);
    if (code === 'EACCES' || code === 'EPERM')
      throw new TimelineFileError(
        `You do not have permission to read “${name}”; check the file's permissions.`,
      );
    throw new TimelineFileError(`“${name}” could not be read (${code ?? 'unknown error'}).`);
  }
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    throw new TimelineFileError(
      `“${name}” is not valid JSON; it may be damaged. Open the original article instead.`,
    );
  }
  if (!isTimelineDocument(data)) {
    throw new TimelineFileError(
      `“${name}” is not a Factline timeline (format factline.timeline/1); open the original article instead.`,
    );
  }
  return data;
}
