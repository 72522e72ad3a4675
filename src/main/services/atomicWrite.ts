// Saves that never leave a file half-written and never change what they replace. The bytes go to a
// temporary file beside the target (`.name.factline.json.<hex>.tmp`), are flushed, then take the target's
// place; the folder is flushed too, so the rename itself survives a power cut.
//
// What the replaced file was, it stays:
// - its mode (a 0600 file stays 0600, never widened to the umask's 0644) and, where the OS lets us, its owner;
// - a symbolic link stays a link: the write goes to the file it points at, in that file's folder;
// - a file with several hard links keeps them all. A rename would give the name a new inode and silently
//   detach the other names, so for such a file the new bytes are first written and flushed in full to the
//   temporary copy (a full disk fails there, with the old file intact), then written in place and flushed.
//   Trade-off: a crash during that in-place write can leave the target torn, but the complete new version
//   is still in the temporary copy, and `cleanStaleTemps` puts it back when the target no longer parses.

import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import {
  lstat,
  open,
  readdir,
  readFile,
  readlink,
  rename,
  rm,
  stat,
  type FileHandle,
} from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';

/** Temporary files being written right now by this process: the stale-file sweep leaves them alone. */
const inFlight = new Set<string>();

export function tempPathFor(target: string): string {
  return join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
}

/** `.name.<12 hex>.tmp` beside `name`, as `tempPathFor` makes them. */
function isTempOf(entry: string, name: string): boolean {
  const prefix = `.${name}.`;
  return entry.startsWith(prefix) && /^[0-9a-f]{12}\.tmp$/.test(entry.slice(prefix.length));
}

/** The file a path really names: symbolic links followed, even a dangling one (its target is created). */
export async function resolveTarget(path: string): Promise<string> {
  let current = resolve(path);
  for (let hops = 0; hops < 40; hops++) {
    let info;
    try {
      info = await lstat(current);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return current;
      throw err;
    }
    if (!info.isSymbolicLink()) return current;
    current = resolve(dirname(current), await readlink(current));
  }
  const err = new Error(`too many symbolic links: ${path}`) as NodeJS.ErrnoException;
  err.code = 'ELOOP';
  throw err;
}

/** Flushes a folder's entries (the rename); a platform that cannot open folders (Windows) skips it. */
async function syncFolder(dir: string): Promise<void> {
  let handle: FileHandle | undefined;
  try {
    handle = await open(dir, constants.O_RDONLY);
    await handle.sync();
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code !== 'EISDIR' && code !== 'EPERM' && code !== 'EINVAL' && code !== 'EBADF') throw err;
  } finally {
    await handle?.close();
  }
}

async function writeAndSync(handle: FileHandle, data: string | Uint8Array): Promise<void> {
  await handle.writeFile(data);
  await handle.sync();
}

export interface WriteFileAtomicOptions {
  /** Mode of a file that does not exist yet (the umask applies); an existing file keeps its own. */
  mode?: number;
}

/** Writes `data` to `path` safely (see the top of this file). */
export async function writeFileAtomic(
  path: string,
  data: string | Uint8Array,
  opts: WriteFileAtomicOptions = {},
): Promise<void> {
  const target = await resolveTarget(path);
  let existing: Awaited<ReturnType<typeof stat>> | null = null;
  try {
    existing = await stat(target);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
  if (existing && !existing.isFile()) {
    const err = new Error(`not a regular file: ${basename(target)}`) as NodeJS.ErrnoException;
    err.code = existing.isDirectory() ? 'EISDIR' : 'EINVAL';
    throw err;
  }
  const tmp = tempPathFor(target);
  inFlight.add(tmp);
  try {
    const handle = await open(tmp, 'wx', existing ? existing.mode & 0o7777 : (opts.mode ?? 0o666));
    try {
      if (existing) {
        // The umask narrowed the mode `open` was given: set it exactly, then the owner when allowed.
        await handle.chmod(existing.mode & 0o7777);
        if (existing.uid !== process.getuid?.() || existing.gid !== process.getgid?.()) {
          await handle.chown(existing.uid, existing.gid).catch(() => undefined);
        }
      }
      await writeAndSync(handle, data);
    } finally {
      await handle.close();
    }
    if (existing && existing.nlink > 1) {
      await writeInPlace(target, data);
      await rm(tmp, { force: true });
    } else {
      await rename(tmp, target);
    }
    await syncFolder(dirname(target));
  } catch (err) {
    await rm(tmp, { force: true });
    throw err;
  } finally {
    inFlight.delete(tmp);
  }
}

/** Overwrites a file's bytes without replacing its inode, so every hard link sees the new version. */
async function writeInPlace(target: string, data: string | Uint8Array): Promise<void> {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  const handle = await open(target, constants.O_WRONLY);
  try {
    await handle.write(bytes, 0, bytes.length, 0);
    await handle.truncate(bytes.length);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

export interface CleanOptions {
  /** Is this text a complete document? When the target is not and a temporary copy is, the copy is put back. */
  isComplete?(text: string): boolean;
}

/**
 * Removes the temporary files a crash left beside `path` (`.name.<hex>.tmp`). Returns how many went.
 * With `isComplete`, a torn target (crash during an in-place write of a hard-linked file) is first
 * restored from the newest complete temporary copy.
 */
export async function cleanStaleTemps(path: string, opts: CleanOptions = {}): Promise<number> {
  const target = await resolveTarget(path).catch(() => resolve(path));
  const dir = dirname(target);
  const name = basename(target);
  let entries: string[];
  try {
    entries = await readdir(dir);
  } catch {
    return 0;
  }
  const temps = entries
    .filter((e) => isTempOf(e, name))
    .map((e) => join(dir, e))
    .filter((p) => !inFlight.has(p));
  if (temps.length === 0) return 0;
  if (opts.isComplete) await restoreTorn(target, temps, opts.isComplete);
  let removed = 0;
  for (const tmp of temps) {
    try {
      await rm(tmp);
      removed++;
    } catch {
      /* gone already, or not ours to remove: leave it */
    }
  }
  return removed;
}

async function restoreTorn(
  target: string,
  temps: string[],
  isComplete: (text: string) => boolean,
): Promise<void> {
  const current = await readFile(target, 'utf8').catch(() => null);
  if (current === null || isComplete(current)) return;
  const dated = await Promise.all(
    temps.map(async (p) => ({ p, mtime: (await stat(p).catch(() => null))?.mtimeMs ?? 0 })),
  );
  for (const { p } of dated.sort((a, b) => b.mtime - a.mtime)) {
    const text = await readFile(p, 'utf8').catch(() => null);
    if (text !== null && isComplete(text)) {
      await writeInPlace(target, text);
      return;
    }
  }
}

/** Removes every stale `.x.<hex>.tmp` in a folder (the app's data folder at start). */
export async function cleanStaleTempsIn(dir: string): Promise<number> {
  let entries: string[];
  try {
    entries = await readdir(dir);
  } catch {
    return 0;
  }
  let removed = 0;
  for (const entry of entries) {
    const m = /^\.(?<name>.+)\.[0-9a-f]{12}\.tmp$/.exec(entry);
    const p = join(dir, entry);
    if (!m || inFlight.has(p)) continue;
    try {
      await rm(p);
      removed++;
    } catch {
      /* leave it */
    }
  }
  return removed;
}
