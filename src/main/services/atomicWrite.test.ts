import {
  chmod,
  link,
  lstat,
  mkdtemp,
  readdir,
  readFile,
  readlink,
  stat,
  symlink,
  writeFile,
} from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { cleanStaleTemps, cleanStaleTempsIn, writeFileAtomic } from './atomicWrite';

const posix = process.platform !== 'win32';
let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'factline-atomic-'));
});

describe('writeFileAtomic', () => {
  it('writes a new file and leaves no temporary file behind', async () => {
    const file = join(dir, 'a.factline.json');
    await writeFileAtomic(file, '{"v":1}');
    expect(await readFile(file, 'utf8')).toBe('{"v":1}');
    expect(await readdir(dir)).toEqual(['a.factline.json']);
  });

  it.runIf(posix)('keeps a file readable only by its owner (0600) as it was', async () => {
    const file = join(dir, 'private.factline.json');
    await writeFile(file, 'old');
    await chmod(file, 0o600);
    await writeFileAtomic(file, 'new');
    expect(await readFile(file, 'utf8')).toBe('new');
    expect((await stat(file)).mode & 0o777).toBe(0o600);
  });

  it.runIf(posix)('keeps a wider mode too (0664 is not narrowed to the umask)', async () => {
    const file = join(dir, 'shared.factline.json');
    await writeFile(file, 'old');
    await chmod(file, 0o664);
    await writeFileAtomic(file, 'new');
    expect((await stat(file)).mode & 0o777).toBe(0o664);
  });

  it.runIf(posix)('writes through a symbolic link to its target and keeps the link', async () => {
    const real = join(dir, 'real.factline.json');
    const alias = join(dir, 'alias.factline.json');
    await writeFile(real, 'old');
    await symlink('real.factline.json', alias);
    await writeFileAtomic(alias, 'new');
    expect((await lstat(alias)).isSymbolicLink()).toBe(true);
    expect(await readlink(alias)).toBe('real.factline.json');
    expect(await readFile(real, 'utf8')).toBe('new');
  });

  it.runIf(posix)('creates the target of a dangling symbolic link', async () => {
    const alias = join(dir, 'alias.factline.json');
    await symlink('later.factline.json', alias);
    await writeFileAtomic(alias, 'new');
    expect((await lstat(alias)).isSymbolicLink()).toBe(true);
    expect(await readFile(join(dir, 'later.factline.json'), 'utf8')).toBe('new');
  });

  it.runIf(posix)('keeps hard links working: every name sees the new version', async () => {
    const first = join(dir, 'first.factline.json');
    const second = join(dir, 'second.factline.json');
    await writeFile(first, 'a much longer old version');
    await link(first, second);
    await writeFileAtomic(first, 'new');
    expect(await readFile(second, 'utf8')).toBe('new');
    expect((await stat(first)).ino).toBe((await stat(second)).ino);
    expect((await readdir(dir)).sort()).toEqual(['first.factline.json', 'second.factline.json']);
  });

  it('refuses to replace a folder and leaves nothing behind', async () => {
    await expect(writeFileAtomic(dir, 'x')).rejects.toMatchObject({ code: 'EISDIR' });
  });
});

describe('cleanStaleTemps', () => {
  it('removes the temporary files a crashed save left beside the file, and only those', async () => {
    const file = join(dir, 'a.factline.json');
    await writeFile(file, '{}');
    await writeFile(join(dir, '.a.factline.json.0123456789ab.tmp'), '{"half":');
    await writeFile(join(dir, '.b.factline.json.0123456789ab.tmp'), 'other file');
    await writeFile(join(dir, '.a.factline.json.notours.tmp'), 'not ours');
    expect(await cleanStaleTemps(file)).toBe(1);
    expect((await readdir(dir)).sort()).toEqual([
      '.a.factline.json.notours.tmp',
      '.b.factline.json.0123456789ab.tmp',
      'a.factline.json',
    ]);
  });

  it('puts back a complete copy when the target was torn', async () => {
    const file = join(dir, 'a.factline.json');
    await writeFile(file, '{"torn":');
    await writeFile(join(dir, '.a.factline.json.0123456789ab.tmp'), '{"whole":true}');
    const isComplete = (t: string): boolean => {
      try {
        JSON.parse(t);
        return true;
      } catch {
        return false;
      }
    };
    await cleanStaleTemps(file, { isComplete });
    expect(await readFile(file, 'utf8')).toBe('{"whole":true}');
    expect(await readdir(dir)).toEqual(['a.factline.json']);
  });

  it('sweeps a whole folder (the data folder at start)', async () => {
    await writeFile(join(dir, 'recent.json'), '{}');
    await writeFile(join(dir, '.recent.json.0123456789ab.tmp'), '{');
    await writeFile(join(dir, '.autosave.factline.json.ba9876543210.tmp'), '{');
    expect(await cleanStaleTempsIn(dir)).toBe(2);
    expect(await readdir(dir)).toEqual(['recent.json']);
  });
});
