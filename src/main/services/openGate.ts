// The renderer may only ask main to open a file the user chose: through the Open dialog, by dropping it,
// on the command line or from the recent list. Each of those grants its path here; a path the renderer
// makes up (`/etc/passwd`, `../../secrets.txt`) is not granted and main refuses it.

import { isAbsolute, normalize, resolve } from 'node:path';

/** Longer than any real path (Linux's PATH_MAX is 4096); a path past it is refused unread. */
export const MAX_PATH_LENGTH = 4096;

/**
 * What is wrong with `path` as a path from the renderer, in words, or null: it must be a non-empty,
 * absolute string of at most MAX_PATH_LENGTH characters without NUL (`/tmp/a.txt\0.png` would be cut
 * at the NUL by the system and name another file than the one checked).
 */
export function pathProblem(path: unknown): string | null {
  if (typeof path !== 'string' || path.length === 0) return 'it is not a path';
  if (path.includes('\0')) return 'it contains a NUL character';
  if (path.length > MAX_PATH_LENGTH) return `it is longer than ${MAX_PATH_LENGTH} characters`;
  if (!isAbsolute(path)) return 'it is not an absolute path';
  return null;
}

/** One spelling per file: absolute, `..` and `.` resolved, doubled separators removed. */
export function normalisePath(path: string, cwd: string = process.cwd()): string {
  const full = resolve(cwd, normalize(path));
  // Windows paths are case-insensitive: C:\Users\A.txt and c:\users\a.txt are the same file.
  return process.platform === 'win32' ? full.toLowerCase() : full;
}

export class OpenGate {
  private readonly granted = new Set<string>();

  /**
   * Records that the user chose `path`. A relative path (from the command line) is resolved against
   * `cwd`, the directory it was typed in. Returns the absolute path to open.
   */
  grant(path: string, cwd?: string): string {
    const absolute = resolve(cwd ?? process.cwd(), path);
    this.granted.add(normalisePath(absolute));
    return absolute;
  }

  /** True only for a string naming, in absolute form, a path granted before. */
  isGranted(path: unknown): path is string {
    if (typeof path !== 'string' || path.length === 0 || path.includes('\0') || !isAbsolute(path))
      return false;
    return this.granted.has(normalisePath(path));
  }

  revoke(path: string): void {
    this.granted.delete(normalisePath(path));
  }
}
