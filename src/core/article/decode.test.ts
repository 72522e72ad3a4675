import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { declaredCharset, decodeText } from './decode';

const FRENCH = 'Publié le 22 avril 2022.\r\nÀ Noël, il était déjà là ; l’été « prochain »…\n\tFin.';
const utf8 = (s: string) => new TextEncoder().encode(s);
const encode = (s: string, enc: string) => new Uint8Array(iconv.encode(s, enc));
const concat = (...parts: number[][]) => new Uint8Array(parts.flat());

describe('decodeText', () => {
  it('decodes UTF-8 without a BOM, keeping line endings and spacing', () => {
    expect(decodeText(utf8(FRENCH))).toEqual({ text: FRENCH, encoding: 'UTF-8' });
  });

  it('removes a UTF-8 BOM and nothing else', () => {
    const bytes = concat([0xef, 0xbb, 0xbf], [...utf8(FRENCH)]);
    expect(decodeText(bytes)).toEqual({ text: FRENCH, encoding: 'UTF-8' });
  });

  it('decodes UTF-16 LE and BE with a BOM', () => {
    const le = concat([0xff, 0xfe], [...encode(FRENCH, 'utf16le')]);
    const be = concat([0xfe, 0xff], [...encode(FRENCH, 'utf16be')]);
    expect(decodeText(le)).toEqual({ text: FRENCH, encoding: 'UTF-16LE' });
    expect(decodeText(be)).toEqual({ text: FRENCH, encoding: 'UTF-16BE' });
  });

  it('decodes UTF-16 with lone surrogates without throwing or dropping a unit', () => {
    const units = [0xfeff, ...[...'Le 3 mars, il a dit'].map((c) => c.charCodeAt(0)), 0xd800, 0x41, 0xdc00];
    const bytes = new Uint8Array(units.flatMap((u) => [u & 0xff, u >> 8]));
    const decoded = decodeText(bytes);
    expect(decoded?.encoding).toBe('UTF-16LE');
    expect(decoded?.text.length).toBe(units.length - 1);
    expect(decoded?.text.startsWith('Le 3 mars, il a dit')).toBe(true);
    expect(JSON.parse(JSON.stringify(decoded?.text))).toBe(decoded?.text);
  });

  it('recognises UTF-16 LE saved without a BOM', () => {
    expect(decodeText(encode(FRENCH, 'utf16le'))).toEqual({ text: FRENCH, encoding: 'UTF-16LE' });
  });

  it('decodes a Windows-1252 file so « déjà », « Noël », « été » and its curly quotes survive', () => {
    expect(decodeText(encode(FRENCH, 'windows-1252'))).toEqual({ text: FRENCH, encoding: 'windows-1252' });
  });

  it('decodes ISO-8859-1 text that has no Windows-only characters', () => {
    const latin = 'À Noël, il était déjà là ; l’été prochain.'.replace('’', "'");
    expect(decodeText(encode(latin, 'latin1'))).toEqual({ text: latin, encoding: 'ISO-8859-1' });
  });

  it('decodes ISO-8859-15 when its œ or € appear', () => {
    const text = 'Le cœur du sujet : 5 € pour une sœur, déjà.';
    expect(decodeText(encode(text, 'iso-8859-15'))).toEqual({ text, encoding: 'ISO-8859-15' });
  });

  it('prefers valid UTF-8 over a declared legacy charset, and follows the declaration otherwise', () => {
    expect(decodeText(utf8('déjà'), 'iso-8859-1')?.text).toBe('déjà');
    expect(decodeText(encode('Noël déjà', 'windows-1252'), 'windows-1252')).toEqual({
      text: 'Noël déjà',
      encoding: 'windows-1252',
    });
  });

  it('refuses bytes with NULs or control characters as binary', () => {
    expect(
      decodeText(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d])),
    ).toBeNull();
    const noisy = new Uint8Array(1000).map((_, i) => (i % 10 === 0 ? 0x01 : 0x41));
    expect(decodeText(noisy)).toBeNull();
  });
});

describe('declaredCharset', () => {
  it('reads <meta charset>, http-equiv and the XML declaration', () => {
    expect(declaredCharset(utf8('<html><head><meta charset="windows-1252">'))).toBe('windows-1252');
    expect(
      declaredCharset(utf8('<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-15">')),
    ).toBe('ISO-8859-15');
    expect(declaredCharset(utf8('<?xml version="1.0" encoding="iso-8859-1"?>'))).toBe('iso-8859-1');
    expect(declaredCharset(utf8('<p>none</p>'))).toBeNull();
  });
});
