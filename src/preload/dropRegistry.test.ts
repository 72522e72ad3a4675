import { describe, expect, it } from 'vitest';
import { createDropRegistry } from './dropRegistry';

// A File as the preload sees it: webUtils.getPathForFile gives the path of a file from the disk, '' otherwise.
const file = (name: string) => ({ name }) as File;
const PATHS = new Map<string, string>([
  ['depeche.txt', '/home/ana/depeche.txt'],
  ['autre.txt', '/home/ana/autre.txt'],
]);
const pathOf = (f: File) => PATHS.get(f.name) ?? '';
const drop = (isTrusted: boolean, ...files: File[]) => ({ isTrusted, dataTransfer: { files } });

describe('the drop registry', () => {
  it('gives the path of a file the user dropped, once', () => {
    const reg = createDropRegistry(pathOf);
    const f = file('depeche.txt');
    reg.record(drop(true, f));
    expect(reg.take(f)).toBe('/home/ana/depeche.txt');
    expect(reg.take(f)).toBeNull();
  });

  it('refuses a file that page script put in a synthetic drop event', () => {
    const reg = createDropRegistry(pathOf);
    const f = file('depeche.txt');
    reg.record(drop(false, f));
    expect(reg.take(f)).toBeNull();
  });

  it('refuses a file that was never dropped, and one from an earlier drop', () => {
    const reg = createDropRegistry(pathOf);
    const first = file('depeche.txt');
    expect(reg.take(first)).toBeNull();
    reg.record(drop(true, first));
    reg.record(drop(true, file('autre.txt')));
    expect(reg.take(first)).toBeNull();
  });

  it('refuses a File made in memory (no path on disk)', () => {
    const reg = createDropRegistry(pathOf);
    const made = file('made-up.txt');
    reg.record(drop(true, made));
    expect(reg.take(made)).toBeNull();
  });
});
