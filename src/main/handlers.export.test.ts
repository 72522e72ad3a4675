import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportDocument } from '../core/export/__fixtures__/docs';
import type { ExportFileRequest } from '../shared/ipc';
import { createHandlers, type HandlerDeps, type SaveKind } from './handlers';

function setup(extra: Partial<HandlerDeps> = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'factline-export-'));
  const dialogs: { kind: SaveKind; name: string }[] = [];
  const revealed: string[] = [];
  const handlers = createHandlers({
    chooseFileToOpen: async () => null,
    chooseSavePath: async (kind, name) => {
      dialogs.push({ kind, name });
      return join(dir, name);
    },
    writeClipboardPng: () => undefined,
    dataDir: join(dir, 'data'),
    samplePath: resolve('resources/sample/guterres-moscou.html'),
    appInfo: () => ({ uiLang: 'en', version: '0.1.0', platform: 'linux' }),
    setEdited: () => undefined,
    progress: () => undefined,
    showInFolder: (p) => void revealed.push(p),
    log: () => undefined,
    ...extra,
  });
  return { dir, dialogs, revealed, handlers };
}

const request = (extra: Partial<ExportFileRequest> = {}): ExportFileRequest => ({
  doc: exportDocument(),
  format: 'markwhen',
  name: 'strike',
  lang: 'en',
  paper: 'a4',
  title: '',
  ...extra,
});

describe('export:file', () => {
  it('asks where to save with the format’s extension and writes the file there', async () => {
    const { dir, dialogs, handlers } = setup();
    const result = await handlers['export:file'](request());
    expect(result).toEqual({ ok: true, path: join(dir, 'strike.mw') });
    expect(dialogs).toEqual([{ kind: 'markwhen', name: 'strike.mw' }]);
    expect(readFileSync(join(dir, 'strike.mw'), 'utf8')).toContain('# happened');
  });
  it('a PDF it cannot print is refused before any dialog, with a sentence saying why', async () => {
    const { dialogs, handlers } = setup();
    const result = await handlers['export:file'](request({ format: 'pdf' }));
    expect(result).toEqual({
      ok: false,
      message: 'The PDF file was not made: printing to PDF is not available in this window.',
    });
    expect(dialogs).toEqual([]);
  });
});

describe('export:reveal', () => {
  it('shows a file this window exported, and nothing else', async () => {
    const { dir, revealed, handlers } = setup();
    expect(await handlers['export:reveal'](join(dir, 'strike.mw'))).toBe(false);
    await handlers['export:file'](request());
    expect(await handlers['export:reveal'](join(dir, 'strike.mw'))).toBe(true);
    expect(await handlers['export:reveal']('/etc/passwd')).toBe(false);
    expect(revealed).toEqual([join(dir, 'strike.mw')]);
  });
});
