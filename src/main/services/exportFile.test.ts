import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { exportDocument } from '../../core/export/__fixtures__/docs';
import type { ExportFileRequest } from '../../shared/ipc';
import { VALIDATORS } from '../../shared/ipc';
import { exportFileContent, ExportUnavailable } from './exportFile';

const request = (extra: Partial<ExportFileRequest> = {}): ExportFileRequest => ({
  doc: exportDocument(),
  format: 'csv',
  name: 'strike',
  lang: 'fr',
  paper: 'a4',
  title: '',
  ...extra,
});

describe('exportFileContent', () => {
  it('writes the chosen title into the file', async () => {
    const json = JSON.parse(
      (await exportFileContent(request({ format: 'timelinejs', title: '  Grève au port  ' }))) as string,
    ) as { title: { text: { headline: string } } };
    expect(json.title.text.headline).toBe('Grève au port');
  });
  it('a CSV has one row per visible event', async () => {
    const rows = parse((await exportFileContent(request())) as string, { bom: true, columns: true });
    expect(rows).toHaveLength(8);
  });
  it('the page’s words follow the interface language, not the article’s', async () => {
    const html = (await exportFileContent(request({ format: 'html' }))) as string;
    expect(html).toContain('<html lang="fr">');
    expect(html).toContain('Tout afficher');
  });
  it('PDF goes through the printer it is given, with the paper asked for', async () => {
    const seen: string[] = [];
    const pdf = await exportFileContent(request({ format: 'pdf', paper: 'letter' }), async (html, paper) => {
      seen.push(paper, html.slice(0, 15));
      return new Uint8Array([1, 2]);
    });
    expect(Array.from(pdf as Uint8Array)).toEqual([1, 2]);
    expect(seen).toEqual(['letter', '<!doctype html>']);
    await expect(exportFileContent(request({ format: 'pdf' }))).rejects.toBeInstanceOf(ExportUnavailable);
  });
});

describe('export:file and export:reveal arguments', () => {
  const ok = request();
  it('accepts a well-formed request and refuses what is not one', () => {
    expect(VALIDATORS['export:file']([ok])).toBe(true);
    expect(VALIDATORS['export:file']([{ ...ok, format: 'exe' }])).toBe(false);
    expect(VALIDATORS['export:file']([{ ...ok, paper: 'a3' }])).toBe(false);
    expect(VALIDATORS['export:file']([{ ...ok, lang: 'de' }])).toBe(false);
    expect(VALIDATORS['export:file']([{ ...ok, name: '' }])).toBe(false);
    expect(VALIDATORS['export:file']([{ ...ok, title: 'x'.repeat(1001) }])).toBe(false);
    expect(VALIDATORS['export:file']([{ ...ok, doc: { format: 'other' } }])).toBe(false);
    expect(VALIDATORS['export:file']([ok, ok])).toBe(false);
    expect(VALIDATORS['export:reveal'](['/tmp/a.csv'])).toBe(true);
    expect(VALIDATORS['export:reveal']([42])).toBe(false);
    expect(VALIDATORS['export:reveal'](['a\0b'])).toBe(false);
  });
});
