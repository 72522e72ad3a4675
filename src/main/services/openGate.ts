// The renderer may only ask main to open a file the user chose: through the Open dialog, by dropping it,
// on the command line or from the recent list. Each of those grants its path here; a path the renderer
// makes up (`/etc/passwd`, `../../secrets.txt`) is not granted and main refuses it.

import { isAbsolute, normalize, resolve } from 'node:path';

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
